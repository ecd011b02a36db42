import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xComplete } from '../../fixtures/exports/make-fixtures.mjs';
import { inTemp, load, where, writeFolder, writeZip } from '../helpers/profile-archives.js';

const complete = 'fixtures/exports/complete/twitter-2026-03-14-ana_builds.zip';
const ytd = (name: string, value: unknown) => `window.YTD.${name}.part0 = ${JSON.stringify(value, null, 2)}`;

describe('X archive', () => {
  it('reads account.js and profile.js through the window.YTD wrapper, with JSON positions', async () => {
    const { profile, problems } = await load(complete);
    expect(problems).toEqual([]);
    expect(profile!.username?.value).toBe('ana_builds');
    expect(where(profile!.username)).toBe('data/account.js:6:20');
    expect(profile!.displayName?.value).toBe('Ana Lima');
    expect(profile!.bio?.value).toMatch(/^Accessibility engineer/);
    expect(where(profile!.bio)).toBe('data/profile.js:5:17');
    expect(profile!.location?.value).toBe('Lisbon, Portugal');
    expect(profile!.websites.map((w) => w.value)).toEqual(['https://t.co/AbCdEf1234']);
    // The avatar's file is in data/profile_media, named after the URL's last segment.
    expect(profile!.photo).toMatchObject({ entry: 'data/profile_media/1458800000000000001-Xy9_400x400.png', width: 400, height: 400 });
    expect(profile!.header).toMatchObject({ width: 1500, height: 500 });
  });

  it('decodes escapes in JSON strings and keeps columns right after them', async () => {
    await inTemp(async (dir) => {
      const folder = writeFolder(path.join(dir, 'twitter-archive'), {
        'data/account.js': ytd('account', [{ account: { username: 'zoe', accountDisplayName: 'Zo\u00eb' } }]),
        'data/profile.js': 'window.YTD.profile.part0 = [ {\n  "profile" : {\n    "description" : {\n      "bio" : "Caf\\u00e9 owner \\"Bean\\"\\nand baker",\n      "website" : "",\n      "location" : ""\n    }\n  }\n} ]',
      });
      const { profile } = await load(folder);
      expect(profile!.bio?.value).toBe('Café owner "Bean"\nand baker');
      expect(where(profile!.bio)).toBe('data/profile.js:4:16');
      // "owner" starts after the six-character \u00e9 escape.
      expect(where(profile!.bio, profile!.bio!.value.indexOf('owner'))).toBe('data/profile.js:4:26');
      expect(where(profile!.bio, profile!.bio!.value.indexOf('and'))).toBe('data/profile.js:4:42');
      expect(profile!.photo).toBeNull();
      expect(profile!.websites).toEqual([]);
    });
  });

  it("treats X's default avatar as no photo", async () => {
    const { profile } = await load('fixtures/exports/incomplete/twitter-2026-01-09-kit_m');
    expect(profile!.photo).toBeNull();
    expect(profile!.bio).toBeUndefined();
  });

  it('a file without the wrapper, or with broken JSON, is an error on that file', async () => {
    await inTemp(async (dir) => {
      const zip = await writeZip(path.join(dir, 'twitter.zip'), {
        'data/account.js': '[{"account": {"username": "zoe"}}]',
        'data/profile.js': 'window.YTD.profile.part0 = [ {\n  "profile" : {\n    "description" : { "bio" : "hi", }\n  }\n} ]',
      });
      const { profile, problems } = await load(zip);
      expect(problems.map((p) => [p.entry, p.line, p.message])).toEqual([
        ['data/account.js', 1, 'Expected the archive wrapper `window.YTD.<name>.part0 = [...]`.'],
        ['data/profile.js', 3, 'Malformed JSON: property name expected.'],
      ]);
      expect(profile!.platform).toBe('x');
    });
  });

  it('with history: own tweets (not retweets), dated, t.co expanded, from every part file', async () => {
    await inTemp(async (dir) => {
      const more = ytd('tweets', [{ tweet: { id_str: '9', created_at: 'Mon Jan 06 10:00:00 +0000 2025', full_text: 'Part two &lt;3', entities: { urls: [] } } }]).replace('part0', 'part1');
      const zip = await writeZip(path.join(dir, 'twitter.zip'), { ...xComplete, 'data/tweets-part1.js': more });
      const { posts } = await load(zip, { history: true });
      expect(posts.map((p) => [p.meta.date, p.origin?.entry, p.body.text.slice(0, 20)])).toEqual([
        ['2025-01-06', 'data/tweets-part1.js', 'Part two <3'],
        ['2024-02-20', 'data/tweets.js', 'New post: three form'],
        ['2023-09-08', 'data/tweets.js', 'Conference season & '],
      ]);
      expect(posts[1]!.body.text).toContain('https://ana-lima.example.com/notes/form-patterns?utm_source=twitter');
      expect(posts.every((p) => p.meta.platforms[0] === 'x')).toBe(true);
      const since = await load(zip, { history: true, since: new Date('2024-06-01') });
      expect(since.posts.map((p) => p.meta.date)).toEqual(['2025-01-06']);
    });
  });
});
