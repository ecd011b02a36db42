import { maskEnding } from './mask.js';
import type { Detection, Detector } from './types.js';

/** IBAN length per country (the SWIFT IBAN registry). */
const LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
  CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18,
  GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32,
  LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24,
  PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20,
};

// Country, check digits, then 11 to 30 characters in optional groups; bounded and linear.
const CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;

export const ibanDetector: Detector<'iban'> = {
  kind: 'iban',
  mayContain: (text) => /[A-Z]{2}\d{2}/.test(text),
  detect(text) {
    const found: Detection<'iban'>[] = [];
    for (const m of text.matchAll(CANDIDATE)) {
      const iban = m[0].replace(/ /g, '');
      if (LENGTHS[iban.slice(0, 2)] !== iban.length || !mod97(iban)) continue;
      found.push({ kind: 'iban', start: m.index, end: m.index + m[0].length, masked: `${iban.slice(0, 2)} ${maskEnding('IBAN', iban)}`, normalized: iban });
    }
    return found;
  },
};

/** ISO 13616: move the first four characters to the end, letters to numbers, remainder 1 mod 97. */
function mod97(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
