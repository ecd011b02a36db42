import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedinComplete, xComplete } from '../fixtures/exports/make-fixtures.mjs';
import { runCli, withTempDir, type CliRun } from './helpers/cli.js';
import { writeFolder, writeZip } from './helpers/profile-archives.js';
import type { LintResult } from '../src/types.js';

// Bad input, end to end through the built CLI: each case puts one hostile file next to an ordinary
// draft and checks that the hostile file gets one clear line (or lints normally), the draft is
// still linted, the exit code follows the contract and nothing prints a stack trace.

const GOOD = `---
platform: linkedin
---

After eight months of work, our team shipped the new accessibility checker today.
`;

interface Outcome {
  run: CliRun;
  results: LintResult[];
  of(name: string): LintResult | undefined;
}

function lintFolder(dir: string, extra: string[] = []): Outcome {
  const run = runCli(['--no-config-lookup', '-f', 'json', ...extra, '.'], { cwd: dir });
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at\s/m);
  expect(run.stderr).not.toMatch(/internal error/);
  const results = JSON.parse(run.stdout) as LintResult[];
  return { run, results, of: (name) => results.find((r) => path.relative(dir, r.filePath) === name) };
}

/** The file got exactly one fatal message, on one line, matching `reason`. */
function expectOneLineError(result: LintResult | undefined, reason: RegExp): void {
  expect(result, 'the file is in the report').toBeDefined();
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal, JSON.stringify(result!.messages)).toHaveLength(1);
  expect(fatal[0]!.message).toMatch(reason);
  expect(fatal[0]!.message).not.toContain('\n');
}

function expectGoodLinted(outcome: Outcome): void {
  const good = outcome.of('good.md');
  expect(good, 'the ordinary draft is still linted').toBeDefined();
  expect(good!.messages.filter((m) => m.fatal)).toEqual([]);
}

describe('robustness: drafts', () => {
  it('a binary file named .md is one error; the run goes on', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      writeFileSync(path.join(dir, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      const outcome = lintFolder(dir);
      expectOneLineError(outcome.of('photo.md'), /^Binary file/);
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('invalid UTF-8 names where the first bad byte is', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      writeFileSync(path.join(dir, 'latin1.md'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
      const outcome = lintFolder(dir);
      expectOneLineError(outcome.of('latin1.md'), /^File is not valid UTF-8 \(first bad byte at 1:4\)/);
      expect(outcome.of('latin1.md')!.messages[0]).toMatchObject({ line: 1, column: 4 });
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('a 50 MB draft is refused by size without being read', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      const line = 'All work and no play makes a very long draft indeed. #words\n';
      writeFileSync(path.join(dir, 'huge.md'), line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
      expect(statSync(path.join(dir, 'huge.md')).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
      const started = Date.now();
      const outcome = lintFolder(dir);
      expectOneLineError(outcome.of('huge.md'), /^File is 50 MiB; files over 1 MiB are not linted \(raise --max-file-size\)\.$/);
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
      expect(Date.now() - started, 'refused before parsing').toBeLessThan(20_000);
    });
  });

  it('20,000 nested block quotes are refused quickly instead of overflowing the parser', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      writeFileSync(path.join(dir, 'quotes.md'), `${'> '.repeat(20_000)}deep\n`);
      writeFileSync(path.join(dir, 'brackets.md'), `${'>'.repeat(20_000)} deep\n`);
      const outcome = lintFolder(dir);
      expectOneLineError(outcome.of('quotes.md'), /^Block quotes or lists nested more than 100 deep; not linted\.$/);
      expectOneLineError(outcome.of('brackets.md'), /^Block quotes or lists nested more than 100 deep/);
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('quotes nested a few levels, as people write them, lint normally', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), `${GOOD}\n> > > She said: "ship it".\n`);
      const outcome = lintFolder(dir);
      expectGoodLinted(outcome);
    });
  });

  it('broken YAML front matter is an error at its line; the other drafts are linted', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      writeFileSync(path.join(dir, 'yaml.md'), '---\nplatform: [linkedin\nkind: post\n---\n\nHello\n');
      const outcome = lintFolder(dir);
      expectOneLineError(outcome.of('yaml.md'), /^Front matter is not valid YAML/);
      expect(outcome.of('yaml.md')!.messages[0]!.line).toBeGreaterThanOrEqual(2);
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('an empty file and a file with only front matter lint normally', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      writeFileSync(path.join(dir, 'empty.md'), '');
      writeFileSync(path.join(dir, 'front-matter-only.md'), '---\nplatform: x\nkind: post\n---\n');
      const outcome = lintFolder(dir);
      for (const name of ['empty.md', 'front-matter-only.md']) {
        expect(outcome.of(name), name).toBeDefined();
        expect(outcome.of(name)!.messages.filter((m) => m.fatal), name).toEqual([]);
      }
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(0);
    });
  });

  it('CRLF line ends with a byte order mark: front matter is read and positions are right', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      writeFileSync(path.join(dir, 'windows.md'), '\uFEFF---\r\nplatform: x\r\n---\r\n\r\nGreat talk today! #a #b #c #d #e\r\n');
      const outcome = lintFolder(dir);
      const messages = outcome.of('windows.md')!.messages;
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      // X advice is two hashtags: the third, `#c`, is where the finding starts (line 5, column 25).
      expect(messages.find((m) => m.ruleId === 'hashtag-count')).toMatchObject({ line: 5, column: 25 });
      expectGoodLinted(outcome);
    });
  });

  it('a symbolic link loop in a linted folder neither hangs nor fails the run', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      mkdirSync(path.join(dir, 'drafts'));
      symlinkSync('..', path.join(dir, 'drafts', 'up'));
      symlinkSync('self.md', path.join(dir, 'drafts', 'self.md'));
      const outcome = lintFolder(dir);
      expectGoodLinted(outcome);
      // Links are not followed, so the loop is not walked and the good draft is reported once.
      expect(outcome.results.filter((r) => r.filePath.endsWith('good.md'))).toHaveLength(1);
      const self = outcome.of('drafts/self.md');
      if (self) expectOneLineError(self, /symbolic link loop/);
      expect(outcome.run.code).toBe(self ? 1 : 0);
    });
  });

  it('a file deleted between discovery and reading is one error; the run goes on', async () => {
    await withTempDir((dir) => {
      // A test-only rule deletes b.md while a.md is linted: after discovery, before b.md is read.
      const rules = path.join(dir, 'rules');
      mkdirSync(rules);
      writeFileSync(
        path.join(rules, 'delete-next.mjs'),
        `import { rmSync } from 'node:fs';
export default {
  id: 'delete-next',
  meta: { description: 'test only', docs: 'none', fixable: false, hasSuggestions: false, defaultSeverity: 'warn', appliesTo: ['post'], schema: { type: 'object' } },
  check() { rmSync(process.env.SOCIALINT_TEST_DELETE, { force: true }); },
};
`,
      );
      const drafts = path.join(dir, 'drafts');
      mkdirSync(drafts);
      writeFileSync(path.join(drafts, 'a.md'), GOOD);
      writeFileSync(path.join(drafts, 'b.md'), GOOD);
      writeFileSync(path.join(drafts, 'good.md'), GOOD);
      const run = runCli(['--no-config-lookup', '--rulesdir', rules, '--rule', 'delete-next:warn', '--concurrency', 'off', '-f', 'json', 'drafts'], {
        cwd: dir,
        env: { SOCIALINT_TEST_DELETE: path.join(drafts, 'b.md') },
      });
      expect(run.stderr).not.toMatch(/^\s+at\s/m);
      const results = JSON.parse(run.stdout) as LintResult[];
      const of = (name: string) => results.find((r) => path.basename(r.filePath) === name);
      expectOneLineError(of('b.md'), /^Cannot read file: no such file \(was it deleted\?\)\.$/);
      expect(of('good.md')!.messages.filter((m) => m.fatal)).toEqual([]);
      expect(run.code).toBe(1);
    });
  });
});

describe('robustness: profile exports', () => {
  it('a ZIP bomb in a LinkedIn export is refused on its entry; the rest of the export and the run go on', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      await writeZip(path.join(dir, 'Basic_LinkedInDataExport_03-14-2026.zip'), { ...linkedinComplete, 'Profile.csv': Buffer.alloc(8 * 1024 * 1024, 0x20) });
      const outcome = lintFolder(dir);
      const zip = outcome.of('Basic_LinkedInDataExport_03-14-2026.zip')!;
      const bomb = zip.messages.filter((m) => /ZIP bomb/.test(m.message));
      expect(bomb, JSON.stringify(zip.messages)).toHaveLength(1);
      expect(bomb[0]).toMatchObject({ severity: 2, entry: 'Profile.csv' });
      expect(bomb[0]!.message).not.toContain('\n');
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('a malformed CSV is an error on that entry with its line', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      const broken = 'Company Name,Title,Description,Location,Started On,Finished On\nNorthwind,"Data Engineer,Built things,Leeds,Mar 2022,\n';
      await writeZip(path.join(dir, 'Basic_LinkedInDataExport_03-14-2026.zip'), { ...linkedinComplete, 'Positions.csv': broken });
      const outcome = lintFolder(dir);
      const zip = outcome.of('Basic_LinkedInDataExport_03-14-2026.zip')!;
      const csv = zip.messages.filter((m) => m.entry === 'Positions.csv' && m.ruleId === null);
      expect(csv, JSON.stringify(zip.messages)).toHaveLength(1);
      expect(csv[0]!.severity).toBe(2);
      expect(csv[0]!.message).not.toContain('\n');
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('a truncated X archive (ZIP cut short) is one error for that file', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      const zip = path.join(dir, 'twitter-2026-03-14-ana_builds.zip');
      await writeZip(zip, xComplete);
      const bytes = readFileSync(zip);
      writeFileSync(zip, bytes.subarray(0, Math.floor(bytes.length / 2)));
      const outcome = lintFolder(dir);
      expectOneLineError(outcome.of('twitter-2026-03-14-ana_builds.zip'), /./);
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });

  it('a truncated file inside an unpacked X archive is an error on that file', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'good.md'), GOOD);
      const archive = path.join(dir, 'twitter-2026-03-14-ana_builds');
      const profile = xComplete['data/profile.js'] as string;
      writeFolder(archive, { ...xComplete, 'data/profile.js': profile.slice(0, Math.floor(profile.length / 2)) });
      const outcome = lintFolder(dir);
      const export_ = outcome.results.find((r) => r.filePath.includes('twitter-2026-03-14-ana_builds'));
      expect(export_, outcome.run.stdout).toBeDefined();
      const errors = export_!.messages.filter((m) => m.ruleId === null && m.severity === 2);
      expect(errors.length, JSON.stringify(export_!.messages)).toBeGreaterThanOrEqual(1);
      for (const error of errors) expect(error.message).not.toContain('\n');
      expect(errors.some((m) => m.entry === 'data/profile.js' || /profile\.js/.test(m.message))).toBe(true);
      expectGoodLinted(outcome);
      expect(outcome.run.code).toBe(1);
    });
  });
});
