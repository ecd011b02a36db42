import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractEntities, proseEntities } from '../../src/platforms/entities.js';
import { extractUrlsWithIndices } from '../../src/platforms/twitter-text.js';
import type { Platform, Prose } from '../../src/types.js';
import { PLATFORMS } from '../../src/types.js';

const tags = (text: string, platform?: Platform) => extractEntities(text, { platform }).hashtags.map((h) => h.tag);
const mentions = (text: string, platform?: Platform) =>
  extractEntities(text, { platform }).mentions.map((m) => (m.domain ? `${m.username}@${m.domain}` : m.username));
const urls = (text: string, platform?: Platform) => extractEntities(text, { platform }).urls.map((u) => u.url);

describe('X (twitter-text rules)', () => {
  it.each([
    ['#hashtag', ['hashtag']],
    ['#1st and #that1time and #easyas123', ['1st', 'that1time', 'easyas123']],
    ['#12345 is a number, not a tag', []],
    ['Cyrillic #ашок and Hangul #트위터', ['ашок', '트위터']],
    ['full-width ＃ハッシュタグ works', ['ハッシュタグ']],
    ['inside a URL https://example.com/#anchor it is not', []],
    ['glued to a word: C#sharp a#b', []],
    ['#café with an accent', ['café']],
    ['overlapping entities: the earlier one wins, #tag一example.com', ['tag一example']],
  ])('hashtags in %j', (text, expected) => {
    expect(tags(text, 'x')).toEqual(expected);
  });

  it('gives UTF-16 offsets after astral characters', () => {
    const text = '😀😀 #tag';
    const [h] = extractEntities(text, { platform: 'x' }).hashtags;
    expect(h).toEqual({ text: '#tag', start: 5, end: 9, tag: 'tag' });
    expect(text.slice(h!.start, h!.end)).toBe('#tag');
  });

  it('reads mentions as X does', () => {
    expect(mentions('Thanks @jack and @example_name!', 'x')).toEqual(['jack', 'example_name']);
    expect(mentions('write to ana@example.com', 'x')).toEqual([]);
    // A fediverse address is not an X mention at all.
    expect(mentions('find me at @ana@mastodon.social', 'x')).toEqual([]);
  });

  it('finds URLs with and without a scheme, and cashtags', () => {
    const e = extractEntities('See example.com and https://t.co/abc for $TSLA and $AAPL.', { platform: 'x' });
    expect(e.urls.map((u) => u.url)).toEqual(['example.com', 'https://t.co/abc']);
    expect(e.cashtags.map((c) => c.text)).toEqual(['$TSLA', '$AAPL']);
  });
});

describe('Mastodon', () => {
  it('keeps remote mentions whole, with their instance', () => {
    const [remote, local] = extractEntities('cc @ana@mastodon.social and @bob', { platform: 'mastodon' }).mentions;
    expect(remote).toEqual({ text: '@ana@mastodon.social', start: 3, end: 23, username: 'ana', domain: 'mastodon.social' });
    expect(local).toEqual({ text: '@bob', start: 28, end: 32, username: 'bob' });
  });

  it('links only URLs with a scheme', () => {
    expect(urls('example.com and https://joinmastodon.org/apps', 'mastodon')).toEqual(['https://joinmastodon.org/apps']);
  });

  it('reads hashtags with a letter, not inside URLs or after a slash', () => {
    expect(tags('#OpenToWork #2024 https://example.com/#frag a/#b', 'mastodon')).toEqual(['OpenToWork']);
  });
});

describe('Bluesky', () => {
  it('needs a domain-name handle for a mention', () => {
    expect(mentions('hi @ana.bsky.social and @bob and @example.com.', 'bluesky')).toEqual(['ana.bsky.social', 'example.com']);
  });

  it('takes a tag after white space up to white space, dropping trailing punctuation', () => {
    expect(tags('#tag. and a#b and #123 and #c++ and (#paren)', 'bluesky')).toEqual(['tag', 'c++']);
  });

  it('drops tags over 64 characters', () => {
    expect(tags(`#${'a'.repeat(64)} #${'b'.repeat(65)}`, 'bluesky')).toEqual(['a'.repeat(64)]);
  });
});

describe('LinkedIn, Threads, Instagram, Facebook', () => {
  it.each(['linkedin', 'threads', 'instagram', 'facebook'] as const)('%s: tags, mentions and URLs', (platform) => {
    const text = 'Email ana@example.com, ping @Ana_Smith. #design, #UX/#UI #2024 www.example.com/#x';
    expect(tags(text, platform)).toEqual(['design', 'UX']);
    expect(mentions(text, platform)).toEqual(['Ana_Smith']);
    expect(urls(text, platform)).toEqual(['www.example.com/#x']);
  });

  it('does not take a fediverse address as a mention there', () => {
    expect(mentions('@ana@mastodon.social', 'instagram')).toEqual([]);
  });

  it('without a platform, reads fediverse mentions too', () => {
    expect(mentions('@ana@mastodon.social @bob')).toEqual(['ana@mastodon.social', 'bob']);
  });
});

describe('proseEntities', () => {
  it('extracts once per prose and platform', () => {
    const prose: Prose = { text: '#one @two', locate: () => ({ line: 1, column: 1 }), fileOffset: (i) => i };
    const first = proseEntities(prose, 'x');
    expect(proseEntities(prose, 'x')).toBe(first);
    expect(proseEntities(prose, 'mastodon')).not.toBe(first);
    expect(first.hashtags.map((h) => h.tag)).toEqual(['one']);
  });

  it('gives what extractEntities gives, whichever platforms are asked for first (some readings share a pass)', () => {
    const pieces = fc.constantFrom('#tag', '＃タグ', '#42', '@ana', '@Ana@mastodon.social', '@ana@bsky', '@ana.bsky.social', 'ana@example.com', 'https://example.com/#x', 'http://a.io/@ana', 'example.com', 'www.x.org/#y', '$TSLA', ' ', '\n', '(', '/', '👩‍👩‍👧', 'é', '中文', 'word', ',', '.');
    const platforms = fc.array(fc.constantFrom(...PLATFORMS, undefined), { minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 14 }), platforms, (parts, asked) => {
        const text = parts.join('');
        const prose: Prose = { text, locate: () => ({ line: 1, column: 1 }), fileOffset: (i) => i };
        for (const platform of asked) expect(proseEntities(prose, platform)).toStrictEqual(extractEntities(text, { platform }));
      }),
      { numRuns: 1500, seed: 20261124 },
    );
  });

  it('gives each platform arrays of its own', () => {
    const prose: Prose = { text: '#one @two @three@example.social https://x.io', locate: () => ({ line: 1, column: 1 }), fileOffset: (i) => i };
    const general = proseEntities(prose);
    const linkedin = proseEntities(prose, 'linkedin');
    const bluesky = proseEntities(prose, 'bluesky');
    expect(general.mentions.map((m) => m.username)).toEqual(['two', 'three']);
    expect(linkedin.mentions.map((m) => m.username)).toEqual(['two']);
    expect(linkedin.hashtags).not.toBe(general.hashtags);
    expect(linkedin.urls).not.toBe(general.urls);
    expect(bluesky.urls).not.toBe(general.urls);
    expect(bluesky.urls).toStrictEqual(general.urls);
  });
});

describe('every entity is the slice it claims to be, in order, without overlaps', () => {
  const pieces = fc.constantFrom('#tag', '＃タグ', '#42', '@ana', '@ana@mastodon.social', '@ana.bsky.social', 'https://example.com/#x', 'example.com', '$TSLA', ' ', '\n', '👩‍👩‍👧', 'é', 'e\u0301', '中文', 'word', ',', '.');
  it.each(PLATFORMS)('%s', (platform) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const e = extractEntities(text, { platform });
        const all = [...e.hashtags, ...e.mentions, ...e.urls, ...e.cashtags].sort((a, b) => a.start - b.start);
        all.forEach((entity, i) => {
          expect(text.slice(entity.start, entity.end)).toBe(entity.text);
          if (i > 0) expect(entity.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
        });
      }),
      // A fixed seed keeps CI deterministic; change it locally to explore further.
      { numRuns: 300, seed: 20261124 },
    );
  });
});

describe('URL extraction skips texts with no dot before a letter', () => {
  const require = createRequire(import.meta.url);
  const tlds = (file: string) =>
    (require(`twitter-text/dist/regexp/${file}`) as RegExp).source.replace(/^\(\?:\(\?:/, '').replace(/\)\(\?=.*$/s, '').split('|');

  it("rests on every top-level domain in twitter-text's lists beginning with a letter", () => {
    const all = [...tlds('validGTLD'), ...tlds('validCCTLD')];
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter((tld) => !/^\p{L}/u.test(tld))).toEqual([]);
    expect((require('twitter-text/dist/regexp/validPunycode') as RegExp).source).toMatch(/^\(\?:xn--/);
  });

  it('finds what twitter-text finds, with and without a scheme', () => {
    const extract = require('twitter-text/dist/extractUrlsWithIndices') as typeof extractUrlsWithIndices;
    const pieces = fc.constantFrom('example', 'com', 'co', 'xn--p1ai', 'http://пример.рф', 'https://例子.中国/a', 'EXAMPLE.COM', 'x.Co', 'рф', '中国', '.', '。', '．', ':', '//', 'https', 'http://', 'www', '/', '?', '#', '@', '-', '_', ' ', '\n', '1', '.1', 'é', ')', '(');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 }), fc.boolean(), (parts, withoutProtocol) => {
        const text = parts.join('');
        const options = { extractUrlsWithoutProtocol: withoutProtocol };
        expect(extractUrlsWithIndices(text, options)).toStrictEqual(extract(text, options));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });
});
