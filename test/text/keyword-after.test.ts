import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordAfter } from '../../src/text/keyword-after.js';

// The shapes engagement-bait uses: a context of punctuation, emoji or a word before the keyword,
// keywords of which one ends another ("share", "reshare"), case folding and Unicode.
const BEFORE = String.raw`(?:^|[.!?:;,)\n]\s*|\p{Extended_Pictographic}\s*|\band\s|\bplease\s|\bso\s)`;
const CASES = [
  ['(?:share|repost|retweet|rt|reshare)', String.raw`\s+(?:this\s+)?(?:post\s+)?if\b`],
  ['(?:like|react|double[- ]tap)', String.raw`\s+(?:this\s+)?(?:post\s+)?if\s+(?:you\s+)?(?:agree|relate|love)\b`],
] as const;
const PIECES = ['share', 'reshare', 'SHARE', 'ſhare', 'rt', 'repost', 'like', 'Like', 'double tap', 'double-tap', 'react', ' ', '  ', '\n', '.', ',', ')', '!',
  '🔥', 'and ', 'please ', 'so ', 'x', 'this ', 'post ', 'if', ' if', 'you ', 'agree', 'love', 'ifx', 'é', 're',
  '. share this post if', 'RESHARE if', 'like if you agree', 'Double-tap this if love', 'xreshare if', ' rt if', '🔥 react if you relate'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((parts) => parts.join(''));
const matches = (pattern: RegExp, s: string) => [...s.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('keywordAfter', () => {
  it.each(CASES)('finds what the lookbehind-first pattern finds: %s', (keywords, rest) => {
    const original = new RegExp(`(?<=${BEFORE})${keywords}${rest}`, 'giu');
    const rewritten = keywordAfter(BEFORE, keywords, rest, 'giu');
    let found = 0;
    fc.assert(
      fc.property(text, (s) => {
        const expected = matches(original, s);
        found += expected.length;
        expect(matches(rewritten, s)).toStrictEqual(expected);
      }),
      { seed: 20261124, numRuns: 4000 },
    );
    expect(found).toBeGreaterThan(50);
  });
});
