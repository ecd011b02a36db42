import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run, type CliIO } from '../../src/cli/main.js';

export const testRulesDir = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures-rules', name);

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** An in-memory terminal: standard input from `input`, output collected. */
export function memoryIO(cwd: string, input = '', isTTY = false): CliIO & { out: () => string; err: () => string } {
  const stdin = new PassThrough();
  stdin.end(input);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  return { stdin, stdout, stderr, cwd, env: { NO_COLOR: '1' }, isTTY, out: () => out, err: () => err };
}

/** Runs the CLI from the TypeScript sources (no build needed), as if from `cwd`. */
export async function runInProcess(args: string[], cwd: string, input = ''): Promise<InProcessRun> {
  const io = memoryIO(cwd, input);
  const code = await run(args, io);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Command-line arguments for a run with only these test rules on (built-in rules all off). */
export function onlyTestRules(folder: string, ids: string[]): string[] {
  return ['-c', testRulesDir('no-rules.json'), '--rulesdir', testRulesDir(folder), ...ids.flatMap((id) => ['--rule', `${id}:warn`])];
}
