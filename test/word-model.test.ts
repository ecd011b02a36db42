import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeWordCosts, encodeWordCosts } from '../src/platforms/word-model.js';
import { buildWordCosts, WORD_MODEL_FILE, WORD_MODEL_KEY } from '../src/platforms/word-segmentation.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const small = new Map([
  ['open', 7.25],
  ['to', 3.5],
  ['work', 6.125],
  ['startup', 9.0000001],
  ['a', 1],
]);

describe('compact word model', () => {
  it('gives back every cost it was built from, and nothing for other words', () => {
    const model = decodeWordCosts(encodeWordCosts(small, 8, 'k1'), 'k1')!;
    for (const [word, cost] of small) expect(model.get(word)).toBe(cost);
    for (const word of ['', 'ope', 'opens', 'b', 'zzz', 'Open', 'tow']) expect(model.get(word)).toBeUndefined();
    expect(model.longest).toBe(8);
  });

  it('reads the same from bytes that do not start on an aligned offset', () => {
    const bytes = encodeWordCosts(small, 8, 'k1');
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    const model = decodeWordCosts(shifted.subarray(3), 'k1')!;
    for (const [word, cost] of small) expect(model.get(word)).toBe(cost);
    expect(model.get('opens')).toBeUndefined();
  });

  it('orders words by code unit, so a query with non-ASCII letters is simply not found', () => {
    const model = decodeWordCosts(encodeWordCosts(new Map([['cafe', 2], ['caff', 3], ['cafes', 4]]), 5, 'k'), 'k')!;
    expect(model.get('café')).toBeUndefined();
    expect(model.get('cafe')).toBe(2);
    expect(model.get('caff')).toBe(3);
    expect(model.get('cafes')).toBe(4);
    expect(model.get('caf')).toBeUndefined();
  });

  it('refuses a file built from other word rules, or not a model at all', () => {
    const bytes = encodeWordCosts(small, 8, 'k1');
    expect(decodeWordCosts(bytes, 'k2')).toBeUndefined();
    expect(decodeWordCosts(bytes.subarray(0, bytes.length - 3), 'k1')).toBeUndefined();
    expect(decodeWordCosts(Buffer.from('{"not":"a model"}'), 'k1')).toBeUndefined();
    expect(decodeWordCosts(Buffer.alloc(0), 'k1')).toBeUndefined();
  });

  it('refuses words it could not store as they are', () => {
    expect(() => encodeWordCosts(new Map([['café', 1]]), 4, 'k')).toThrow(/not printable ASCII/);
  });

  it('the model the build wrote has the same costs as the ranked list', () => {
    const file = path.join(root, WORD_MODEL_FILE);
    expect(existsSync(file), `${WORD_MODEL_FILE} is missing: run npm run build`).toBe(true);
    const built = decodeWordCosts(readFileSync(file), WORD_MODEL_KEY)!;
    const listed = buildWordCosts();
    expect(built.longest).toBe(listed.longest);
    let differing = 0;
    for (const [word, cost] of listed.entries) if (built.get(word) !== cost) differing++;
    expect(differing).toBe(0);
    for (const word of ['qzxv', 'opentowork', 'startups', 'i', 'st']) expect(built.get(word)).toBe(listed.get(word));
  });
});
