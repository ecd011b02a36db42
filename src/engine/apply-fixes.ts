import type { Fix, LintMessage } from '../types.js';

export interface AppliedFixes {
  text: string;
  applied: number;
  /** Fixes left for the next pass because they overlapped one applied before them. */
  deferred: number;
}

/**
 * Applies non-overlapping fixes in one pass, from the end of the file backwards so earlier
 * offsets stay valid. Overlapping fixes wait for the next pass, after re-linting.
 */
export function applyFixes(text: string, messages: LintMessage[], accept: (message: LintMessage) => boolean = () => true): AppliedFixes {
  const fixes: Fix[] = messages.filter((m) => m.fix && accept(m)).map((m) => m.fix!);
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
  let output = text;
  for (const fix of chosen.reverse()) {
    output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1]);
  }
  return { text: output, applied: chosen.length, deferred };
}
