import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkedinComplete, mastodonComplete, xComplete } from '../../fixtures/exports/make-fixtures.mjs';
import { lintFiles } from '../../src/engine/lint.js';
import { ARCHIVE_LIMITS } from '../../src/sources/profiles/limits.js';
import { inTemp, load, writeFolder, writeZip } from '../helpers/profile-archives.js';

const saved = { ...ARCHIVE_LIMITS };
afterEach(() => Object.assign(ARCHIVE_LIMITS, saved));

const lint = (files: string[], cwd: string) => lintFiles(files, { cwd, noConfigLookup: true });

describe('archive guards', () => {
  it('refuses an entry that expands absurdly (ZIP bomb) as a finding on that entry', async () => {
    await inTemp(async (dir) => {
      const zip = await writeZip(path.join(dir, 'bomb.zip'), { 'Profile.csv': Buffer.alloc(4 * 1024 * 1024, 0x20), 'Skills.csv': 'Name\nSQL\n' });
      const { problems, profile } = await load(zip);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ entry: 'Profile.csv', severity: 2 });
      expect(problems[0]!.message).toMatch(/^Profile\.csv expands \d+× when unpacked; refused as a possible ZIP bomb\.$/);
      expect(profile!.skills.map((s) => s.value)).toEqual(['SQL']);
    });
  });

  it('refuses archives with too many entries, in one line', async () => {
    await inTemp(async (dir) => {
      ARCHIVE_LIMITS.maxEntries = 3;
      const zip = await writeZip(path.join(dir, 'many.zip'), linkedinComplete);
      const [result] = await lint([zip], dir);
      expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, message: 'ZIP lists 7 entries (over 3); refused as a possible ZIP bomb.' })]);
    });
  });

  it('refuses an entry whose declared size is over the cap', async () => {
    await inTemp(async (dir) => {
      ARCHIVE_LIMITS.maxEntryBytes = 200;
      const zip = await writeZip(path.join(dir, 'big.zip'), linkedinComplete);
      const { problems } = await load(zip);
      expect(problems.find((p) => p.entry === 'Profile.csv')?.message).toMatch(/^Profile\.csv declares 1 KiB uncompressed, over the 1 KiB socialint reads\.$/);
    });
  });

  it('never inflates entries it does not need: a corrupt media file does not matter', async () => {
    await inTemp(async (dir) => {
      const media = Buffer.alloc(256 * 1024, 7);
      const file = await writeZip(path.join(dir, 'twitter.zip'), { ...xComplete, 'data/tweets_media/clip.mp4': media }, { compress: false });
      const bytes = readFileSync(file);
      const at = bytes.indexOf(media.subarray(0, 64));
      bytes.fill(9, at + 1000, at + 2000);
      writeFileSync(file, bytes);
      const { problems, profile } = await load(file, { history: true });
      expect(problems).toEqual([]);
      expect(profile!.username?.value).toBe('ana_builds');
    });
  });

  it('a file named .zip that is not one is a one-line fatal error; a ZIP that is no export a warning', async () => {
    await inTemp(async (dir) => {
      const fake = path.join(dir, 'export.zip');
      writeFileSync(fake, 'PK? not really');
      const other = await writeZip(path.join(dir, 'photos.zip'), { 'IMG_0001.txt': 'hello' });
      const results = await lint([fake, other], dir);
      expect(results.map((r) => r.messages.map((m) => [m.fatal ?? false, m.severity, m.message.split(/[:(]/)[0]!.trim()]))).toEqual([
        [[true, 2, 'Not a readable ZIP archive']],
        [[false, 1, 'Not a profile export socialint knows']],
      ]);
      for (const r of results) expect(r.messages[0]!.message).not.toContain('\n');
    });
  });
});

describe('discovery', () => {
  it('a folder that is an export is one document; its files are not linted on their own', async () => {
    await inTemp(async (dir) => {
      writeFolder(path.join(dir, 'exports/mastodon-archive'), mastodonComplete);
      writeFolder(path.join(dir, 'exports/linkedin'), linkedinComplete);
      await writeZip(path.join(dir, 'exports/twitter.zip'), xComplete);
      writeFileSync(path.join(dir, 'draft.md'), '---\nplatform: x\n---\n\nHello.\n');
      writeFileSync(path.join(dir, 'exports/notes.json'), '{"not": "a profile"}');
      const results = await lint(['.'], dir);
      expect(results.map((r) => path.relative(dir, r.filePath)).sort()).toEqual(['draft.md', 'exports/linkedin', 'exports/mastodon-archive', 'exports/twitter.zip']);
      const scored = results.filter((r) => r.metadata?.profileScores?.length).map((r) => r.metadata!.profileScores![0]!.platform).sort();
      expect(scored).toEqual(['linkedin', 'mastodon', 'x']);
    });
  });
});
