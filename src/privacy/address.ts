import { maskAll } from './mask.js';
import type { Detection, Detector } from './types.js';

const STREET = '(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Crescent|Cres|Gardens|Grove|Square|Sq|Row|Mews|Parade|Walk|Hill|Park|Highway|Hwy|Parkway|Pkwy|Circle|Cir)';
// A house number, one to three capitalised words, a street word. Words and the spaces between them
// are different classes, so the repetition cannot backtrack over itself.
const ADDRESS = new RegExp(`(?<![\\w£$€])\\d{1,5}[A-Za-z]?,? (?:[A-Z][a-z'’]+ ){1,3}${STREET}\\b\\.?`, 'g');
const HOME_WORDS = /\b(?:i|we|my|our)\b[^.!?\n]{0,30}\b(?:live|living|lives|home|house|flat|apartment|address|moved|moving|place)\b|\b(?:come over|housewarming|party at|drop by|stay(?:ing)? with us)\b/i;

const INTRODUCED = /(?:\b(?:at|is|to|on|it['’]s|address|ours)|[:,(—–-])\s*$/i;

export const addressDetector: Detector<'address'> = {
  kind: 'address',
  mayContain: (text) => /\d/.test(text) && /\b(?:live|living|lives|home|house|flat|apartment|address|moved|moving|place|come over|housewarming|party|drop by|stay)/i.test(text),
  detect(text) {
    const found: Detection<'address'>[] = [];
    for (const m of text.matchAll(ADDRESS)) {
      const sentenceStart = Math.max(text.lastIndexOf('.', m.index) + 1, text.lastIndexOf('\n', m.index) + 1, m.index - 80);
      if (!HOME_WORDS.test(text.slice(sentenceStart, m.index))) continue;
      // The number is introduced as an address ("live at 42…", "address: 8…", "it's 12…"), not a count.
      if (!INTRODUCED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const street = m[0].replace(/\.$/, '');
      const words = street.split(' ');
      found.push({ kind: 'address', start: m.index, end: m.index + street.length, masked: `${maskAll(words.slice(0, -1).join(' '))} ${words.at(-1)}`, normalized: street.toLowerCase() });
    }
    return found;
  },
};
