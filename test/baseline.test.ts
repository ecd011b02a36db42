import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from './helpers/cli.js';
import { runInProcess, testRulesDir } from './helpers/in-process.js';

const rules = ['--rulesdir', testRulesDir('counting'), '-f', 'json'];
// Only the test rule: the built-in rules change as they are written and are not what is tested here.
const config = JSON.stringify({ extends: [], platform: 'linkedin', rules: { 'test-secret': 'error' } });
const post = 'Launch day.\n\nOur code SECRET-1234 is out.\n\nAnd SECRET-1234 again, plus SECRET-5678.\n';

const setup = (dir: string) => {
  writeFileSync(path.join(dir, '.socialintrc.json'), config);
  writeFileSync(path.join(dir, 'a.md'), post);
  writeFileSync(path.join(dir, 'b.md'), 'Nothing to see.\n');
};
/** `file:line:col` of every finding the run reported. */
const findings = (run: { stdout: string }) =>
  (JSON.parse(run.stdout) as { filePath: string; messages: { line: number; column: number }[] }[]).flatMap((r) =>
    r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}:${m.column}`),
  );
const baselineOf = (dir: string, name = '.socialint-baseline.json') => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

describe('socialint baseline', () => {
  it('records findings by file, rule, hashed fingerprint and count, never the flagged text', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      const run = await runInProcess(['baseline', ...rules], dir);
      expect(run).toMatchObject({ code: 0, stdout: 'socialint: recorded 3 findings in 1 file to .socialint-baseline.json.\n' });
      const { version, entries } = baselineOf(dir);
      expect(version).toBe(1);
      expect(entries).toHaveLength(2);
      expect(entries.map((e: { count: number }) => e.count).sort()).toEqual([1, 2]);
      for (const entry of entries) expect(entry).toMatchObject({ file: 'a.md', rule: 'test-secret', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
      const text = readFileSync(path.join(dir, '.socialint-baseline.json'), 'utf8');
      expect(text).not.toMatch(/SECRET|1234|5678/);
    });
  });

  it('later runs report only new findings, also when lines move', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await runInProcess(['baseline', ...rules], dir);
      expect(findings(await runInProcess(rules, dir))).toEqual([]);

      writeFileSync(path.join(dir, 'a.md'), `A new first paragraph.\n\nAnd another.\n\n${post.replace('Launch day.', 'Launch day, moved.')}`);
      expect(findings(await runInProcess(rules, dir))).toEqual([]);

      writeFileSync(path.join(dir, 'a.md'), `${post}\nA third SECRET-1234 and a new SECRET-4242.\n`);
      const run = await runInProcess(rules, dir);
      expect(run.code).toBe(1);
      expect(findings(run)).toEqual(['a.md:7:9', 'a.md:7:31']);
    });
  });

  it('--no-baseline reports everything; --baseline names another file', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await runInProcess(['baseline', '--baseline', 'ci/accepted.json', ...rules], dir);
      expect(existsSync(path.join(dir, '.socialint-baseline.json'))).toBe(false);
      expect(findings(await runInProcess(rules, dir))).toHaveLength(3);
      expect(findings(await runInProcess([...rules, '--baseline', 'ci/accepted.json'], dir))).toEqual([]);
      await runInProcess(['baseline', ...rules], dir);
      expect(findings(await runInProcess([...rules, '--no-baseline'], dir))).toHaveLength(3);
    });
  });

  it('--prune-baseline drops what no longer occurs, so a fixed finding cannot come back unseen', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      await runInProcess(['baseline', ...rules], dir);
      writeFileSync(path.join(dir, 'a.md'), post.replace('And SECRET-1234 again, plus SECRET-5678.', 'Fixed.'));
      const pruned = await runInProcess([...rules, '--prune-baseline'], dir);
      expect(findings(pruned)).toEqual([]);
      expect(pruned).toMatchObject({ code: 0, stderr: 'socialint: .socialint-baseline.json: pruned 2 findings that no longer occur.\n' });
      expect(baselineOf(dir).entries).toEqual([expect.objectContaining({ file: 'a.md', count: 1 })]);

      writeFileSync(path.join(dir, 'a.md'), post);
      expect(findings(await runInProcess(rules, dir))).toHaveLength(2);
    });
  });

  it('a broken baseline file is one line and exit 2', async () => {
    await withTempDir(async (dir) => {
      setup(dir);
      writeFileSync(path.join(dir, '.socialint-baseline.json'), '{"version": 1, "entries": [{"file": 3}]}');
      expect(await runInProcess(rules, dir)).toMatchObject({
        code: 2,
        stderr: 'socialint: .socialint-baseline.json: not a socialint baseline (expected {"version": 1, "entries": [...]}).\n',
      });
      expect((await runInProcess([...rules, '--baseline', 'missing.json'], dir)).stderr).toBe(
        'socialint: missing.json: no such file; record a baseline with `socialint baseline`.\n',
      );
    });
  });
});
