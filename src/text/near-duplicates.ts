import { jaccard, shingles, stem, words } from './similarity.js';

export interface Comparable<T> {
  item: T;
  /** The text to compare. */
  text: string;
  /** Words to leave out before comparing (a recipient's name). */
  drop?: string[];
}

export interface SimilarPair<T> {
  a: T;
  b: T;
  similarity: number;
}

/**
 * Pairs of texts whose word shingles overlap at least `threshold` (Jaccard). Every pair is
 * compared: a content repository holds hundreds of drafts, not millions, so no hashing scheme is
 * needed. Texts of fewer than `minWords` words are left out; short notes are alike by nature.
 */
export function similarPairs<T>(texts: Comparable<T>[], options: { threshold: number; minWords: number; k?: number }): SimilarPair<T>[] {
  const prepared = texts
    .map(({ item, text, drop }) => {
      const dropped = new Set((drop ?? []).map(stem));
      const list = words(text).map(stem).filter((w) => !dropped.has(w));
      return { item, count: list.length, set: shingles(list, options.k ?? 3) };
    })
    .filter((t) => t.count >= options.minWords);
  const pairs: SimilarPair<T>[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const similarity = jaccard(prepared[i]!.set, prepared[j]!.set);
      if (similarity >= options.threshold) pairs.push({ a: prepared[i]!.item, b: prepared[j]!.item, similarity });
    }
  }
  return pairs;
}
