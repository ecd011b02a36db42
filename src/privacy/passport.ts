import { MAX_FINDINGS } from './context.js';
import { maskEnding } from './mask.js';
import type { Detection, Detector } from './types.js';

const PASSPORT_WORD = /\bpass(?:port)?s?\b(?:\s(?:no|number|num|#|id))?/gi;
// Passport numbers are 6 to 9 letters and digits (US/UK nine digits, Germany C01X00T47, France 09AA12345).
const TOKEN = /(?<![A-Za-z0-9])[A-Z0-9]{6,9}(?![A-Za-z0-9])/g;

export const passportDetector: Detector<'passport'> = {
  kind: 'passport',
  mayContain: (text) => /passport/i.test(text),
  detect(text) {
    const found: Detection<'passport'>[] = [];
    for (const word of text.matchAll(PASSPORT_WORD)) {
      if (found.length >= MAX_FINDINGS) break;
      if (!/passport/i.test(word[0])) continue;
      // The number follows the word closely: "passport no. 123456789", "passport: C01X00T47".
      const from = word.index + word[0].length;
      const window = text.slice(from, from + 30);
      for (const m of window.matchAll(TOKEN)) {
        const token = m[0];
        const digits = token.replace(/\D/g, '').length;
        if (digits < 2 || (digits === token.length && token.length < 8)) continue;
        const start = from + m.index;
        if (found.some((f) => f.start === start)) continue;
        found.push({ kind: 'passport', start, end: start + token.length, masked: maskEnding('passport number', token, 2), normalized: token });
        break;
      }
    }
    return found;
  },
};
