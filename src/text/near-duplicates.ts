import { shingles, stem, words } from './similarity.js';

export interface Comparable<T> {
  item: T;
  /** The text to compare. */
  text: string;
  /** Words to leave out before comparing (a recipient's name). */
  drop?: string[];
  /** words(text), when the caller already has them (proseWords). */
  words?: readonly string[];
}

export interface SimilarPair<T> {
  a: T;
  b: T;
  similarity: number;
}

/** The options of the rules that look for near-duplicates (duplicate-invite, duplicate-post). */
export interface NearDuplicateOptions {
  /** Shingle similarity (0–1) from which two texts count as the same. */
  threshold?: number;
  /** Texts shorter than this many words are not compared. */
  minWords?: number;
}

export const nearDuplicateOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    minWords: { type: 'integer', minimum: 1 },
  },
};

/**
 * Pairs of texts whose word shingles overlap at least `threshold` (Jaccard). Texts of fewer than
 * `minWords` words are left out; short notes are alike by nature.
 *
 * Exact, but not quadratic when drafts share boilerplate (sign-offs, a recurring call to action):
 * prefix filtering (Chaudhuri et al. 2006, "AllPairs"). Each text's shingles are ordered rarest
 * first; two texts can only reach the threshold if they share a shingle among the first
 * |x| − ⌈t·|x|⌉ + 1 of each, so only those prefixes are indexed and probed. The common shingles sit
 * at the end of every ordering and never produce candidates; the candidates are then counted in
 * full, so the similarities are the same as comparing every pair.
 */
export function similarPairs<T>(texts: Comparable<T>[], options: { threshold: number; minWords: number; k?: number }): SimilarPair<T>[] {
  const prepared = texts
    .map(({ item, text, drop, words: known }) => {
      const dropped = new Set((drop ?? []).map(stem));
      const list = (known ?? words(text)).map(stem).filter((w) => !dropped.has(w));
      return { item, count: list.length, set: shingles(list, options.k ?? 3) };
    })
    .filter((t) => t.count >= options.minWords);

  const frequency = new Map<string, number>();
  for (const { set } of prepared) for (const shingle of set) frequency.set(shingle, (frequency.get(shingle) ?? 0) + 1);
  // Ties broken by the text itself so the order (and so the candidates) never depend on input order.
  const rarestFirst = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(rarestFirst.map((shingle, r) => [shingle, r]));
  const ranked = prepared.map(({ set }) => Int32Array.from(set, (s) => rank.get(s)!).sort());

  const prefixOf = (size: number) => Math.min(size, Math.max(0, size - minOverlap(size, options.threshold) + 1));
  // Shingle id → flat [text, position, text, position, …] of the prefixes holding it.
  const holders = new Map<number, number[]>();
  ranked.forEach((ids, i) => {
    for (let p = 0; p < prefixOf(ids.length); p++) {
      const list = holders.get(ids[p]!);
      if (list) list.push(i, p);
      else holders.set(ids[p]!, [i, p]);
    }
  });
  const t = options.threshold;

  const pairs: SimilarPair<T>[] = [];
  // seenBy[j] === i marks j as already a candidate of i: cheaper than a Set per text.
  const seenBy = new Int32Array(ranked.length).fill(-1);
  ranked.forEach((ids, i) => {
    const size = ids.length;
    const candidates: number[] = [];
    for (let p = 0; p < prefixOf(size); p++) {
      const list = holders.get(ids[p]!)!;
      // Lists are in index order: walk back from the end to reach only the texts after i.
      for (let at = list.length - 2; at >= 0; at -= 2) {
        const j = list[at]!;
        if (j <= i) break;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        const otherSize = ranked[j]!.length;
        // Jaccard is at most min/max of the sizes. And this is the rarest shingle the two share,
        // so at most what follows it in both can be shared too. Epsilons keep borderline pairs.
        if (Math.min(size, otherSize) < t * Math.max(size, otherSize) - 1e-9) continue;
        const q = list[at + 1]!;
        if (1 + Math.min(size - p - 1, otherSize - q - 1) < (t / (1 + t)) * (size + otherSize) - 1e-9) continue;
        candidates.push(j);
      }
    }
    for (const j of candidates.sort((a, b) => a - b)) {
      const count = sharedCount(ids, ranked[j]!);
      const otherSize = ranked[j]!.length;
      const similarity = count / (size + otherSize - count);
      if (similarity >= options.threshold) pairs.push({ a: prepared[i]!.item, b: prepared[j]!.item, similarity });
    }
  });
  return pairs;
}

/** The fewest shared shingles a text of `size` shingles needs with any other to reach `threshold`. */
function minOverlap(size: number, threshold: number): number {
  // |A ∩ B| ≥ t·|A ∪ B| ≥ t·|A|; the epsilon keeps 0.6 × 5 = 3.0000000000000004 from becoming 4.
  return Math.max(1, Math.ceil(threshold * size - 1e-9));
}

/** |A ∩ B| of two ascending id lists. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}
