import { shingles, stem, words } from './similarity.js';

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
 * Pairs of texts whose word shingles overlap at least `threshold` (Jaccard). An inverted index
 * from shingle to texts means only texts sharing a shingle are counted against each other, so a
 * repository of thousands of drafts costs about what their shingles do. Texts of fewer than
 * `minWords` words are left out; short notes are alike by nature.
 */
export function similarPairs<T>(texts: Comparable<T>[], options: { threshold: number; minWords: number; k?: number }): SimilarPair<T>[] {
  const prepared = texts
    .map(({ item, text, drop }) => {
      const dropped = new Set((drop ?? []).map(stem));
      const list = words(text).map(stem).filter((w) => !dropped.has(w));
      return { item, count: list.length, set: shingles(list, options.k ?? 3) };
    })
    .filter((t) => t.count >= options.minWords);
  const holders = new Map<string, number[]>();
  prepared.forEach(({ set }, i) => {
    for (const shingle of set) {
      const list = holders.get(shingle);
      if (list) list.push(i);
      else holders.set(shingle, [i]);
    }
  });
  const pairs: SimilarPair<T>[] = [];
  prepared.forEach(({ set, item }, i) => {
    const shared = new Map<number, number>();
    for (const shingle of set) {
      for (const j of holders.get(shingle)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of [...shared].sort((a, b) => a[0] - b[0])) {
      const other = prepared[j]!;
      const similarity = count / (set.size + other.set.size - count);
      if (similarity >= options.threshold) pairs.push({ a: item, b: other.item, similarity });
    }
  });
  return pairs;
}
