import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countIn, measure, overflowIndex } from '../../src/platforms/measure.js';
import { profileFieldLimit } from '../../src/platforms/specs.js';

const x = (text: string) => measure(text, { platform: 'x' }).length;

describe('X weighted counting (twitter-text v3)', () => {
  it.each([
    ['Latin counts 1 a character', 'This is a test.', 15],
    ['Cyrillic, Greek, Hebrew, Arabic, Devanagari count 1 (below U+1100)', 'Привет Γειά שלום مرحبا नमस्ते', 29],
    ['CJK counts 2', 'こんにちは世界', 14],
    ['Hangul syllables count 2', '안녕하세요', 10],
    ['U+10FF is the last light code point, U+1100 the first heavy one', '\u10ff\u1100', 3],
    ['general punctuation U+2010–U+201F and U+2032–U+2037 are light', '‘’“”′″', 6],
    ['per mille U+2030 falls between the light ranges', '‰', 2],
    ['an emoji counts 2', '🐱', 2],
    ['a ZWJ family counts 2 as a whole', '👩‍👩‍👧‍👦', 2],
    ['a flag counts 2', '🇫🇷', 2],
    ['a skin tone sequence counts 2', '👍🏽', 2],
    ['a keycap counts 2', '1️⃣', 2],
    ['a combining accent is normalised first', 'e\u0301', 1],
    ['a URL with a scheme counts 23', 'https://example.com/a/very/long/path/that/goes/on/and/on', 23],
    ['a URL without a scheme counts 23', 'example.com', 23],
    ['a short URL counts 23 too', 't.co', 23],
    ['several URLs', 'Test https://test.com test https://test.com test.com test', 86],
    ['astral code points outside emoji count 2', '\u{10000}', 2],
  ])('%s', (_name, text, expected) => {
    expect(x(text)).toBe(expected);
  });

  it('280 light characters fit, 281 do not', () => {
    expect(measure('a'.repeat(280), { platform: 'x' })).toMatchObject({ length: 280, limit: 280, over: 0, method: 'x-weighted' });
    expect(measure('a'.repeat(281), { platform: 'x' })).toMatchObject({ length: 281, over: 1 });
  });

  it('140 CJK characters fill a post', () => {
    expect(measure('の'.repeat(140), { platform: 'x' }).over).toBe(0);
    expect(measure('の'.repeat(141), { platform: 'x' }).over).toBe(2);
  });

  it('premium accounts get 25,000', () => {
    expect(measure('a'.repeat(3000), { platform: 'x', settings: { xAccount: 'premium' } })).toMatchObject({ limit: 25000, over: 0 });
  });
});

describe('Bluesky', () => {
  it('counts graphemes against 300 and bytes against 3,000', () => {
    const m = measure('👩‍👩‍👧‍👦'.repeat(120), { platform: 'bluesky' });
    expect(m).toMatchObject({ length: 120, limit: 300, over: 0, method: 'graphemes', bytes: 120 * 25, byteLimit: 3000 });
  });

  it('counts a combining accent with its letter', () => {
    expect(measure('e\u0301'.repeat(300), { platform: 'bluesky' }).over).toBe(0);
  });
});

describe('Mastodon', () => {
  it('counts every URL as 23 and a remote mention as its local part', () => {
    expect(measure('@ana@mastodon.social https://example.com/a/very/long/path/indeed', { platform: 'mastodon' }).length).toBe(4 + 1 + 23);
  });

  it('does not shorten a URL without a scheme', () => {
    expect(measure('example.com', { platform: 'mastodon' }).length).toBe(11);
  });

  it('uses the instance limit from settings', () => {
    expect(measure('a'.repeat(600), { platform: 'mastodon', settings: { mastodonMaxCharacters: 1000 } })).toMatchObject({ limit: 1000, over: 0 });
    expect(measure('a'.repeat(600), { platform: 'mastodon' })).toMatchObject({ limit: 500, over: 100 });
  });
});

describe('Threads, LinkedIn, Instagram, Facebook', () => {
  it('Threads counts an emoji by its UTF-8 bytes', () => {
    expect(measure('hi 👍', { platform: 'threads' }).length).toBe(3 + 4);
    expect(measure('中文', { platform: 'threads' }).length).toBe(2);
  });

  it('LinkedIn, Instagram and Facebook count UTF-16 code units', () => {
    for (const platform of ['linkedin', 'instagram', 'facebook'] as const) {
      expect(measure('hi 👍 é', { platform }).length).toBe(7);
    }
  });

  it('LinkedIn invite notes are 300, or 200 for free accounts', () => {
    expect(measure('a'.repeat(250), { platform: 'linkedin', kind: 'invite' })).toMatchObject({ limit: 300, over: 0 });
    expect(measure('a'.repeat(250), { platform: 'linkedin', kind: 'invite', settings: { linkedinAccount: 'free' } })).toMatchObject({ limit: 200, over: 50 });
  });

  it('a kind without a limit is never over', () => {
    expect(measure('a'.repeat(9000), { platform: 'instagram', kind: 'invite' })).toMatchObject({ limit: undefined, over: 0 });
  });
});

describe('overflowIndex', () => {
  it('points just past the last character that fits', () => {
    expect(overflowIndex('a'.repeat(285), 'x-weighted', 280)).toBe(280);
    expect(overflowIndex('の'.repeat(141), 'x-weighted', 280)).toBe(140);
    expect(overflowIndex('👍🏽'.repeat(301), 'graphemes', 300)).toBe(300 * 4);
    expect(overflowIndex('short', 'graphemes', 300)).toBe(5);
  });

  it('never splits a character, and the prefix it leaves fits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 40 }), fc.constantFrom('graphemes', 'threads', 'utf16', 'codepoints' as const), (text, limit, method) => {
        const at = overflowIndex(text, method, limit);
        expect(countIn(text.slice(0, at), method)).toBeLessThanOrEqual(limit);
        if (at < text.length) expect(countIn(text, method)).toBeGreaterThan(limit);
      }),
    );
  });
});

describe('profileFieldLimit', () => {
  it('knows the profile caps', () => {
    expect(profileFieldLimit('x', 'bio')).toEqual({ limit: 160, method: 'codepoints' });
    expect(profileFieldLimit('bluesky', 'displayName')).toEqual({ limit: 64, method: 'graphemes', byteLimit: 640 });
    expect(profileFieldLimit('linkedin', 'headline')?.limit).toBe(220);
    expect(profileFieldLimit('mastodon', 'fieldValue')?.limit).toBe(255);
    expect(profileFieldLimit('facebook', 'headline')).toBeUndefined();
  });
});
