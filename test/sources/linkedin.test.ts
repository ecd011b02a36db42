import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedinComplete } from '../../fixtures/exports/make-fixtures.mjs';
import { inTemp, load, where, writeFolder, writeZip } from '../helpers/profile-archives.js';

const complete = 'fixtures/exports/complete/Basic_LinkedInDataExport_03-14-2026.zip';
const PROFILE_HEADER = 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers';

describe('LinkedIn export', () => {
  it('reads every field of the complete ZIP with its CSV line and column', async () => {
    const { profile, problems } = await load(complete);
    expect(problems).toEqual([]);
    expect(profile!.platform).toBe('linkedin');
    expect(profile!.displayName?.value).toBe('Priya Raman');
    expect(profile!.headline?.value).toBe('Data engineer | I build reliable pipelines for climate researchers');
    expect(where(profile!.headline)).toBe('Profile.csv:2:17');
    // The Summary is a quoted multi-line field: its third paragraph is on line 6 of the CSV.
    const summary = profile!.bio!;
    expect(where(summary, summary.value.indexOf('Ask me about'))).toBe('Profile.csv:6:1');
    expect(profile!.location?.value).toBe('Leeds, England, United Kingdom');
    expect(profile!.websites.map((w) => w.value)).toEqual(['https://priya-raman.example', 'https://northwind.example']);
    expect(where(profile!.websites[1])).toBe('Profile.csv:6:197');
    expect(profile!.positions.map((p) => [p.title?.value, p.finishedOn ?? 'current'])).toEqual([
      ['Senior Data Engineer', 'current'],
      ['Data Engineer', 'Feb 2022'],
    ]);
    expect(where(profile!.positions[0]!.description)).toBe('Positions.csv:2:43');
    expect(profile!.education[0]?.school?.value).toBe('University of Leeds');
    expect(profile!.skills).toHaveLength(6);
    expect(profile!.photo).toBeUndefined();
  });

  it('reads the extracted folder the same way, and a ZIP with a top folder', async () => {
    await inTemp(async (dir) => {
      const folder = writeFolder(path.join(dir, 'Basic_LinkedInDataExport_03-14-2026'), linkedinComplete);
      const fromFolder = await load(folder);
      expect(where(fromFolder.profile!.headline)).toBe('Profile.csv:2:17');
      const nested = await writeZip(path.join(dir, 'nested.zip'), Object.fromEntries(Object.entries(linkedinComplete).map(([k, v]) => [`export/${k}`, v])));
      const fromNested = await load(nested);
      expect(where(fromNested.profile!.headline)).toBe('export/Profile.csv:2:17');
      expect(fromNested.profile!.skills).toHaveLength(6);
    });
  });

  it('handles a BOM, CRLF line ends, notes before the header and doubled quotes', async () => {
    await inTemp(async (dir) => {
      const zip = await writeZip(path.join(dir, 'quirks.zip'), {
        'Profile.csv': `\uFEFF${PROFILE_HEADER}\r\nSam,Okafor,,,,"Engineer, ""platform"" team",,,,,,,\r\n`,
        'Skills.csv': 'Notes:\n"Skills you added, oldest first"\n\nName\nTypeScript\n"Node.js"\n',
      });
      const { profile, problems } = await load(zip);
      expect(problems).toEqual([]);
      expect(profile!.headline?.value).toBe('Engineer, "platform" team');
      expect(where(profile!.headline)).toBe('Profile.csv:2:16');
      // The doubled quote is one character of the value but two in the file.
      expect(where(profile!.headline, profile!.headline!.value.indexOf('team'))).toBe('Profile.csv:2:39');
      expect(profile!.skills.map((s) => [s.value, where(s)])).toEqual([
        ['TypeScript', 'Skills.csv:5:1'],
        ['Node.js', 'Skills.csv:6:2'],
      ]);
    });
  });

  it('reports a missing Profile.csv on that entry and still reads the rest', async () => {
    await inTemp(async (dir) => {
      const zip = await writeZip(path.join(dir, 'partial.zip'), { 'Positions.csv': linkedinComplete['Positions.csv'] });
      const { profile, problems } = await load(zip);
      expect(problems).toEqual([expect.objectContaining({ entry: 'Profile.csv', line: 1, column: 1, severity: 2, message: 'Profile.csv is missing from the export; the profile is read without it.' })]);
      expect(profile!.positions).toHaveLength(2);
    });
  });

  it('reports a malformed CSV with its line, not a crash', async () => {
    await inTemp(async (dir) => {
      const zip = await writeZip(path.join(dir, 'broken.zip'), {
        'Profile.csv': linkedinComplete['Profile.csv'],
        'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On\nContoso,Engineer,ok,,Jan 2020,\nFabrikam,"Lead,"unclosed,,,\n',
      });
      const { profile, problems } = await load(zip);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ entry: 'Positions.csv', line: 3, severity: 2 });
      expect(problems[0]!.message).toMatch(/^Malformed CSV: /);
      expect(profile!.headline?.value).toMatch(/^Data engineer/);
    });
  });

  it('a CSV without its header is an error on that entry', async () => {
    await inTemp(async (dir) => {
      const zip = await writeZip(path.join(dir, 'noheader.zip'), { 'Profile.csv': 'Priya,Raman\n' });
      const { problems } = await load(zip);
      expect(problems[0]).toMatchObject({ entry: 'Profile.csv', line: 1, column: 1 });
      expect(problems[0]!.message).toMatch(/No header row starting with "First Name"/);
    });
  });

  it('with history: shares and sent invites become posts, dated, filtered by since', async () => {
    const { posts } = await load(complete, { history: true });
    // The incoming invitation (Jon Park's) is not the person's own words and is left out.
    expect(posts.map((p) => [p.meta.kind, p.meta.date, p.meta.to, p.origin?.entry])).toEqual([
      ['post', '2026-02-03', undefined, 'Shares.csv'],
      ['post', '2025-06-20', undefined, 'Shares.csv'],
      ['post', '2024-08-30', undefined, 'Shares.csv'],
      ['invite', '2023-04-11', 'Tomás Ortega', 'Invitations.csv'],
      ['invite', '2025-01-15', 'Mei Chen', 'Invitations.csv'],
    ]);
    expect(where({ prose: posts[3]!.body })).toBe('Invitations.csv:2:46');
    const recent = await load(complete, { history: true, since: new Date('2025-01-01') });
    expect(recent.posts.map((p) => p.meta.date)).toEqual(['2026-02-03', '2025-06-20', '2025-01-15']);
    expect((await load(complete)).posts).toEqual([]);
  });
});
