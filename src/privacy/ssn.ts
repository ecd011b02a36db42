import { MAX_FINDINGS, near } from './context.js';
import type { Detection, Detector } from './types.js';

const DASHED = /(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])/g;
const SPACED_OR_PLAIN = /(?<![\d-])(\d{3}) ?(\d{2}) ?(\d{4})(?![\d-])/g;
const SSN_WORDS = /\b(?:ssn|social security|soc\.? sec\.?|taxpayer id|tin)\b/i;

/** Numbers the SSA never issues, and the two that were printed in advertisements. */
function issuable(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (group === '00' || serial === '0000') return false;
  return !['078051120', '219099999', '123456789'].includes(area + group + serial);
}

export const ssnDetector: Detector<'ssn'> = {
  kind: 'ssn',
  mayContain: (text) => /\d{3}[- ]?\d{2}[- ]?\d{4}/.test(text),
  detect(text) {
    const found: Detection<'ssn'>[] = [];
    const add = (m: RegExpMatchArray) => {
      const [, area, group, serial] = m as unknown as [string, string, string, string];
      if (found.length >= MAX_FINDINGS || !issuable(area, group, serial)) return;
      const start = m.index!;
      if (found.some((f) => f.start === start)) return;
      found.push({ kind: 'ssn', start, end: start + m[0].length, masked: `SSN ending ${serial}`, normalized: area + group + serial });
    };
    for (const m of text.matchAll(DASHED)) add(m);
    // Without dashes nine digits are anything (an order, a zip+4): only next to the words.
    if (SSN_WORDS.test(text)) {
      for (const m of text.matchAll(SPACED_OR_PLAIN)) if (near(text, m.index, m.index + m[0].length, SSN_WORDS, 40)) add(m);
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
