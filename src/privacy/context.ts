/** Helpers for detectors that need words around a candidate, and spans where digits are not data. */

import { onFirstUse } from '../text/on-first-use.js';

/** Whether `pattern` matches within `window` characters before `start` (or after `end`, when given). */
export function near(text: string, start: number, end: number, pattern: RegExp, before = 40, after = 0): boolean {
  const from = Math.max(0, start - before);
  const to = Math.min(text.length, end + after);
  return pattern.test(text.slice(from, start)) || (after > 0 && pattern.test(text.slice(end, to)));
}

// One character class, no nesting: linear on any input. Made on first use (src/text/on-first-use.ts):
// most drafts hold no address and many no hashtag.
const URL_PATTERN = onFirstUse(() => /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+/gi);
const HASHTAG_PATTERN = onFirstUse(() => /#[\p{L}\p{N}_]+/gu);

/**
 * More findings of one kind than this in one text is generated data, not a post: the rest are not
 * looked for, which also keeps the overlap checks from growing with the square of the findings.
 */
export const MAX_FINDINGS = 100;

export interface Span {
  start: number;
  end: number;
}

/** Addresses and hashtags: digits inside them are paths, IDs or years, not personal data. */
export function nonDataSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('://') || text.includes('www.')) {
    for (const m of text.matchAll(URL_PATTERN())) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (text.includes('#')) {
    for (const m of text.matchAll(HASHTAG_PATTERN())) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function insideAny(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

export function countDigits(text: string, atLeast: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n >= atLeast) return true;
  }
  return false;
}

/** Luhn checksum, used by payment cards. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
