import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/text/escape-regexp.js';

describe('escapeRegExp', () => {
  const awkward = ['a.b', 'C++ (senior)', '$5^2 * [x] | {y} ?', 'back\\slash', 'Jean-Luc', 'ops/dev'];

  it('matches each text literally, and only it', () => {
    for (const text of awkward) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`);
      expect(pattern.test(text)).toBe(true);
      expect(pattern.test(`${text}!`)).toBe(false);
    }
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });

  it('gives a valid pattern with the u flag, hyphens and slashes included', () => {
    for (const text of awkward) expect(new RegExp(`^(?:${escapeRegExp(text)})$`, 'iu').test(text.toUpperCase())).toBe(true);
  });
});
