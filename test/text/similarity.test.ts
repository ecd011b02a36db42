import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarPairs } from '../helpers/similar-pairs.js';
import { containment, jaccardWithout, stem, words } from '../../src/text/similarity.js';
import { jaccard, normaliseText, shingles, wordSet } from '../helpers/similarity-reference.js';

/** normaliseText as first written, one step at a time: the definition its faster paths must agree with. */
function normaliseAnyText(text: string): string {
  let s = text.normalize('NFKD').replace(/\p{M}/gu, '');
  s = s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  const contractions: [RegExp, string][] = [
    [/\b(i|you|we|they|he|she|it|that|there|who)'d\b/g, '$1 would'],
    [/\b(i|you|we|they)'ll\b/g, '$1 will'],
    [/\b(you|we|they)'re\b/g, '$1 are'],
    [/\b(i|you|we|they)'ve\b/g, '$1 have'],
    [/\bi'm\b/g, 'i am'],
    [/\blet's\b/g, 'let us'],
    [/\b(it|that|there|what|here)'s\b/g, '$1 is'],
    [/\bwon't\b/g, 'will not'],
    [/\bcan't\b/g, 'cannot'],
    [/\b(\w+)n't\b/g, '$1 not'],
  ];
  for (const [pattern, replacement] of contractions) s = s.replace(pattern, replacement);
  return s
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('text similarity helpers', () => {
  it('normalises case, accents, curly quotes, contractions and punctuation', () => {
    expect(normaliseText('I’D LIKE to add you — to my “network”!')).toBe('i would like to add you to my network');
    expect(normaliseText('Café, can’t won’t, let’s')).toBe('cafe cannot will not let us');
    expect(normaliseText('see https://example.com/x?y=1 now')).toBe('see now');
  });

  it('normalises by its fast paths exactly as the step-by-step definition does', () => {
    const pieces = ['Hi', 'ANA', 'a', 'z', '0', '42', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', ',', '.', '!', '-', '_', '#', '@', '/', ':', "'", '`',
      "I'd", "can't", 'don', 't', 'I', 'd', 'it', 's', 'http', 'HTTPS://x.io/a', 'http://', 'www.x.org', '\u0000', '\u007f', 'é', '’', '—', 'Ⅻ', '２',
      'ﬁ', 'Ǆ', 'ß', '\u00a0', '\u2028', '\u3000', 'e\u0301', '日本', 'Ça', '“', '´', '½', '①', '🙂'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary-ascii' }), fc.string()), (s) => {
        const expected = normaliseAnyText(s);
        expect(normaliseText(s)).toBe(expected);
        expect(words(s)).toStrictEqual(expected ? expected.split(' ') : []);
      }),
      { seed: 20261124, numRuns: 3000 },
    );
    // A backtick typed for an apostrophe still spells a contraction out; a URL still goes.
    expect(normaliseText('I`d say DON`T')).toBe('i would say do not');
    expect(normaliseText('see HTTPS://Example.com/x now')).toBe('see now');
  });

  it('stems as removing the longest of -ing, -ed, -es, -s from words over four letters', () => {
    const byRegex = (word: string) => (word.length <= 4 ? word : word.replace(/(?:ing|ed|es|s)$/, '') || word);
    const word = fc.array(fc.constantFrom('a', 'e', 'd', 'i', 'n', 'g', 's', 'x'), { maxLength: 9 }).map((letters) => letters.join(''));
    fc.assert(fc.property(word, (w) => {
      expect(stem(w)).toBe(byRegex(w));
    }), { seed: 20261124, numRuns: 3000 });
    expect(['connecting', 'connected', 'boxes', 'cats', 'sings', 'bus', 'glass'].map(stem)).toStrictEqual(['connect', 'connect', 'box', 'cats', 'sing', 'bus', 'glas']);
  });

  it('gives jaccard(a, b without the dropped words) exactly, for sets a that hold no dropped word', () => {
    const word = fc.constantFrom('hi', 'ana', 'connect', 'network', 'like', 'add', 'you', 'linkedin', 'there', 'x');
    fc.assert(
      fc.property(fc.uniqueArray(word), fc.uniqueArray(word), fc.uniqueArray(word), (a, b, dropped) => {
        const drop = new Set(dropped);
        const note = new Set(a.filter((w) => !drop.has(w)));
        expect(jaccardWithout(note, new Set(b), drop)).toBe(jaccard(note, new Set(b.filter((w) => !drop.has(w)))));
      }),
      { seed: 20261124, numRuns: 2000 },
    );
  });

  it('compares word sets and shingles', () => {
    expect(jaccard(wordSet('Hi Ana, connecting now'), wordSet('hi ben connected now', ['ben']))).toBe(0.75);
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(containment(new Set(['a', 'b']), new Set(['a', 'b', 'c']))).toBe(1);
    expect([...shingles(['a', 'b', 'c', 'd'], 3)]).toEqual(['a b c', 'b c d']);
    expect([...shingles(['a', 'b'], 3)]).toEqual(['a b']);
  });

  it('finds the same pairs as comparing every pair, with exact Jaccard values', () => {
    const base = 'we shipped the accessibility checker today and every report now links to a plain explanation';
    const texts = [
      base,
      base.replace('today', 'this morning'),
      'three things I learned running a community meetup for two years and what I would change',
      base.replace('accessibility', 'performance').replace('plain', 'short'),
      'short note',
    ].map((text, i) => ({ item: i, text }));
    const pairs = similarPairs(texts, { threshold: 0.3, minWords: 3 });
    const brute: [number, number, number][] = [];
    const sets = texts.map((t) => shingles(t.text.split(' ').map((w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/, '') : w)), 3));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        if (texts[i]!.text.split(' ').length < 3 || texts[j]!.text.split(' ').length < 3) continue;
        const s = jaccard(sets[i]!, sets[j]!);
        if (s >= 0.3) brute.push([i, j, s]);
      }
    }
    expect(pairs.map((p) => [p.a, p.b, p.similarity])).toEqual(brute);
    expect(pairs.length).toBeGreaterThan(1);
  });
});
