import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureCorpus } from '../bench/generate.mjs';
import { parseShard, shardOf } from '../src/engine/shard.js';
import { threadCount } from '../src/engine/parallel.js';
import type { LintResult } from '../src/types.js';
import { repoRoot, runCli, withTempDir } from './helpers/cli.js';

// Worker threads and shards must not change what a run reports: same findings, same order, and the
// shards of a run together are the run. Cross-document rules are on, so they must see every draft.
const CONFIG = { rules: { 'duplicate-invite': 'warn', 'posting-cadence': 'warn' } };

function lint(dir: string, extra: string[]): { code: number; results: LintResult[] } {
  const run = runCli(['-f', 'json', ...extra, '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  return { code: run.code, results: JSON.parse(run.stdout) as LintResult[] };
}

const byPath = (results: LintResult[]) => [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));

describe('--concurrency and --shard', () => {
  it('keeps every file\'s text with keepTexts (interactive fixing), even where threads are asked for', async () => {
    // The built engine: from TypeScript sources no worker can start, and this is about workers.
    const { lintFiles, lintedTextOf } = (await import(pathToFileURL(path.join(repoRoot, 'dist/src/engine/lint.js')).href)) as typeof import('../src/engine/lint.js');
    const results = await lintFiles(['fixtures/drafts'], { cwd: repoRoot, noConfigLookup: true, keepTexts: true, concurrency: 2 });
    const readable = results.filter((result) => result.fatalErrorCount === 0);
    expect(readable.length).toBeGreaterThan(10);
    expect(readable.filter((result) => !lintedTextOf(result)).map((result) => result.filePath)).toEqual([]);
  });

  it('worker threads report exactly what one thread does, in the same order', async () => {
    await withTempDir((dir) => {
      ensureCorpus(240, dir);
      // Profile exports too: their documents cannot travel between threads and are read again.
      cpSync(path.join(repoRoot, 'fixtures/exports/complete'), path.join(dir, 'exports'), { recursive: true });
      writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify(CONFIG));
      const serial = lint(dir, ['--concurrency', 'off', '--history']);
      const parallel = lint(dir, ['--concurrency', '2', '--history']);
      expect(serial.results.length).toBeGreaterThan(240);
      expect(serial.results.some((r) => r.filePath.endsWith('.zip') && r.messages.length > 0)).toBe(true);
      const ruleIds = new Set(serial.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
      expect(ruleIds, 'cross-document rules found something').toContain('duplicate-invite');
      expect(ruleIds).toContain('posting-cadence');
      expect(parallel.results).toEqual(serial.results);
      expect(parallel.code).toBe(serial.code);
    });
  });

  it("plugins' cross-document rules, with and without collect, report the same on worker threads", async () => {
    await withTempDir((dir) => {
      ensureCorpus(120, dir);
      cpSync(path.join(repoRoot, 'fixtures/exports/complete'), path.join(dir, 'exports'), { recursive: true });
      const opening = 'We moved the whole newsletter archive to a static site this weekend.';
      writeFileSync(path.join(dir, 'one.md'), `---\nplatform: linkedin\n---\n\n${opening}\n\nFirst version.\n`);
      writeFileSync(path.join(dir, 'two.md'), `---\nplatform: x\n---\n\n${opening}\n\nSecond version, shorter.\n`);
      const rules = ['-c', path.join(repoRoot, 'test/fixtures-rules/no-rules.json'), '--rulesdir', path.join(repoRoot, 'test/fixtures-rules/cross')];
      const on = ['--rule', 'test-same-opening:warn', '--rule', 'test-first-of-kind:warn', '--history'];
      const serial = lint(dir, [...rules, ...on, '--concurrency', 'off']);
      const parallel = lint(dir, [...rules, ...on, '--concurrency', '2']);
      const found = serial.results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(found).toContain('one.md:5:1 test-same-opening 2 drafts open with this line.');
      expect(found).toContain('two.md:5:1 test-same-opening 2 drafts open with this line.');
      expect(found.filter((f) => f.includes('test-first-of-kind First post of'))).toHaveLength(1);
      expect(found.filter((f) => f.includes('test-first-of-kind First profile of'))).toHaveLength(1);
      expect(parallel.results).toEqual(serial.results);
    });
  });

  it('records big enough to fill several chunks come back whole and in order, on workers and in shards', async () => {
    await withTempDir((dir) => {
      ensureCorpus(160, dir);
      const rules = ['-c', path.join(repoRoot, 'test/fixtures-rules/no-rules.json'), '--rulesdir', path.join(repoRoot, 'test/fixtures-rules/big-records'), '--rule', 'test-big-record:warn'];
      const serial = lint(dir, [...rules, '--concurrency', 'off']);
      const messages = serial.results.flatMap((r) => r.messages.map((m) => m.message));
      expect(messages.length).toBeGreaterThan(100);
      expect(messages.filter((m) => m.startsWith('after nothing'))).toHaveLength(1);
      expect(messages.some((m) => m.includes('damaged'))).toBe(false);
      expect(lint(dir, [...rules, '--concurrency', '2']).results).toEqual(serial.results);
      const shards = [1, 2, 3].flatMap((i) => lint(dir, [...rules, '--concurrency', '2', '--shard', `${i}/3`]).results);
      expect(byPath(shards)).toEqual(byPath(serial.results));
    });
  });

  it('a record collect cannot hand over fails the run with the same line on one thread and on workers', async () => {
    await withTempDir((dir) => {
      ensureCorpus(40, dir);
      const rules = ['-c', path.join(repoRoot, 'test/fixtures-rules/no-rules.json'), '--rulesdir', path.join(repoRoot, 'test/fixtures-rules/unclonable'), '--rule', 'test-unclonable:warn'];
      const runs = ['off', '2'].map((threads) => runCli(['-f', 'json', ...rules, '--concurrency', threads, '.'], { cwd: dir }));
      for (const run of runs) {
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^socialint: internal error: rule "test-unclonable" failed on .+\.md: collect returned a value that cannot be serialised \(.+\)/);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
    });
  });

  it('a worker really lints, plugins included, from its first batches on', async () => {
    await withTempDir((dir) => {
      ensureCorpus(240, dir);
      const rules = ['-c', path.join(repoRoot, 'test/fixtures-rules/no-rules.json'), '--rulesdir', path.join(repoRoot, 'test/fixtures-rules/thread')];
      const { results } = lint(dir, [...rules, '--rule', 'test-which-thread:warn', '--concurrency', '2']);
      const where = results.flatMap((r) => r.messages.map((m) => m.message));
      expect(where).toHaveLength(240);
      // Its first two batches (32 drafts each) are handed over before it has even loaded.
      expect(where.filter((m) => m === 'Linted on a worker thread.').length).toBeGreaterThanOrEqual(64);
      expect(where).toContain('Linted on the main thread.');
    });
  });

  it('the shards of a run are disjoint and together are the full run, cross-document findings included', async () => {
    await withTempDir((dir) => {
      ensureCorpus(120, dir);
      writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify(CONFIG));
      const full = lint(dir, ['--concurrency', 'off']).results;
      const shards = [1, 2, 3].map((i) => lint(dir, ['--shard', `${i}/3`]).results);
      const files = shards.flatMap((s) => s.map((r) => r.filePath));
      expect(new Set(files).size, 'no file in two shards').toBe(files.length);
      for (const shard of shards) expect(shard.length, 'every shard has work').toBeGreaterThan(10);
      expect(byPath(shards.flat())).toEqual(byPath(full));
    });
  });

  it('a file keeps its shard wherever the repository is checked out', () => {
    const a = shardOf('/ci/job-1/repo/drafts/2026/launch.md', '/ci/job-1/repo', 4);
    const b = shardOf('/home/me/repo/drafts/2026/launch.md', '/home/me/repo', 4);
    expect(a).toBe(b);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThanOrEqual(4);
  });

  it('reads i/n and refuses shards that do not exist', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/2']) expect(parseShard(bad), bad).toBeUndefined();
    const run = runCli(['--shard', '5/4', 'fixtures/drafts/good']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')[0]).toMatch(/--shard <i\/n>.*expected <i>\/<n>/);
  });

  it('auto stays on the main thread for a handful of files; bad values are usage errors', () => {
    expect(threadCount('auto', 10)).toBe(0);
    expect(threadCount('off', 100_000)).toBe(0);
    expect(threadCount(undefined, 100_000)).toBe(0);
    expect(threadCount(3, 2)).toBe(2);
    expect(threadCount(1, 1000)).toBe(0);
    expect(threadCount('auto', 1000, 8)).toBe(0);
    expect(threadCount('auto', 10_000, 2)).toBe(2);
    expect(threadCount('auto', 10_000, 8)).toBe(4);
    expect(threadCount('auto', 7_500, 8)).toBe(3);
    const run = runCli(['--concurrency', '0', 'fixtures/drafts/good']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency <n\|auto\|off>.*expected a number of threads, auto or off/);
  });
});
