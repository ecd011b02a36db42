import type { LintResult, RuleMeta } from '../types.js';
import type { Totals } from './common.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta: Record<string, RuleMeta>;
}

/** A formatter turns results into text; it never sees the files' contents, so it cannot leak them. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/**
 * One report written piece by piece, so a large run never holds every result: `start`, then
 * `file` for each result in order, then `end` with the totals of what `file` was given. The
 * pieces joined are exactly what the formatter's array form returns for the same results.
 */
export interface ReportStream {
  start?(): string;
  file(result: LintResult): string;
  end(totals: Totals): string;
}

/** A formatter module's optional `stream` export: a fresh ReportStream for each report. */
export type StreamingFormatter = (context: FormatterContext) => ReportStream;
