import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, repoRoot, runCli } from './helpers/cli.js';

// A streamed report that is cut short (a reader that goes away, Ctrl-C) or has no usable temporary
// folder, end to end: the built CLI on more drafts than are kept in memory for the cross-document rules.
let work = '';
let corpus = '';
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'socialint-interrupt-test-'));
  corpus = path.join(work, 'drafts');
  const generated = spawnSync(process.execPath, [path.join(repoRoot, 'bench/generate.mjs'), '2100', corpus], { encoding: 'utf8' });
  expect(generated.status).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh folder for TMPDIR, so whatever a run leaves there can be seen. */
const freshTemp = (name: string) => {
  const dir = path.join(work, name);
  mkdirSync(dir);
  return dir;
};

function start(args: string[], tmp: string) {
  const child = spawn(process.execPath, [bin, '--no-config-lookup', ...args], {
    cwd: work,
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', FORCE_COLOR: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

describe('an interrupted streamed report', () => {
  it('a reader that closes after one line (`| head -1`): the run finishes, exits 1 for its findings and leaves no temporary folder', async () => {
    const tmp = freshTemp('tmp-pipe');
    const { child, exited } = start(['-f', 'compact', 'drafts'], tmp);
    let first = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (first.includes('\n')) return;
      first += chunk.toString('utf8');
      if (first.includes('\n')) child.stdout.destroy();
    });
    expect(await exited).toEqual({ code: 1, signal: null, stderr: '' });
    expect(first.split('\n')[0]).toMatch(/^.+\.md: line \d+, col \d+, (Error|Warning) - /);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} while writing -o: the temporary report is removed and the exit code is ${code}`, async () => {
      const tmp = freshTemp(`tmp-${signal}`);
      const out = freshTemp(`out-${signal}`);
      const { child, exited } = start(['-f', 'json', '-o', path.join(out, 'report.json'), 'drafts'], tmp);
      const deadline = Date.now() + 20_000;
      while (!readdirSync(out).some((name) => name.endsWith('.tmp')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(readdirSync(out)).toEqual([expect.stringMatching(/^\.report\.json\.[0-9a-f]{12}\.tmp$/)]);
      child.kill(signal);
      expect(await exited).toEqual({ code, signal: null, stderr: '' });
      expect(readdirSync(out)).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]);
    }, 60_000);
  }

  it('a missing temporary folder, or a file in its place, gives the same report', () => {
    const compact = ['--no-config-lookup', '-f', 'compact', 'drafts'];
    const tmp = freshTemp('tmp-usable');
    const usable = runCli(compact, { cwd: work, env: { TMPDIR: tmp } });
    expect(usable.code).toBe(1);
    expect(usable.stdout.split('\n').length).toBeGreaterThan(1000);
    expect(readdirSync(tmp)).toEqual([]);
    writeFileSync(path.join(work, 'a-file'), '');
    for (const unusable of [path.join(work, 'missing'), path.join(work, 'a-file')]) {
      expect(runCli(compact, { cwd: work, env: { TMPDIR: unusable } })).toEqual({ code: 1, stdout: usable.stdout, stderr: '' });
    }
  }, 60_000);
});
