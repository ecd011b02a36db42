import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/types.js';
import { withTempDir } from '../helpers/cli.js';

/** Writes the drafts, lints the folder with the recommended config (or the given one), keeps one rule's findings. */
async function lintDrafts(files: Record<string, string>, ruleId: string, config?: object): Promise<Record<string, { line: number; column: number; message: string }[]>> {
  return withTempDir(async (dir) => {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    if (config) writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify(config));
    const results = await lintFiles(['.'], { cwd: dir, noConfigLookup: !config });
    const out: Record<string, { line: number; column: number; message: string }[]> = {};
    for (const result of results as LintResult[]) {
      const fatal = result.messages.filter((m) => m.fatal || m.ruleId === null);
      if (fatal.length) throw new Error(fatal.map((m) => m.message).join('; '));
      const mine = result.messages.filter((m) => m.ruleId === ruleId).map(({ line, column, message }) => ({ line, column, message }));
      if (mine.length) out[path.basename(result.filePath)] = mine;
    }
    return out;
  });
}

const invite = (to: string, body: string, extra = '') => `---\nplatform: linkedin\nkind: invite\nto: ${to}\n${extra}---\n\n${body}\n`;
const post = (body: string, front = 'platform: linkedin\n') => `---\n${front}---\n\n${body}\n`;

const TEMPLATE = (name: string) => `Hi ${name}, I saw your talk at the DevOps meetup and would love to connect and swap notes on platform teams.`;

describe('duplicate-invite', () => {
  it('reports the same note sent to two people, with the recipient names normalised out, on both files', async () => {
    const found = await lintDrafts({ 'ana.md': invite('Ana Costa', TEMPLATE('Ana')), 'ben.md': invite('Ben Okafor', TEMPLATE('Ben')) }, 'duplicate-invite');
    expect(found).toEqual({
      'ana.md': [{ line: 7, column: 1, message: 'Nearly the same note as the one to Ben Okafor (ben.md): the same text sent to several people reads as generic. Write each one for its reader.' }],
      'ben.md': [{ line: 7, column: 1, message: 'Nearly the same note as the one to Ana Costa (ana.md): the same text sent to several people reads as generic. Write each one for its reader.' }],
    });
  });

  it('catches near-duplicates: punctuation, curly quotes and a changed word', async () => {
    const found = await lintDrafts(
      {
        'a.md': invite('Ana', "Hi Ana! I'm building a community for platform engineers in Leeds and I'd love you to join us."),
        'b.md': invite('Ben', 'Hello Ben, I’m building a community for platform engineers in Leeds and I’d really love you to join us'),
        'c.md': invite('Cleo', 'Hi Cleo — I’m building a community for platform engineers in Leeds, and I’d love you to join us!'),
      },
      'duplicate-invite',
    );
    expect(Object.keys(found).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    expect(found['a.md']![0]!.message).toMatch(/^Nearly the same note as the ones to Ben \(b\.md\), Cleo \(c\.md\)/);
  });

  it('stays quiet on notes written for each reader, on redrafts for one person and on short notes', async () => {
    const found = await lintDrafts(
      {
        'a.md': invite('Ana', 'Hi Ana, I enjoyed your talk on accessible forms at FrontEnd North; the error summary pattern fixed our checkout.'),
        'b.md': invite('Ben', 'Hi Ben, we were both at Monzo in 2019 and I just read your post on incident reviews. Would be great to reconnect.'),
        'c.md': invite('Ana', 'Hi Ana, I enjoyed your talk on accessible forms at FrontEnd North; the error summary pattern fixed our checkout!'),
        'd.md': invite('Dee', 'Thanks for the chat!'),
        'e.md': invite('Eve', 'Thanks for the chat!'),
        'post.md': post(TEMPLATE('Ana')),
        'post2.md': post(TEMPLATE('Ben')),
      },
      'duplicate-invite',
    );
    expect(found).toEqual({});
  });

  it('respects inline directives and per-file overrides', async () => {
    const files = {
      'ana.md': invite('Ana', `<!-- socialint-disable duplicate-invite -- a template on purpose -->\n\n${TEMPLATE('Ana')}`),
      'ben.md': invite('Ben', TEMPLATE('Ben')),
      'cleo.md': invite('Cleo', TEMPLATE('Cleo')),
    };
    expect(Object.keys(await lintDrafts(files, 'duplicate-invite')).sort()).toEqual(['ben.md', 'cleo.md']);
    const config = { overrides: [{ files: 'cleo.md', rules: { 'duplicate-invite': 'off' } }] };
    expect(Object.keys(await lintDrafts(files, 'duplicate-invite', config))).toEqual(['ben.md']);
    expect(await lintDrafts(files, 'duplicate-invite', { rules: { 'duplicate-invite': 'off' } })).toEqual({});
  });

  it('compares only the files that share the rule\'s options: an override with its own options is a group of its own', async () => {
    const files = { 'ana.md': invite('Ana', TEMPLATE('Ana')), 'ben.md': invite('Ben', TEMPLATE('Ben')), 'cleo.md': invite('Cleo', TEMPLATE('Cleo')) };
    const config = { overrides: [{ files: 'cleo.md', rules: { 'duplicate-invite': ['warn', { minWords: 3 }] } }] };
    const found = await lintDrafts(files, 'duplicate-invite', config);
    expect(Object.keys(found).sort()).toEqual(['ana.md', 'ben.md']);
    expect(found['ana.md']![0]!.message).toMatch(/^Nearly the same note as the one to Ben \(ben\.md\)/);
  });
});

describe('duplicate-post', () => {
  const text = 'We shipped the accessibility checker today. Every report now links to a plain-language explanation of the problem.';
  it('reports the same post twice on one platform, with the similarity', async () => {
    const found = await lintDrafts({ 'a.md': post(text), 'b.md': post(text.replace('today', 'this morning')) }, 'duplicate-post');
    expect(found['a.md']).toEqual([{ line: 5, column: 1, message: expect.stringMatching(/^Nearly the same post as b\.md \(\d+% alike\): the same text twice on LinkedIn reads as spam/) }]);
    expect(found['b.md']).toHaveLength(1);
  });

  it('allows cross-posting one text to different platforms, and different posts', async () => {
    const found = await lintDrafts(
      {
        'li.md': post(text),
        'masto.md': post(text, 'platform: mastodon\n'),
        'other.md': post('Three things I learned running a community meetup for two years, and one thing I would do differently next time.'),
      },
      'duplicate-post',
    );
    expect(found).toEqual({});
  });
});

describe('posting-cadence', () => {
  const dated = (date: string, platform = 'linkedin') => post(`A post from ${date} about something.`, `platform: ${platform}\ndate: ${date}\n`);
  const files = { 'a.md': dated('2026-01-01'), 'b.md': dated('2026-01-10'), 'c.md': dated('2026-02-20'), 'm.md': dated('2026-02-01', 'mastodon'), 'undated.md': post('No date.') };

  it('is off in the recommended config', async () => {
    expect(await lintDrafts(files, 'posting-cadence')).toEqual({});
  });

  it('reports gaps longer than the maximum per platform, at the date line', async () => {
    const found = await lintDrafts(files, 'posting-cadence', { rules: { 'posting-cadence': ['warn', { maxGapDays: 30 }] } });
    expect(found).toEqual({
      'c.md': [{ line: 3, column: 1, message: '41 days without a post on LinkedIn before this one (previous: 2026-01-10, b.md); your cadence allows at most 30.' }],
    });
  });
});
