import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/platforms/entities.js';
import { countIn, measure, overflowIndex } from '../../src/platforms/measure.js';
import { graphemesOf } from '../../src/platforms/unicode.js';

// Our own cases for the rules twitter-text's conformance suite (conformance/validate.yml,
// WeightedTweetsWithDiscountedEmojiCounterTest and friends) pins down: weights by code point range,
// emoji sequences, NFC, URLs at 23, and where a post goes over.
const weight = (text: string) => measure(text, { platform: 'x' }).length;

describe('X weights by code point range (twitter-text v3 config)', () => {
  it.each([
    ['Latin with punctuation', 'Hello, world!', 13],
    ['a newline counts 1', 'a\nb', 3],
    ['Latin-1 accents (precomposed)', 'Ça été', 6],
    ['the last code point of the first light range, U+10FF', '\u10ff', 1],
    ['the first heavy code point after it, U+1100 (Hangul Jamo)', '\u1100', 2],
    ['U+2000–U+200D spaces and joiners are light', '\u2000\u2005\u200a\u200b', 4],
    ['U+200E (LRM) falls between the light ranges', '\u200e', 2],
    ['dashes and quotes U+2010–U+201F are light', '‐–—‘’“”', 7],
    ['U+2020 dagger is heavy', '†', 2],
    ['primes U+2032–U+2037 are light, U+2038 is not', '′″‴\u2038', 5],
    ['CJK ideographs', '故人西辞', 8],
    ['kana and full-width punctuation', 'あア，。', 8],
    ['Hangul syllables', '한국어', 6],
    ['an astral code point that is not an emoji', '\u{1d400}', 2],
    ['the last code point', '\u{10ffff}', 2],
  ])('%s', (_name, text, expected) => {
    expect(weight(text)).toBe(expected);
  });
});

describe('X emoji: each sequence weighs 2', () => {
  it.each([
    ['a single emoji', '🔥', 2],
    ['an emoji in the BMP', '☕', 2],
    ['a skin tone sequence', '🙋🏾', 2],
    ['a ZWJ profession sequence', '👩‍🚒', 2],
    ['a ZWJ family of four', '👨‍👩‍👧‍👦', 2],
    ['a flag from regional indicators', '🇯🇵', 2],
    ['a subdivision flag (tag sequence)', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 2],
    ['a keycap whose base is a Latin digit', '#️⃣', 2],
    ['emoji between words', 'go 🚀 now', 9],
    ['a text-style symbol without a variation selector counts as heavy', '☺', 2],
  ])('%s', (_name, text, expected) => {
    expect(weight(text)).toBe(expected);
  });

  it('140 ZWJ families fill a post exactly', () => {
    expect(measure('👩‍👩‍👧‍👦'.repeat(140), { platform: 'x' })).toMatchObject({ length: 280, over: 0 });
  });
});

describe('X normalises to NFC before counting', () => {
  it.each([
    ['a letter and a combining acute become one', 'A\u0301B', 2],
    ['the same text precomposed', '\u00c1B', 2],
    ['two combining marks compose into U+1E69 ṩ, which lies outside the light ranges', 's\u0323\u0307', 2],
    ['a Hebrew presentation form NFC decomposes into three code points', '\ufb2c', 3],
  ])('%s', (_name, text, expected) => {
    expect(weight(text)).toBe(expected);
  });
});

describe('X URLs count 23 whatever their length', () => {
  it.each([
    ['http', 'http://example.com', 23],
    ['https with path, query and fragment', 'https://example.com/a/b?c=d&e=f#g', 23],
    ['no scheme, gTLD', 'example.org', 23],
    ['no scheme, www', 'www.example.org/path', 23],
    ['no scheme, ccTLD with second level', 'shop.co.uk', 23],
    ['text around two URLs', 'See https://a.example.com and b.example.net now', 4 + 23 + 5 + 23 + 4],
    ['an IDN host', 'https://bücher.de/katalog', 23],
    ['a host under a reserved TLD is not a URL', 'https://bücher.example/k', 24],
    ['a host label over 63 characters is not a URL', `${'a'.repeat(64)}.com`, 68],
    ['an unknown TLD without a scheme is not a URL', 'readme.notatld', 14],
  ])('%s', (_name, text, expected) => {
    expect(weight(text)).toBe(expected);
  });

  it('a URL that crosses the limit is over from its first character', () => {
    const text = `${'x'.repeat(265)} https://example.com/story`;
    expect(weight(text)).toBe(265 + 1 + 23);
    expect(overflowIndex(text, 'x-weighted', 280)).toBe(266);
  });
});

describe('X overflow: where the post goes over', () => {
  it('is just past the 280th light character', () => {
    expect(overflowIndex(`${'x'.repeat(285)}`, 'x-weighted', 280)).toBe(280);
  });

  it('is past the 140th CJK character even after Latin text', () => {
    expect(overflowIndex(`the${'故'.repeat(160)}`, 'x-weighted', 280)).toBe(3 + 138);
  });

  it('never splits an emoji sequence', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(overflowIndex(`x${family.repeat(140)}`, 'x-weighted', 280)).toBe(1 + 139 * family.length);
  });

  it('works for a premium limit', () => {
    expect(overflowIndex('x'.repeat(25010), 'x-weighted', 25000)).toBe(25000);
  });

  const pieces = fc.constantFrom('x', 'word ', '故', 'é', 'e\u0301', '👩‍👩‍👧‍👦', '🇯🇵', '🙋🏾', '1️⃣', ' https://example.com/p ', ' example.org ', '#tag ', '@ana ', '\n', 'क्षि', '—');
  it('leaves the longest prefix of whole characters that fits', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), fc.integer({ min: 1, max: 120 }), (parts, limit) => {
        const text = parts.join('');
        const at = overflowIndex(text, 'x-weighted', limit);
        const boundaries = [...graphemesOf(text).map((g) => g.index), text.length];
        expect(boundaries).toContain(at);
        expect(countIn(text.slice(0, at), 'x-weighted')).toBeLessThanOrEqual(limit);
        if (at < text.length) expect(countIn(text, 'x-weighted')).toBeGreaterThan(limit);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});

describe('X extraction', () => {
  const x = (text: string) => extractEntities(text, { platform: 'x' });
  it.each([
    ['a tag after CJK text with no space', '日本語#タグ', []],
    ['a tag ends at punctuation', 'Love #design, and #UX!', ['design', 'UX']],
    ['a tag with an underscore', '#web_dev', ['web_dev']],
    ['a tag with a combining accent', '#cafe\u0301', ['cafe\u0301']],
    ['a tag right after an emoji', '🚀#launch', ['launch']],
    ['a tag right after a ZWJ sequence', '👩‍💻#CodeNewbie', ['CodeNewbie']],
  ])('hashtags: %s', (_name, text, expected) => {
    expect(x(text).hashtags.map((h) => h.tag)).toEqual(expected);
  });

  it('mentions: a list is the username only, a dash ends it, an email is none', () => {
    expect(x('@ana/designers @bob-smith mail@example.com').mentions.map((m) => m.username)).toEqual(['ana', 'bob']);
  });

  it('URLs in parentheses and with trailing punctuation', () => {
    expect(x('(see https://example.com/a_(b)) and example.org.').urls.map((u) => u.url)).toEqual(['https://example.com/a_(b)', 'example.org']);
  });

  it('cashtags are letters after $, not amounts', () => {
    expect(x('$AAPL up, $5 coffee, $BRK.A').cashtags.map((c) => c.text)).toEqual(['$AAPL', '$BRK.A']);
  });
});
