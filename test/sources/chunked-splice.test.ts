import fc from 'fast-check';
import { push as pushCopying, splice as spliceCopying } from 'micromark-util-chunked';
import { describe, expect, it } from 'vitest';
import { push, splice } from '../../src/sources/chunked-splice.js';

const list = fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 12 });
// Starts and counts past either end, negative ones and fractions, as micromark's callers may pass.
const position = fc.oneof(fc.integer({ min: -15, max: 15 }), fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5));

describe('splice and push without copying', () => {
  it('leave the list as micromark-util-chunked does', () => {
    fc.assert(
      fc.property(list, position, position, list, (before, start, remove, items) => {
        const expected = [...before];
        spliceCopying(expected, start, remove, [...items]);
        const actual = [...before];
        const given = [...items];
        splice(actual, start, remove, given);
        expect(actual).toStrictEqual(expected);
        expect(given).toStrictEqual(items);
      }),
      { seed: 20261124, numRuns: 5000 },
    );
  });

  it('splice a list into itself as the library does', () => {
    for (const start of [0, 1, 3, -1]) {
      const expected = [1, 2, 3];
      spliceCopying(expected, start, 1, expected);
      const actual = [1, 2, 3];
      splice(actual, start, 1, actual);
      expect(actual).toStrictEqual(expected);
    }
  });

  it('insert more items than a call can spread, in the middle and at the end', () => {
    const many = Array.from({ length: 25_000 }, (_, i) => i);
    for (const start of [1, 3]) {
      const expected = [-1, -2, -3];
      spliceCopying(expected, start, 1, many);
      const actual = [-1, -2, -3];
      splice(actual, start, 1, many);
      expect(actual).toStrictEqual(expected);
    }
  });

  it('push: the items themselves into an empty list, else appended to the list', () => {
    const items = [1, 2];
    expect(push([], items)).toBe(pushCopying([], items));
    const target = [0];
    expect(push(target, items)).toBe(target);
    expect(target).toStrictEqual(pushCopying([0], items));
  });
});
