import { stem, stemmedWordSet, words } from '../../src/text/similarity.js';

/**
 * Plain definitions the fast paths are held against: text normalised to a string, word sets,
 * Jaccard similarity and word shingles as strings (near-duplicates.ts hashes them instead).
 */
export function normaliseText(text: string): string {
  return words(text).join(' ');
}

/** The set of stemmed words, optionally without some words (a recipient's name, greetings). */
export function wordSet(text: string, drop: Iterable<string> = []): Set<string> {
  return stemmedWordSet(words(text).map(stem), drop);
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Overlapping runs of `k` words; a text shorter than `k` words is one shingle of all of them. */
export function shingles(wordList: readonly string[], k = 3): Set<string> {
  if (wordList.length === 0) return new Set();
  if (wordList.length <= k) return new Set([wordList.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + k <= wordList.length; i++) out.add(wordList.slice(i, i + k).join(' '));
  return out;
}
