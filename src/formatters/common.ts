import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../package-root.js';
import type { LintMessage, LintResult, RuleMeta } from '../types.js';

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
  for (const r of results) addTotals(sum, r);
  return sum;
}

/** Adds one result's counts to `sum`: a streamed report counts as results arrive. */
export function addTotals(sum: Totals, r: LintResult): void {
  sum.errors += r.errorCount;
  sum.warnings += r.warningCount;
  sum.fixableErrors += r.fixableErrorCount;
  sum.fixableWarnings += r.fixableWarningCount;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings that belong to no rule (unreadable files, bad front matter, directives) are filed under this id. */
export const CORE_RULE_ID = 'socialint';
export const CORE_RULE_DESCRIPTION = 'Problems with a file itself: unreadable, invalid front matter, a directive or a fix that failed.';

/**
 * Where a rule's page can be opened: a plugin may give a web address; built-in pages are files of
 * the installed package, so they are linked as file URLs (socialint has no website to point at).
 */
export function docsUrl(meta: RuleMeta | undefined): string | undefined {
  if (!meta?.docs) return undefined;
  if (/^https?:\/\//i.test(meta.docs)) return meta.docs;
  const file = docsFile(meta);
  return file ? pathToFileURL(file).href : undefined;
}

/** The page's Markdown, for reports read where the installed package is not (e.g. code scanning). */
export function docsMarkdown(meta: RuleMeta | undefined): string | undefined {
  const file = docsFile(meta);
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function docsFile(meta: RuleMeta | undefined): string | undefined {
  if (!meta?.docs) return undefined;
  const isUrl = !path.isAbsolute(meta.docs) && /^[a-z][a-z0-9+.-]*:/i.test(meta.docs);
  if (isUrl) return undefined;
  const file = path.isAbsolute(meta.docs) ? meta.docs : path.join(packageRoot(), meta.docs);
  return existsSync(file) ? file : undefined;
}
