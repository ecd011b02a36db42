import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, lintFilesEach, type LintOptions } from '../src/engine/lint.js';
import type { LintResult } from '../src/types.js';
import { repoRoot, withTempDir } from './helpers/cli.js';
import { canSeeOpenFiles, openUnder, useSystemTemp } from './helpers/system-temp.js';
import { testRulesDir } from './helpers/in-process.js';
import { ensureCorpus } from '../bench/generate.mjs';

// lintFilesEach must hand over exactly what lintFiles returns, in the same order, whether finished
// files wait for the cross-document rules as JSON in memory or in a temporary file.
const collect = async (patterns: string[], options: LintOptions, spillAbove?: number) => {
  const results: LintResult[] = [];
  await lintFilesEach(patterns, options, (result) => void results.push(result), { spillAbove });
  return results;
};

const fixtures = { cwd: repoRoot, noConfigLookup: true } satisfies LintOptions;
const noCross = { ...fixtures, rules: { 'duplicate-post': 'off', 'duplicate-invite': 'off', 'posting-cadence': 'off' } } satisfies LintOptions;

// Each test gets its own system temporary folder, so what a run leaves behind there can be seen.
const systemTemp = useSystemTemp('socialint-stream-test-');

describe('lintFilesEach', () => {
  it('gives the fixtures the results lintFiles gives, with finished files in memory or in a temporary file', async () => {
    const expected = await lintFiles(['fixtures/'], fixtures);
    expect(expected.some((r) => r.messages.some((m) => m.ruleId === 'duplicate-invite'))).toBe(true);
    expect(await collect(['fixtures/'], fixtures)).toEqual(expected);
    expect(await collect(['fixtures/'], fixtures, 0)).toEqual(expected);
    expect(readdirSync(systemTemp())).toEqual([]);
  });

  it('gives lintFiles\' results when kept records fill chunks that wait in the temporary file, whole run and shards', async () => {
    await withTempDir(async (dir) => {
      ensureCorpus(150, dir);
      const options: LintOptions = { cwd: dir, configFile: testRulesDir('no-rules.json'), rulesDirs: [testRulesDir('big-records')], rules: { 'test-big-record': 'warn' } };
      const expected = await lintFiles(['.'], options);
      const messages = expected.flatMap((r) => r.messages.map((m) => m.message));
      // ~12 KB a draft: well over the 1 MiB after which a chunk goes to the file.
      expect(messages.length).toBeGreaterThan(100);
      expect(messages.some((m) => m.includes('damaged'))).toBe(false);
      expect(await collect(['.'], options, 0)).toEqual(expected);
      const shards = [];
      for (const index of [1, 2, 3]) shards.push(...(await collect(['.'], { ...options, shard: { index, count: 3 } }, 0)));
      const byPath = (results: LintResult[]) => [...results].sort((a, b) => a.filePath.localeCompare(b.filePath));
      expect(byPath(shards)).toEqual(byPath(expected));
    });
    expect(readdirSync(systemTemp())).toEqual([]);
  });

  it('gives the same results without cross-document rules, where each result is final at once', async () => {
    const expected = await lintFiles(['fixtures/'], noCross);
    expect(expected.length).toBeGreaterThan(5);
    expect(await collect(['fixtures/'], noCross, 0)).toEqual(expected);
    expect(readdirSync(systemTemp())).toEqual([]);
  });

  it('without cross-document rules, hands the first result over before the last file is linted', async () => {
    // test-secret counts the documents it has checked in globalThis.socialintTestChecks; its folder's
    // cross-document rule is turned off with the built-in ones.
    const options: LintOptions = { ...noCross, rulesDirs: [testRulesDir('counting')], rules: { ...noCross.rules, 'test-same-text': 'off', 'test-secret': 'error' } };
    const counter = globalThis as { socialintTestChecks?: number };
    counter.socialintTestChecks = 0;
    let checkedAtFirst = -1;
    await lintFilesEach(['fixtures/drafts'], options, () => {
      if (checkedAtFirst < 0) checkedAtFirst = counter.socialintTestChecks!;
    });
    const checkedInAll = counter.socialintTestChecks;
    expect(checkedInAll).toBeGreaterThan(5);
    // Held until the end, the first result would come after every check.
    expect(checkedAtFirst).toBeLessThan(2);
  });

  it('keeps directives, archive entries and profile scores through the temporary file', async () => {
    await withTempDir(async (dir) => {
      const opening = 'We are hiring two platform engineers for the Lisbon office this spring.';
      writeFileSync(path.join(dir, 'a.md'), `---\nplatform: linkedin\n---\n\n${opening}\n\n<!-- socialint-disable-next-line test-same-opening -->\n${opening}\n`);
      writeFileSync(path.join(dir, 'b.md'), `---\nplatform: linkedin\n---\n\n${opening}\n\n<!-- socialint-disable test-nothing -->\nMore.\n`);
      writeFileSync(path.join(dir, 'c.md'), `---\nplatform: linkedin\n---\n\n${opening}\n`);
      const options: LintOptions = {
        cwd: dir,
        noConfigLookup: true,
        rulesDirs: [testRulesDir('cross')],
        rules: { 'test-same-opening': 'warn', 'test-first-of-kind': 'warn' },
        reportUnusedDisableDirectives: 'warn',
      };
      const files = ['.', path.join(repoRoot, 'fixtures/exports/complete')];
      const expected = await lintFiles(files, options);
      const ids = expected.flatMap((r) => r.messages.map((m) => m.ruleId));
      expect(ids).toEqual(expect.arrayContaining(['test-same-opening', 'test-first-of-kind', null]));
      expect(expected.some((r) => r.metadata?.profileScores?.length)).toBe(true);
      expect(await collect(files, options, 0)).toEqual(expected);
      expect(await collect(files, options, 1000)).toEqual(expected);
    });
  });

  it.runIf(canSeeOpenFiles)('writes finished files to a private file that is unlinked while open, so nothing is left to remove', async () => {
    let seen: { names: string[]; open: { target: string; mode: number }[] } | undefined;
    await lintFilesEach(['fixtures/'], fixtures, () => {
      seen ??= { names: readdirSync(systemTemp()), open: openUnder(systemTemp()) };
    }, { spillAbove: 0 });
    expect(seen).toEqual({ names: [], open: [{ target: '/socialint-/run.tmp (deleted)', mode: 0o600 }] });
    expect(readdirSync(systemTemp())).toEqual([]);
  });

  it('keeps finished files in memory when the temporary folder is missing or is a file', async () => {
    const expected = await lintFiles(['fixtures/'], fixtures);
    process.env.TMPDIR = path.join(systemTemp(), 'missing');
    expect(await collect(['fixtures/'], fixtures, 0)).toEqual(expected);
    const file = path.join(systemTemp(), 'a-file');
    writeFileSync(file, '');
    process.env.TMPDIR = file;
    expect(await collect(['fixtures/'], fixtures, 0)).toEqual(expected);
    expect(readdirSync(systemTemp())).toEqual(['a-file']);
  });

  it('writes no temporary file at or below the threshold', async () => {
    const files = (await lintFiles(['fixtures/'], fixtures)).length;
    // Files in the folder, or (where they can be seen) files open under it: the run file is unlinked at once.
    const tempFiles = () => readdirSync(systemTemp()).length + (canSeeOpenFiles ? openUnder(systemTemp()).length : 0);
    const mostDuring = async (spillAbove: number) => {
      let most = 0;
      await lintFilesEach(['fixtures/'], fixtures, () => void (most = Math.max(most, tempFiles())), { spillAbove });
      return most;
    };
    expect(await mostDuring(files)).toBe(0);
    if (canSeeOpenFiles) expect(await mostDuring(files - 1)).toBe(1);
  });

  it('removes the temporary file when the run fails', async () => {
    await expect(
      lintFilesEach(['fixtures/'], fixtures, () => {
        throw new Error('reader gone');
      }, { spillAbove: 0 }),
    ).rejects.toThrow('reader gone');
    expect(readdirSync(systemTemp())).toEqual([]);
    if (canSeeOpenFiles) expect(openUnder(systemTemp())).toEqual([]);
  });

  it('refuses to fix: fixed text is only in lintFiles results', async () => {
    await expect(lintFilesEach(['fixtures/'], { ...fixtures, fix: true }, () => undefined)).rejects.toThrow(/does not fix/);
  });
});
