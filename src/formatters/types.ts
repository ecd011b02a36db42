import type { LintResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  rulesMeta: Record<string, RuleMeta>;
}

/** A formatter turns results into text; it never sees the files' contents, so it cannot leak them. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
