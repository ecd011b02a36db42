import { describe, expect, it } from 'vitest';
import { forEachSimilarPair, keyValues, packKeys, shingleKeys } from '../../src/text/near-duplicates.js';
import { similarPairs } from '../helpers/similar-pairs.js';
import { stem, words } from '../../src/text/similarity.js';
import { jaccard, shingles } from '../helpers/similarity-reference.js';

/** Every pair compared: what the prefix-filtered index must reproduce exactly. */
function allPairs(texts: string[], threshold: number, minWords: number, k: number) {
  const sets = texts.map((text) => {
    const list = words(text).map(stem);
    return list.length >= minWords ? shingles(list, k) : undefined;
  });
  const out: { a: number; b: number; similarity: number }[] = [];
  for (let a = 0; a < texts.length; a++) {
    for (let b = a + 1; b < texts.length; b++) {
      const x = sets[a];
      const y = sets[b];
      if (!x || !y) continue;
      const similarity = jaccard(x, y);
      if (similarity > 0 && similarity >= threshold) out.push({ a, b, similarity });
    }
  }
  return out;
}

/** A small deterministic generator, so a failure names a case that can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('forEachSimilarPair', () => {
  it('finds the same pairs and similarities as comparing every pair, with boilerplate shared by many drafts', () => {
    const r = random(2026);
    const vocabulary = ['launch', 'team', 'shipped', 'today', 'learned', 'about', 'testing', 'hiring', 'remote', 'design', 'data', 'talk', 'slides', 'conference', 'coffee', 'mentor', 'feedback', 'roadmap', 'users', 'release'];
    const signOff = 'thanks for reading and see you next week';
    let pairsSeen = 0;
    for (let round = 0; round < 120; round++) {
      const templates = Array.from({ length: 4 }, () => Array.from({ length: 6 + Math.floor(r() * 20) }, () => vocabulary[Math.floor(r() * vocabulary.length)]!));
      const texts = Array.from({ length: 5 + Math.floor(r() * 30) }, () => {
        const text = [...templates[Math.floor(r() * templates.length)]!];
        for (let edit = Math.floor(r() * 8); edit > 0; edit--) text[Math.floor(r() * text.length)] = vocabulary[Math.floor(r() * vocabulary.length)]!;
        return (r() < 0.6 ? [...text, signOff] : text).join(' ');
      });
      const threshold = [0.2, 0.5, 0.6, 0.75, 0.9, 1][Math.floor(r() * 6)]!;
      const minWords = Math.floor(r() * 8);
      const k = 1 + Math.floor(r() * 3);
      const expected = allPairs(texts, threshold, minWords, k);
      const found = similarPairs(texts.map((text, item) => ({ item, text })), { threshold, minWords, k }).map(({ a, b, similarity }) => ({ a, b, similarity }));
      expect(found, `round ${round}`).toEqual(expected);
      pairsSeen += expected.length;
    }
    expect(pairsSeen).toBeGreaterThan(500);
  });

  it('keeps a pair exactly at the threshold where floating point rounds the bound up (0.55 × 100 = 55.00000000000001)', () => {
    // 55 of the longer text's 100 words are the shorter text; its other 45 are rarer, so they come
    // first in its prefix, and a prefix or size bound one too tight would never meet the shorter text.
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const texts = [long.join(' '), long.slice(0, 55).join(' ')].map((text, item) => ({ item, text }));
    expect(similarPairs(texts, { threshold: 0.55, minWords: 1, k: 1 })).toEqual([{ a: 0, b: 1, similarity: 0.55 }]);
    expect(similarPairs(texts, { threshold: 0.5500001, minWords: 1, k: 1 })).toEqual([]);
  });

  it('leaves out texts shorter than minWords and the words to drop', () => {
    const texts = [
      { item: 'a', text: 'Hi Priya, I enjoyed your talk on testing at the meetup last week', drop: ['priya'] },
      { item: 'b', text: 'Hi Marco, I enjoyed your talk on testing at the meetup last week', drop: ['marco'] },
      { item: 'c', text: 'Hi Ana, thanks', drop: ['ana'] },
    ];
    expect(similarPairs(texts, { threshold: 0.6, minWords: 6 })).toEqual([{ a: 'a', b: 'b', similarity: 1 }]);
    expect(similarPairs(texts.map(({ item, text }) => ({ item, text })), { threshold: 1, minWords: 6 })).toEqual([]);
  });

  it('keys a text by its distinct shingles, sorted, after dropping words; the same text gives the same keys', () => {
    const text = words('Hi Priya, thanks for the talk, thanks for the talk, really');
    const keyed = shingleKeys(text, { drop: ['priya', 'hi'] });
    expect(keyed.count).toBe(9);
    // thanks-for-the, for-the-talk, the-talk-thanks, talk-thanks-for, the-talk-really: 5 distinct of 7.
    const values = [...keyValues(keyed.keys)];
    expect(values).toHaveLength(5);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(5);
    expect(values.every((key) => Number.isSafeInteger(key) && key >= 0)).toBe(true);
    expect(shingleKeys(words('Thanks for the talk, thanks for the talk, really, Marco'), { drop: ['marco'] }).keys).toEqual(keyed.keys);
    const other = shingleKeys(words('thanks for the talk yesterday, it was great'));
    const visits: [number, number, number][] = [];
    forEachSimilarPair([keyed, other], { threshold: 0.1, minWords: 3 }, (a, b, similarity) => visits.push([a, b, similarity]));
    expect(visits).toEqual([[0, 1, 2 / 9]]);
  });
});

describe('keyValues', () => {
  it('reads back every packed hash exactly, the largest and smallest included', () => {
    const r = random(53);
    const texts = Array.from({ length: 200 }, () => Array.from({ length: 3 + Math.floor(r() * 60) }, () => `w${Math.floor(r() * 5000)}`));
    for (const list of texts) {
      const { keys } = shingleKeys(list);
      const values = keyValues(keys);
      expect(keys.length).toBe(values.length * 7);
      expect(/^[\x00-\xff]*$/.test(keys)).toBe(true);
      for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThan(values[i - 1]!);
    }
    const extremes = [0, 1, 0xff, 2 ** 32 - 1, 2 ** 32, 2 ** 52 + 12345, 2 ** 53 - 1];
    expect([...keyValues(packKeys(Float64Array.from(extremes)))]).toEqual(extremes);
  });
});
