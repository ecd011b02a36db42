import { maskAll } from './mask.js';
import type { Detection, Detector } from './types.js';

// HMRC's format: two prefix letters (D, F, I, Q, U, V never; O never second), six digits, suffix A-D.
const NINO = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])(?![A-Za-z0-9])/g;
/** Prefixes HMRC does not allocate. */
const UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const ninoDetector: Detector<'nino'> = {
  kind: 'nino',
  mayContain: (text) => /\d{2} ?\d{2} ?\d{2}/.test(text),
  detect(text) {
    const found: Detection<'nino'>[] = [];
    for (const m of text.matchAll(NINO)) {
      if (UNUSED_PREFIXES.has(m[1]!)) continue;
      const value = m[0].replace(/ /g, '');
      found.push({ kind: 'nino', start: m.index, end: m.index + m[0].length, masked: `${maskAll(value.slice(0, -1))}${value.slice(-1)}`, normalized: value });
    }
    return found;
  },
};
