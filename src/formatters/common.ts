import path from 'node:path';
import type { LintMessage, LintResult } from '../types.js';

/** A path as the user thinks of it: relative to where they ran socialint, when inside it. */
export function relativePath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : filePath;
}

/** `line:column`, prefixed with the file inside an archive (`Profile.csv:2:5`). */
export function position(message: LintMessage): string {
  return `${message.entry ? `${message.entry}:` : ''}${message.line}:${message.column}`;
}

export interface Totals {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

export function totals(results: LintResult[]): Totals {
  const sum: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const r of results) {
    sum.errors += r.errorCount;
    sum.warnings += r.warningCount;
    sum.fixableErrors += r.fixableErrorCount;
    sum.fixableWarnings += r.fixableWarningCount;
  }
  return sum;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
