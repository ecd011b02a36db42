import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeFixedFile, writeFixes } from '../src/cli/fix-write.js';
import { applyFixes } from '../src/engine/apply-fixes.js';
import { lintFiles } from '../src/engine/lint.js';
import type { LintMessage } from '../src/types.js';
import { withTempDir } from './helpers/cli.js';
import { memoryIO, onlyTestRules, runInProcess, testRulesDir } from './helpers/in-process.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const fixable = onlyTestRules('fixable', ['test-shout', 'test-bang', 'test-slash-break', 'test-utilize']);
const crlfDraft = '---\r\nplatform: linkedin\r\n---\r\n\r\nWe SHIP today!! // Thanks to everyone who helped.\r\n\r\nMore NEWS soon.\r\n';
const crlfFixed = '---\r\nplatform: linkedin\r\n---\r\n\r\nWe ship today!\r\nThanks to everyone who helped.\r\n\r\nMore news soon.\r\n';

const message = (range: [number, number], text: string): LintMessage => ({ ruleId: 'r', severity: 1, message: 'm', line: 1, column: 1, fix: { range, text } });
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('--fix', () => {
  it('keeps a CRLF file with a BOM byte for byte, line breaks in fixes included, and its mode', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'launch.md');
      writeFileSync(file, Buffer.concat([BOM, Buffer.from(crlfDraft)]));
      chmodSync(file, 0o640);
      const run = await runInProcess(['launch.md', '--fix', ...fixable], dir);
      expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(file).equals(Buffer.concat([BOM, Buffer.from(crlfFixed)]))).toBe(true);
      expect(statSync(file).mode & 0o777).toBe(0o640);
      expect(leftovers(dir)).toEqual([]);
    });
  });

  it('leaves a file without a BOM without one', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'Big NEWS!!\n');
      await runInProcess(['a.md', '--fix', ...fixable], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('Big news!\n');
    });
  });

  it('reports columns of a BOM file as an editor shows them (the BOM is not a character)', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), Buffer.concat([BOM, Buffer.from(crlfDraft)]));
      const run = await runInProcess(['a.md', '-f', 'json', ...fixable], dir);
      const messages = JSON.parse(run.stdout)[0].messages as LintMessage[];
      expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([
        ['test-shout', 5, 4, 8],
        ['test-bang', 5, 14, 16],
        ['test-slash-break', 5, 16, 20],
        ['test-shout', 7, 6, 10],
      ]);
    });
  });

  it('is idempotent: a second --fix finds nothing to fix and leaves the bytes alone', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, Buffer.concat([BOM, Buffer.from(crlfDraft)]));
      await runInProcess(['a.md', '--fix', ...fixable], dir);
      const once = readFileSync(file);
      const again = await runInProcess(['a.md', '--fix', '-f', 'json', ...fixable], dir);
      expect(readFileSync(file).equals(once)).toBe(true);
      expect(JSON.parse(again.stdout)[0]).toMatchObject({ messages: [], fixableWarningCount: 0 });
    });
  });

  it('--fix-type applies only fixes of rules in that category', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We SHIP today!! // Thanks.\n');
      const run = await runInProcess(['a.md', '--fix', '--fix-type', 'layout', ...fixable], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We SHIP today!\nThanks.\n');
      expect(run.stdout).toContain('"SHIP" reads as shouting.');
      expect(run.stdout).not.toContain('exclamation');
    });
  });

  it('stops a circular fix and says so instead of looping', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'ping\n');
      const run = await runInProcess(['a.md', '--fix', ...onlyTestRules('circular', ['test-ping-pong'])], dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Fixes of test-ping-pong undo one another (circular fix); stopped fixing this file.');
    });
  });

  it('makes at most 10 passes', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'Release v0 is out.\n');
      const run = await runInProcess(['a.md', '--fix', ...onlyTestRules('endless', ['test-increment'])], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('Release v10 is out.\n');
      expect(run.stdout).toContain('Fixes were still changing this file after 10 passes; run --fix again to go on.');
    });
  });

  it('never applies suggestions', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We utilize it.\n');
      const run = await runInProcess(['a.md', '--fix', ...fixable], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We utilize it.\n');
      expect(run.stdout).toContain('"utilize" says no more than "use".');
    });
  });
});

describe('overlapping fixes', () => {
  it('applies the first and defers the overlapping one to the next pass', () => {
    const out = applyFixes('abcdef', [message([1, 4], 'X'), message([2, 5], 'Y'), message([5, 6], 'Z')]);
    expect(out).toEqual({ text: 'aXeZ', applied: 2, deferred: 1 });
  });

  it('keeps two insertions at the same place apart', () => {
    expect(applyFixes('ab', [message([1, 1], 'X'), message([1, 1], 'Y')])).toMatchObject({ text: 'aXb', deferred: 1 });
  });

  it('writes line breaks in the text\'s own line ending', () => {
    expect(applyFixes('a b\r\nc', [message([1, 2], '\n')]).text).toBe('a\r\nb\r\nc');
    expect(applyFixes('a b\nc', [message([1, 2], '\n')]).text).toBe('a\nb\nc');
  });
});

describe('changed on disk', () => {
  it('refuses to write over a file that changed since it was read, and keeps the edit', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, 'Big NEWS!!\n');
      const results = await lintFiles([file], { cwd: dir, configFile: testRulesDir('no-rules.json'), rulesDirs: [testRulesDir('fixable')], rules: { 'test-shout': 'warn', 'test-bang': 'warn' }, fix: true });
      expect(results[0]!.output).toBe('Big news!\n');
      writeFileSync(file, 'Big NEWS!! Edited meanwhile.\n');
      const io = memoryIO(dir);
      expect(await writeFixes(results, io)).toBe(0);
      await new Promise((resolve) => setImmediate(resolve));
      expect(io.err()).toBe('socialint: warning: a.md: fixes not written: it changed on disk while socialint was fixing it.\n');
      expect(readFileSync(file, 'utf8')).toBe('Big NEWS!! Edited meanwhile.\n');
      expect(results[0]!.messages[0]).toMatchObject({ ruleId: null, severity: 1, message: expect.stringContaining('changed on disk') });
      expect(results[0]!.warningCount).toBe(results[0]!.messages.length);
      expect(leftovers(dir)).toEqual([]);
    });
  });

  it('checks again just before the rename', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, 'one\n');
      await expect(writeFixedFile(file, 'other\n', 'two\n')).rejects.toBeInstanceOf(ChangedOnDiskError);
      await writeFixedFile(file, 'one\n', 'two\n');
      expect(readFileSync(file, 'utf8')).toBe('two\n');
    });
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const file = path.join(dir, 'a.md');
      writeFileSync(file, 'Intro line.\n\nBig NEWS!!\n');
      const before = statSync(file).mtimeMs;
      const run = await runInProcess(['a.md', '--fix-dry-run', ...fixable], dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n Intro line.\n \n-Big NEWS!!\n+Big news!\n');
      expect(readFileSync(file, 'utf8')).toBe('Intro line.\n\nBig NEWS!!\n');
      expect(statSync(file).mtimeMs).toBe(before);
    });
  });

  it('works on standard input', async () => {
    await withTempDir(async (dir) => {
      const run = await runInProcess(['--stdin', '--stdin-filename', 'post.md', '--fix-dry-run', ...fixable], dir, 'So GOOD!!\n');
      expect(run.stdout).toBe('--- a/post.md\n+++ b/post.md\n@@ -1,1 +1,1 @@\n-So GOOD!!\n+So good!\n');
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  it('shows --apply-suggestions too, and --fix with it is refused', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We utilize it.\n');
      const run = await runInProcess(['a.md', '--fix-dry-run', '--apply-suggestions', 'test-utilize', ...fixable], dir);
      expect(run.stdout).toContain('-We utilize it.\n+We use it.\n');
      const both = await runInProcess(['a.md', '--fix', '--fix-dry-run', ...fixable], dir);
      expect(both).toMatchObject({ code: 2, stderr: 'socialint: --fix writes the fixes and --fix-dry-run only shows them; choose one.\n' });
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We utilize it.\n');
    });
  });
});
