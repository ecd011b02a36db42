import { forEachSimilarPair, shingleKeys } from '../../src/text/near-duplicates.js';
import { words } from '../../src/text/similarity.js';

/**
 * The pairs forEachSimilarPair finds among texts, as a list in input order (by first, then
 * second), to hold against pairs worked out by comparing every two texts.
 */
export function similarPairs<T>(texts: { item: T; text: string; drop?: string[] }[], options: { threshold: number; minWords: number; k?: number }) {
  const keyed = texts.map(({ text, drop }) => shingleKeys(words(text), { drop, k: options.k }));
  const pairs: { a: T; b: T; similarity: number; at: [number, number] }[] = [];
  forEachSimilarPair(keyed, options, (a, b, similarity) => pairs.push({ a: texts[a]!.item, b: texts[b]!.item, similarity, at: [a, b] }));
  return pairs.sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1]).map(({ a, b, similarity }) => ({ a, b, similarity }));
}
