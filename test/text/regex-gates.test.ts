import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGIT_TAG, mayHoldDigitTag } from '../../rules/hashtag-format.js';
import { gatedPatterns, mayHoldHashtag, mayHoldMention } from '../../src/platforms/entities.js';
import { onFirstUse } from '../../src/text/on-first-use.js';

const { hashtag, mention } = gatedPatterns();
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].length > 0;

// Pieces that make tags and mentions, near misses and the characters the patterns look around.
const PIECES = [
  '#', '＃', '@', '#launch', '＃ＵＸ', '@ana', '@ana@mastodon.social', '@ana.bsky.social', 'ana@example.com', 'C#', '#123', '#_',
  '#2024', '＃7', '#٣', '#１', 'issue #42', '2024', '0',
  'a', 'Z', 'é', '5', '_', '.', '/', ')', '(', '=', '&', '·', '\u200c', '\ufe0f', ' ', '\n', '\t', 'ſ', '\u212a', '🚀', 'https://x.com/',
];

describe('entity gates', () => {
  it('refuse only texts the hashtag and mention patterns cannot match (random texts)', () => {
    const text = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 40 }));
    const reached = { hashtag: 0, mention: 0, digit: 0 };
    fc.assert(
      fc.property(text, (t) => {
        for (const pattern of hashtag) if (matches(pattern, t)) (reached.hashtag++, expect(mayHoldHashtag(t)).toBe(true));
        for (const pattern of mention) if (matches(pattern, t)) (reached.mention++, expect(mayHoldMention(t)).toBe(true));
        if (matches(DIGIT_TAG(), t)) (reached.digit++, expect(mayHoldDigitTag(t)).toBe(true));
      }),
      { seed: 20261124, numRuns: 3000 },
    );
    // The generator must reach matches of every kind, or the property says nothing.
    expect(Math.min(reached.hashtag, reached.mention, reached.digit)).toBeGreaterThan(20);
  });

  it('no character but `#`, `＃` and `@` takes their place in a match (every code point)', () => {
    const stand: Record<'hashtag' | 'mention' | 'digit', Set<string>> = { hashtag: new Set(), mention: new Set(), digit: new Set() };
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      if (hashtag.some((p) => matches(p, ` ${c}launch `))) stand.hashtag.add(c);
      if (mention.some((p) => matches(p, ` ${c}ana.bsky.social `))) stand.mention.add(c);
      // A digit tag: which characters stand for its digit, after `#`.
      if (matches(DIGIT_TAG(), ` #${c} `)) stand.digit.add(c);
    }
    expect([...stand.hashtag].sort()).toEqual(['#', '＃']);
    expect([...stand.mention]).toEqual(['@']);
    expect([...stand.digit].sort()).toEqual([...'0123456789']);
  });

  it('gate on the characters themselves', () => {
    expect(mayHoldHashtag('Ship it #launch')).toBe(true);
    expect(mayHoldHashtag('Ship it ＃launch')).toBe(true);
    expect(mayHoldHashtag('Ship it, no tags')).toBe(false);
    expect(mayHoldMention('Thanks @ana')).toBe(true);
    expect(mayHoldMention('Thanks Ana')).toBe(false);
    expect(mayHoldDigitTag('#launch #2024')).toBe(true);
    expect(mayHoldDigitTag('#launch in 2024')).toBe(false);
  });
});

describe('onFirstUse', () => {
  it('makes the value on the first call only, and not before', () => {
    let made = 0;
    const value = onFirstUse(() => ({ made: ++made }));
    expect(made).toBe(0);
    expect(value()).toBe(value());
    expect(made).toBe(1);
  });
});
