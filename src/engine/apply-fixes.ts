import type { Fix, LintMessage } from '../types.js';

export interface AppliedFixes {
  text: string;
  applied: number;
  /** Fixes left for the next pass because they overlapped one applied before them. */
  deferred: number;
}

/** Chooses the edit a message contributes to a pass (its fix, a suggestion…), or none. */
export type FixPicker = (message: LintMessage) => Fix | undefined;

export const pickFix: FixPicker = (message) => message.fix;

/**
 * Applies non-overlapping fixes in one pass, from the end of the file backwards so earlier
 * offsets stay valid. Overlapping fixes wait for the next pass, after re-linting.
 */
export function applyFixes(text: string, messages: LintMessage[], pick: FixPicker = pickFix): AppliedFixes {
  const fixes = messages.map(pick).filter((fix): fix is Fix => fix !== undefined);
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  let deferred = 0;
  for (const fix of fixes) {
    if (fix.range[0] < lastEnd || (fix.range[0] === lastEnd && chosen.at(-1)?.range[0] === lastEnd)) {
      deferred++;
      continue;
    }
    chosen.push(fix);
    lastEnd = fix.range[1];
  }
  const eol = lineEnding(text);
  let output = text;
  for (const fix of chosen.reverse()) {
    output = output.slice(0, fix.range[0]) + withLineEnding(fix.text, eol) + output.slice(fix.range[1]);
  }
  return { text: output, applied: chosen.length, deferred };
}

/** Applies one edit (an accepted suggestion, a hand-typed replacement) in the file's line endings. */
export function applyEdit(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + withLineEnding(fix.text, lineEnding(text)) + text.slice(fix.range[1]);
}

/** The file's own line ending: the first one it uses (rules write fixes with `\n`). */
export function lineEnding(text: string): '\n' | '\r\n' {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}

function withLineEnding(inserted: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? inserted : inserted.replace(/\r?\n/g, '\r\n');
}
