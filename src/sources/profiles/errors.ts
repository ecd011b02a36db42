import type { LintMessage, SourceLocation } from '../../types.js';

/** A problem in one file of an export: reported as a finding there, the rest is still read. */
export class EntryProblem extends Error {
  constructor(
    message: string,
    readonly at: SourceLocation,
  ) {
    super(message);
  }
}

export function problemMessage(message: string, at: SourceLocation, severity: 1 | 2 = 2): LintMessage {
  return { ruleId: null, severity, message, line: at.line, column: at.column, ...(at.entry ? { entry: at.entry } : {}) };
}
