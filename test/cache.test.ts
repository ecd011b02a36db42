import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, type LintOptions } from '../src/engine/lint.js';
import { withTempDir } from './helpers/cli.js';
import { runInProcess, testRulesDir } from './helpers/in-process.js';

const counter = globalThis as { socialintTestChecks?: number };

/** Lints the folder with the counting rule and says how many documents the rules really ran on. */
async function lintCounting(dir: string, extra: LintOptions = {}) {
  counter.socialintTestChecks = 0;
  const results = await lintFiles(['.'], { cwd: dir, rulesDirs: [testRulesDir('counting')], cache: true, ...extra });
  return { results, linted: counter.socialintTestChecks };
}

const setup = (dir: string) => {
  // Only the test rule: built-in rules come and go while this is written, and are not what is tested.
  writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify({ extends: [], platform: 'linkedin', rules: { 'test-secret': 'error' } }));
  writeFileSync(path.join(dir, 'a.md'), 'Call me, code SECRET-1234.\n');
  writeFileSync(path.join(dir, 'b.md'), 'A calm post about gardening.\n');
};

describe('--cache', () => {
  it('lints every file once, then only files whose content changed', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      const first = await lintCounting(dir);
      expect(first.linted).toBe(2);
      expect(existsSync(path.join(dir, '.socialintcache'))).toBe(true);

      const second = await lintCounting(dir);
      expect(second.linted).toBe(0);
      expect(second.results).toEqual(first.results);
      expect(second.results[0]).toMatchObject({ errorCount: 1, messages: [{ ruleId: 'test-secret', line: 1, column: 15 }] });

      writeFileSync(path.join(dir, 'b.md'), 'A calm post about SECRET-99 gardening.\n');
      const third = await lintCounting(dir);
      expect(third.linted).toBe(1);
      expect(third.results[1]!.errorCount).toBe(1);
    });
  });

  it('goes by content, not file times: touched files hit, same-size edits with old times miss', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await lintCounting(dir);
      const a = path.join(dir, 'a.md');
      utimesSync(a, new Date(), new Date(Date.now() + 60_000));
      expect((await lintCounting(dir)).linted).toBe(0);

      const { atime, mtime, size } = statSync(a);
      writeFileSync(a, 'Call me, code SECRET-9999.\n');
      utimesSync(a, atime, mtime);
      expect(statSync(a).size).toBe(size);
      expect((await lintCounting(dir)).linted).toBe(1);
    });
  });

  it('re-lints everything when the config or the command line changes', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await lintCounting(dir);
      writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify({ extends: [], platform: 'x', rules: { 'test-secret': 'error' } }));
      expect((await lintCounting(dir)).linted).toBe(2);
      expect((await lintCounting(dir)).linted).toBe(0);
      expect((await lintCounting(dir, { rules: { 'test-secret': 'warn' } })).linted).toBe(2);
      expect((await lintCounting(dir, { platform: 'mastodon' })).linted).toBe(2);
    });
  });

  it('ignores a corrupt cache file and writes a good one', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      const cacheFile = path.join(dir, '.socialintcache');
      for (const junk of ['{"format": 1, "run": ', '[]', '{"format":1,"run":"x","files":{"a.md":{"hash":1}}}', '\u0000\u0001']) {
        writeFileSync(cacheFile, junk);
        const run = await lintCounting(dir);
        expect(run.linted).toBe(2);
        expect(run.results[0]!.errorCount).toBe(1);
        expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toMatchObject({ format: 2, files: { 'a.md': { hash: expect.any(String) } } });
      }
    });
  });

  it('serves no stale findings from a cache whose entries were tampered with', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await lintCounting(dir);
      const cacheFile = path.join(dir, '.socialintcache');
      const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
      data.files['a.md'].messages = [{ nonsense: true }];
      writeFileSync(cacheFile, JSON.stringify(data));
      const run = await lintCounting(dir);
      expect(run.linted).toBe(2);
      expect(run.results[0]!.messages[0]!.ruleId).toBe('test-secret');
    });
  });

  it('applies the directives of a cached file again', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      writeFileSync(path.join(dir, 'a.md'), 'Code SECRET-1 here.\n\n<!-- socialint-disable-next-line test-secret -- a fake code for the demo -->\nCode SECRET-2 here.\n');
      const first = await lintCounting(dir, { reportUnusedDisableDirectives: 'warn' });
      const second = await lintCounting(dir, { reportUnusedDisableDirectives: 'warn' });
      expect(second.linted).toBe(0);
      expect(second.results).toEqual(first.results);
      expect(second.results[0]!.messages.map((m) => m.line)).toEqual([1]);
    });
  });

  it('keeps cross-document findings right: they are worked out again from every file', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify({ extends: [], platform: 'linkedin', rules: { 'test-secret': 'error', 'test-same-text': 'warn' } }));
      writeFileSync(path.join(dir, 'b.md'), 'Call me, code SECRET-1234.\n');
      const rulesOf = (results: { messages: { ruleId: string | null }[] }[]) => results.map((r) => r.messages.map((m) => m.ruleId));
      const first = await lintCounting(dir);
      expect(rulesOf(first.results)).toEqual([['test-same-text', 'test-secret'], ['test-same-text', 'test-secret']]);
      const second = await lintCounting(dir);
      expect(second.linted).toBe(0);
      expect(second.results).toEqual(first.results);

      writeFileSync(path.join(dir, 'b.md'), 'Something else entirely.\n');
      const third = await lintCounting(dir);
      expect(third.linted).toBe(1);
      expect(rulesOf(third.results)).toEqual([['test-secret'], []]);
    });
  });

  it('--cache-location takes a file or a folder', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      mkdirSync(path.join(dir, 'tmp'));
      await lintCounting(dir, { cacheLocation: 'tmp' });
      expect(existsSync(path.join(dir, 'tmp/.socialintcache'))).toBe(true);
      await lintCounting(dir, { cacheLocation: 'build/lint-cache.json' });
      expect(existsSync(path.join(dir, 'build/lint-cache.json'))).toBe(true);
      expect((await lintCounting(dir, { cacheLocation: 'build/lint-cache.json' })).linted).toBe(0);
    });
  });

  it('is not used when fixing', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await lintCounting(dir);
      expect((await lintCounting(dir, { fix: true })).linted).toBe(2);
    });
  });

  it('from the command line: same report from the cache, no file times in it', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      const args = ['--cache', '--rulesdir', testRulesDir('counting'), '-f', 'compact'];
      const first = await runInProcess(args, dir);
      const second = await runInProcess(args, dir);
      expect(first.code).toBe(1);
      expect(second).toEqual(first);
      const cache = readFileSync(path.join(dir, '.socialintcache'), 'utf8');
      expect(cache).not.toMatch(/mtime|size/);
      expect(Object.keys(JSON.parse(cache).files).sort()).toEqual(['a.md', 'b.md']);
    });
  });
});
