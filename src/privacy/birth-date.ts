import { MAX_FINDINGS } from './context.js';
import type { Detection, Detector } from './types.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d{2}';
// Each alternative is a fixed sequence of bounded parts: no nested repetition.
const DATE = new RegExp(
  [
    `\\b${DAY}[./-]${DAY}[./-]${YEAR}\\b`,
    `\\b${YEAR}-\\d{2}-\\d{2}\\b`,
    `\\b${DAY} (?:of )?${MONTH}\\.?,? ${YEAR}\\b`,
    `\\b${MONTH}\\.? ${DAY},? ${YEAR}\\b`,
  ].join('|'),
  'gi',
);
/** Day and month without a year: a birthday still, when the words say so. */
const DAY_MONTH = new RegExp(`\\b${DAY} (?:of )?${MONTH}\\b|\\b${MONTH} ${DAY}\\b`, 'gi');

const BIRTH_WORDS = /\b(?:born(?: on)?|birth ?day(?: is)?|b-?day|d\.?o\.?b\.?|date of birth|birth date|birthdate)\b[^.!?\n]{0,20}$/i;
/** Another event between the words and the date: "happy birthday to our company, founded 12 March 2015". */
const OTHER_EVENT = /\b(?:founded|launched|established|opened|incorporated|started|since|released|shipped)\b[^.!?\n]*$/i;
const OWN_BIRTHDAY = /\b(?:my|i was|i'm|im|i am)\b[^.!?\n]{0,12}\b(?:born(?: on)?|birth ?day(?: is)?|b-?day)\b[^.!?\n]{0,20}$|\b(?:d\.?o\.?b\.?|date of birth)\b[^.!?\n]{0,10}$/i;

export const birthDateDetector: Detector<'birth-date'> = {
  kind: 'birth-date',
  mayContain: (text) => /born|birth|b-?day|d\.?o\.?b/i.test(text),
  detect(text) {
    const found: Detection<'birth-date'>[] = [];
    const before = (index: number) => text.slice(Math.max(0, index - 40), index);
    for (const m of text.matchAll(DATE)) {
      if (found.length >= MAX_FINDINGS) break;
      if (!BIRTH_WORDS.test(before(m.index)) || OTHER_EVENT.test(before(m.index))) continue;
      found.push({ kind: 'birth-date', start: m.index, end: m.index + m[0].length, masked: 'day, month and year', normalized: m[0].toLowerCase() });
    }
    for (const m of text.matchAll(DAY_MONTH)) {
      if (found.length >= MAX_FINDINGS) break;
      if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
      if (!OWN_BIRTHDAY.test(before(m.index))) continue;
      found.push({ kind: 'birth-date', start: m.index, end: m.index + m[0].length, masked: 'day and month', normalized: m[0].toLowerCase() });
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
