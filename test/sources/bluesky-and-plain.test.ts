import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { png } from '../../fixtures/exports/make-fixtures.mjs';
import { sourceFor } from '../../src/sources/index.js';
import { inTemp, load, where } from '../helpers/profile-archives.js';

describe('Bluesky profile record', () => {
  it('reads displayName, description, avatar and banner blobs with positions', async () => {
    const { profile, problems } = await load('fixtures/exports/complete/lea.bsky-profile.json');
    expect(problems).toEqual([]);
    expect(profile).toMatchObject({ platform: 'bluesky', adapter: 'bluesky-profile' });
    expect(profile!.displayName?.value).toBe('Léa Fontaine 🐦');
    expect(where(profile!.bio)).toBe('4:19');
    expect(profile!.photo).toEqual({ at: { line: 5, column: 13 } });
    expect(profile!.header).toEqual({ at: { line: 11, column: 13 } });
  });

  it('unwraps a record saved from the API ({ uri, cid, value })', async () => {
    const { profile } = await load('fixtures/exports/incomplete/bluesky-profile-record.json');
    expect(profile!.displayName).toBeUndefined();
    expect(profile!.photo).toBeNull();
  });

  it('only claims JSON that is a profile record; a broken one is a fatal finding', async () => {
    await inTemp(async (dir) => {
      const other = path.join(dir, 'settings.json');
      writeFileSync(other, '{ "theme": "dark" }');
      expect(sourceFor(other)).toBeUndefined();
      const broken = path.join(dir, 'me.json');
      writeFileSync(broken, '{ "$type": "app.bsky.actor.profile",\n  "displayName": "Lea" "description": "x" }');
      const { documents, problems } = await load(broken);
      expect(documents).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ line: 2, fatal: true, message: 'Malformed JSON: comma expected.' })]);
    });
  });
});

describe('plain profile file', () => {
  const write = (dir: string, name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads YAML with positions, block scalars line by line', async () => {
    const { profile, problems } = await load('fixtures/exports/complete/priya.linkedin.profile.yaml');
    expect(problems).toEqual([]);
    expect(where(profile!.headline)).toBe('4:11');
    const bio = profile!.bio!;
    expect(where(bio)).toBe('6:3');
    expect(where(bio, bio.value.indexOf('For six years'))).toBe('8:3');
    expect(where(bio, bio.value.indexOf('Northwind'))).toBe('9:3');
    expect(profile!.skills.map((s) => s.value)).toHaveLength(6);
    expect(profile!.photo).toMatchObject({ entry: 'photo.png', width: 800, height: 800 });
    expect(profile!.header).toEqual({ at: { line: 15, column: 9 } });
  });

  it('reads JSON too, and accepts twitter for x', async () => {
    await inTemp(async (dir) => {
      const file = write(dir, 'me.profile.json', '{\n  "platform": "twitter",\n  "bio": "Hi \\"there\\""\n}\n');
      const { profile } = await load(file);
      expect(profile!.platform).toBe('x');
      expect(profile!.bio?.value).toBe('Hi "there"');
      expect(where(profile!.bio)).toBe('3:11');
    });
  });

  it('schema errors name the key path and point at it', async () => {
    await inTemp(async (dir) => {
      const file = write(dir, 'bad.profile.yaml', 'platform: myspace\nbio: 42\npositions:\n  - title: Engineer\n    salary: 100k\nphoto: [a]\n');
      const { documents, problems } = await load(file);
      expect(documents).toEqual([]);
      expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
        '1:11 platform: must be one of linkedin, x, twitter, mastodon, bluesky, threads, instagram, facebook.',
        '2:6 bio: must be string.',
        '5:5 positions[0].salary: unknown key in a profile file (see docs/profile-schema.json).',
        '6:8 photo: must be true/false, an image file name, or { file, width, height }.',
      ]);
    });
  });

  it('a missing platform, invalid YAML, and a photo file that is not there', async () => {
    await inTemp(async (dir) => {
      const noPlatform = await load(write(dir, 'a.profile.yaml', 'bio: hello\n'));
      expect(noPlatform.problems[0]!.message).toBe("profile: must have required property 'platform'.");
      const invalid = await load(write(dir, 'b.profile.yaml', 'platform: x\nbio: "unterminated\n'));
      expect(invalid.problems).toHaveLength(1);
      expect(invalid.problems[0]).toMatchObject({ fatal: true, severity: 2 });
      expect(invalid.problems[0]!.message).toMatch(/^Invalid YAML: /);
      const missing = await load(write(dir, 'c.profile.yaml', 'platform: x\nphoto: me.jpg\n'));
      expect(missing.problems).toEqual([expect.objectContaining({ severity: 1, line: 2, column: 8, message: 'photo: cannot read me.jpg (no such file); its size is not checked.' })]);
      expect(missing.profile!.photo).toEqual({ at: { line: 2, column: 8 } });
    });
  });

  it('measures a photo next to the file, honouring its real size', async () => {
    await inTemp(async (dir) => {
      writeFileSync(path.join(dir, 'small.png'), png(200, 150));
      const { profile } = await load(write(dir, 'd.profile.yaml', 'platform: linkedin\nphoto: small.png\n'));
      expect(profile!.photo).toMatchObject({ width: 200, height: 150 });
    });
  });
});
