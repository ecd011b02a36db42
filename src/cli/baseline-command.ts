import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { DEFAULT_BASELINE_FILE, recordBaseline, writeBaseline } from '../engine/baseline.js';
import { displayName } from '../sources/index.js';
import { lintInputs, prepareLint } from './lint-command.js';
import type { CliIO, LintCliOptions } from './main.js';

/** `socialint baseline`: records every finding of today so later runs report only new ones. */
export async function runBaselineCommand(paths: string[], cli: LintCliOptions, io: CliIO): Promise<number> {
  if (cli.fix || cli.fixDryRun || cli.applySuggestions) throw new UsageError('baseline records findings as they are; run --fix first, then baseline.');
  if (cli.stdin) throw new UsageError('baseline records files; --stdin has none.');
  if (cli.baseline === false) throw new UsageError('baseline writes a baseline; drop --no-baseline.');
  const { options } = await prepareLint(paths, { ...cli, baseline: undefined, pruneBaseline: false }, io);
  const results = await lintInputs(paths, cli, io, options);
  const file = path.resolve(io.cwd, typeof cli.baseline === 'string' ? cli.baseline : DEFAULT_BASELINE_FILE);
  const baseline = await recordBaseline(results, file);
  await writeBaseline(file, baseline, displayName(file, io.cwd));
  const findings = baseline.entries.reduce((n, e) => n + e.count, 0);
  const files = new Set(baseline.entries.map((e) => e.file)).size;
  const unrecorded = results.reduce((n, r) => n + r.messages.filter((m) => !m.ruleId).length, 0);
  io.stdout.write(`socialint: recorded ${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} to ${displayName(file, io.cwd)}.\n`);
  if (unrecorded) io.stdout.write(`socialint: ${unrecorded} problem${unrecorded === 1 ? '' : 's'} not from a rule (unreadable files, bad front matter) cannot be baselined and will still be reported.\n`);
  return 0;
}
