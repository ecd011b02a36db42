import { countDigits, insideAny, luhn, nonDataSpans } from './context.js';
import { maskEnding } from './mask.js';
import type { Detection, Detector } from './types.js';

// 13 to 19 digits, optionally in groups; every repetition consumes a digit, so it is linear.
const CANDIDATE = /(?<![\d.,-])\d(?:[ -]?\d){12,18}(?![\d]|[.,-]\d)/g;

interface Issuer {
  prefix: RegExp;
  lengths: number[];
}

/** Issuer identification ranges and lengths of the major networks (ISO/IEC 7812 as published by each). */
const ISSUERS: Issuer[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^3(?:0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^(?:50|5[6-9]|6[0-9])/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
];

export const cardDetector: Detector<'card'> = {
  kind: 'card',
  mayContain: (text) => countDigits(text, 13),
  detect(text) {
    const skip = nonDataSpans(text);
    const found: Detection<'card'>[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const raw = m[0];
      const separators = new Set(raw.replace(/\d/g, ''));
      if (separators.size > 1) continue;
      const digits = raw.replace(/\D/g, '');
      if (!luhn(digits) || /^(\d)\1+$/.test(digits)) continue;
      if (!ISSUERS.some((i) => i.prefix.test(digits) && i.lengths.includes(digits.length))) continue;
      if (insideAny(skip, m.index, m.index + raw.length)) continue;
      found.push({ kind: 'card', start: m.index, end: m.index + raw.length, masked: maskEnding('card', digits), normalized: digits });
    }
    return found;
  },
};
