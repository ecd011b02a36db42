import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mastodonComplete } from '../../fixtures/exports/make-fixtures.mjs';
import { lintFiles } from '../../src/engine/lint.js';
import { inTemp, load, where, writeFolder, writeZip } from '../helpers/profile-archives.js';

const complete = 'fixtures/exports/complete/archive-20260314-lea.tar.gz';

describe('Mastodon archive', () => {
  it('reads actor.json from a tar.gz: HTML bio as text, fields, avatar and header measured', async () => {
    const { profile, problems } = await load(complete);
    expect(problems).toEqual([]);
    expect(profile!.username?.value).toBe('lea');
    expect(profile!.displayName?.value).toBe('Léa Fontaine');
    expect(profile!.bio?.value).toBe('Urban ecologist & birder. I map green corridors in Lyon and write about city wildlife.\n\nPosts in English and French.');
    expect(where(profile!.bio)).toBe('actor.json:14:18');
    // "birder" comes after the five-character &amp; in the file.
    expect(where(profile!.bio, profile!.bio!.value.indexOf('birder'))).toBe('actor.json:14:40');
    expect(profile!.fields.map((f) => [f.name.value, f.value.value])).toEqual([
      ['Website', 'https://lea-fontaine.example'],
      ['Pronouns', 'she/her'],
    ]);
    expect(profile!.websites.map((w) => w.value)).toEqual(['https://lea-fontaine.example']);
    expect(profile!.photo).toMatchObject({ entry: 'avatar.png', width: 400, height: 400 });
    expect(profile!.header).toMatchObject({ entry: 'header.png', width: 1500, height: 500 });
  });

  it('reads the same archive as a ZIP (newer servers) and as a folder', async () => {
    await inTemp(async (dir) => {
      const zip = await load(await writeZip(path.join(dir, 'archive.zip'), mastodonComplete));
      const folder = await load(writeFolder(path.join(dir, 'archive'), mastodonComplete));
      for (const { profile } of [zip, folder]) {
        expect(where(profile!.bio)).toBe('actor.json:14:18');
        expect(profile!.photo).toMatchObject({ width: 400, height: 400 });
      }
    });
  });

  it('turns <br> into a line break and decodes numeric entities', async () => {
    await inTemp(async (dir) => {
      const actor = { type: 'Person', preferredUsername: 'kim', summary: '<p>Line one<br />line &#8220;two&#8221; &lt;3</p>' };
      const { profile } = await load(writeFolder(path.join(dir, 'kim'), { 'actor.json': JSON.stringify(actor) }));
      expect(profile!.bio?.value).toBe('Line one\nline “two” <3');
      expect(profile!.photo).toBeNull();
    });
  });

  it('with history: Create activities become posts, boosts do not', async () => {
    const { posts } = await load(complete, { history: true });
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.text).toBe('Swifts are back over the Croix-Rousse! Counted 42 this morning. #birds');
    expect(posts[0]!.meta).toMatchObject({ platforms: ['mastodon'], date: '2025-05-04' });
    expect(where({ prose: posts[0]!.body })).toBe('outbox.json:19:24');
  });

  it('a content warning is read with its post', async () => {
    await inTemp(async (dir) => {
      const outbox = {
        type: 'OrderedCollection',
        orderedItems: [{ type: 'Create', object: { type: 'Note', published: '2024-03-01T10:00:00Z', summary: 'health', content: '<p>Back from hospital.</p>' } }],
      };
      const { posts } = await load(writeFolder(path.join(dir, 'a'), { 'actor.json': '{"type":"Person"}', 'outbox.json': JSON.stringify(outbox) }), { history: true });
      expect(posts[0]!.body.text).toBe('health\n\nBack from hospital.');
      expect(where({ prose: posts[0]!.body }, 8)).toBe('outbox.json:1:154');
    });
  });

  it('malformed actor.json is an error on it; a broken tar.gz is one fatal line', async () => {
    await inTemp(async (dir) => {
      const { problems } = await load(writeFolder(path.join(dir, 'bad'), { 'actor.json': '{ "type": "Person",\n  "name": "Lea"\n  "summary": "" }' }));
      expect(problems.map((p) => [p.entry, p.line, p.message])).toEqual([['actor.json', 3, 'Malformed JSON: comma expected.']]);
      const broken = path.join(dir, 'archive-broken.tar.gz');
      writeFileSync(broken, Buffer.from('not gzip at all'));
      const [result] = await lintFiles([broken], { cwd: dir, noConfigLookup: true });
      expect(result!.messages).toHaveLength(1);
      expect(result!.messages[0]).toMatchObject({ fatal: true, severity: 2, line: 1, column: 1 });
      expect(result!.messages[0]!.message).toMatch(/^Not a readable tar\.gz archive: /);
      expect(result!.messages[0]!.message).not.toContain('\n');
    });
  });
});
