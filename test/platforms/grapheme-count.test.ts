import { test, expect } from 'vitest';
import { graphemeCount, isEmoji, threadsLength, utf8Length } from '../../src/platforms/unicode.js';
const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ref = (t: string) => [...seg.segment(t)].length;
test('graphemeCount matches Intl.Segmenter on the whole text for mixed ASCII, emoji, combining marks, CR LF and prepend characters', () => {
  let s = 99;
  const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const atoms = ['a', 'b', ' ', '\r', '\n', '\r\n', '#', '1', '\u0301', '\u200d', '\ufe0f', '\u20e3', '👍', '🏽', '👩', '❤', '🇬', '🇧', 'é', '日', '\u0600', '\u0915', '\u093f', '\u1100', '\u1161', '\u11a8', '\t', 'x'];
  let checked = 0;
  for (let n = 0; n < 20000; n++) {
    const len = Math.floor(r() * 30);
    let t = '';
    for (let i = 0; i < len; i++) t += atoms[Math.floor(r() * atoms.length)];
    expect(graphemeCount(t), JSON.stringify(t)).toBe(ref(t));
    checked++;
  }
  const long = 'Hello 👋🏽 world, café\r\n'.repeat(500) + '#️⃣';
  expect(graphemeCount(long)).toBe(ref(long));
  expect(checked).toBe(20000);
});

test('threadsLength weighs each emoji cluster of the whole text by its UTF-8 bytes and every other cluster as 1', () => {
  const threadsRef = (t: string) => [...seg.segment(t)].reduce((sum, { segment }) => sum + (isEmoji(segment) ? utf8Length(segment) : 1), 0);
  let s = 7;
  const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const atoms = ['a', ' ', '\r\n', '\n', '#', '1', '*', '\u0301', '\u200d', '\ufe0f', '\u20e3', '👍', '🏽', '👩', '❤', '©', '®', '🇬', '🇧', 'é', '日', '\u0600', 'x'];
  for (let n = 0; n < 20000; n++) {
    const len = Math.floor(r() * 30);
    let t = '';
    for (let i = 0; i < len; i++) t += atoms[Math.floor(r() * atoms.length)];
    expect(threadsLength(t), JSON.stringify(t)).toBe(threadsRef(t));
  }
  const long = 'Launch day 🚀 at the café, #1️⃣ 👩‍💻\r\n'.repeat(400);
  expect(threadsLength(long)).toBe(threadsRef(long));
});
