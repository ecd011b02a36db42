import { splice as spliceCopying } from 'micromark-util-chunked';

/**
 * micromark-util-chunked's `splice` and `push`, without the copy. The library copies the items
 * (`Array.from`), shifts the start and count in front of them and spreads the lot into
 * `Array.prototype.splice`, for every batch of events the tokenizer adds (0.27 s sampled over
 * 10,000 drafts; micromark-util-subtokenize replaces whole event lists with it too). Appending and
 * replacing everything push the items one by one instead; the rest splices without the copy.
 * The bundle (scripts/parser-patches.mjs) routes micromark's imports of the package here; the
 * result is the same list (test/sources/chunked-splice.test.ts compares them).
 */
export function splice<T>(list: T[], start: number, remove: number, items: T[]): void {
  const end = list.length;
  // Items that are the list itself change as it is spliced: the library's copy is needed.
  if (items === list) return spliceCopying(list, start, remove, items);
  const from = start < 0 ? (-start > end ? 0 : end + start) : start > end ? end : start;
  const count = remove > 0 ? remove : 0;
  if (from === end || (from === 0 && count >= end)) {
    if (from === 0) list.length = 0;
    for (let index = 0; index < items.length; index++) list.push(items[index]!);
    return;
  }
  // Spreading more arguments than this overflows the stack; the library inserts them in chunks.
  if (items.length >= 10_000) return spliceCopying(list, start, remove, items);
  list.splice(from, count, ...items);
}

/** As the library's: the items themselves when the list is empty, else the list with them appended. */
export function push<T>(list: T[], items: T[]): T[] {
  if (list.length > 0) {
    splice(list, list.length, 0, items);
    return list;
  }
  return items;
}
