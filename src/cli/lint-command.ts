import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { resolveFileConfig } from '../config/resolve.js';
import { UsageError } from '../config/errors.js';
import { applyBaseline, baselineStep, DEFAULT_BASELINE_FILE, pruneBaseline, readBaseline, writeBaseline } from '../engine/baseline.js';
import { lintFiles, lintFilesEach, lintText, type LintOptions } from '../engine/lint.js';
import { addTotals, totals, type Totals } from '../formatters/common.js';
import { loadFormatter, type FormatterContext, type StreamingFormatter } from '../formatters/index.js';
import { fileWriter, streamWriter, type ReportWriter } from '../formatters/report-writer.js';
import { displayName, sourceFor } from '../sources/index.js';
import type { LoadedConfig } from '../config/types.js';
import type { LintResult, RuleMeta } from '../types.js';
import type { CliIO, LintCliOptions } from './main.js';
import { fixDiffs, writeFixes } from './fix-write.js';
import { writeReason } from './write-file.js';

export interface PreparedLint {
  config: LoadedConfig;
  options: LintOptions;
}

/** Checks the option combinations, loads the config and turns the command line into LintOptions. */
export async function prepareLint(paths: string[], cli: LintCliOptions, io: CliIO): Promise<PreparedLint> {
  if (cli.stdin && paths.length) throw new UsageError('--stdin lints standard input; do not also give paths.');
  if (cli.stdinFilename && !cli.stdin) throw new UsageError('--stdin-filename goes with --stdin.');
  if (cli.fix && cli.fixDryRun) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them; choose one.');
  if (cli.stdin && !cli.fixDryRun && (cli.fix || cli.applySuggestions)) {
    throw new UsageError(`${cli.fix ? '--fix' : '--apply-suggestions'} cannot write to standard input; use --fix-dry-run or lint the file.`);
  }
  if (cli.pruneBaseline && cli.baseline === false) throw new UsageError('--prune-baseline needs a baseline; drop --no-baseline.');

  const config = await loadConfig({ cwd: io.cwd, configFile: cli.config, noConfigLookup: !cli.configLookup, rulesDirs: cli.rulesdir });
  if (cli.since && !cli.history && !config.data.history) {
    throw new UsageError('--since picks posts for the history audit; add --history (or "history": true in the config).');
  }
  for (const id of Object.keys(cli.rule ?? {})) {
    if (!config.rules.has(id)) throw new UsageError(`--rule ${id}: unknown rule; \`socialint rules\` lists them.`);
  }
  if (cli.applySuggestions) {
    const rule = config.rules.get(cli.applySuggestions);
    if (!rule) throw new UsageError(`--apply-suggestions ${cli.applySuggestions}: unknown rule; \`socialint rules\` lists them.`);
    if (!rule.meta.hasSuggestions) throw new UsageError(`--apply-suggestions ${cli.applySuggestions}: this rule offers no suggestions.`);
  }
  const options: LintOptions = {
    cwd: io.cwd,
    config,
    platform: cli.platform,
    rules: cli.rule,
    fix: cli.fix || (cli.fixDryRun && !cli.applySuggestions),
    fixTypes: cli.fixType,
    applySuggestions: cli.applySuggestions,
    ignore: cli.ignore,
    ignorePatterns: cli.ignorePattern,
    errorOnUnmatchedPattern: cli.errorOnUnmatchedPattern,
    reportUnusedDisableDirectives: cli.reportUnusedDisableDirectives ?? 'off',
    history: cli.history,
    since: cli.since,
    maxFileBytes: cli.maxFileSize,
    concurrency: cli.concurrency,
    shard: cli.shard,
    // Worker threads rebuild the config from these; they check it matches the one loaded here.
    configFile: cli.config,
    noConfigLookup: !cli.configLookup,
    rulesDirs: cli.rulesdir,
    cache: cli.cache,
    cacheLocation: cli.cacheLocation,
  };
  return { config, options };
}

/** Lints the paths, or standard input with --stdin. */
export async function lintInputs(paths: string[], cli: LintCliOptions, io: CliIO, options: LintOptions): Promise<LintResult[]> {
  return cli.stdin
    ? lintText(await readStream(io.stdin), { ...options, filePath: cli.stdinFilename ?? '<stdin>.md' })
    : lintFiles(paths, options);
}

export async function runLint(paths: string[], cli: LintCliOptions, io: CliIO): Promise<number> {
  const { config, options } = await prepareLint(paths, cli, io);
  if (cli.printConfig) return printConfig(cli, config, io);

  const formatter = await loadFormatter(cli.format, io.cwd);
  const rulesMeta: Record<string, RuleMeta> = {};
  for (const [id, rule] of config.rules) rulesMeta[id] = rule.meta;
  const context: FormatterContext = { cwd: io.cwd, color: cli.outputFile ? false : colorWanted(cli, io), rulesMeta };
  // Fixing and pruning need every result at once; otherwise the report is written as files finish.
  if (formatter.stream && !cli.fix && !cli.fixDryRun && !cli.applySuggestions && !cli.pruneBaseline) {
    return exitCode(await streamReport(paths, cli, io, options, formatter.stream, context), cli, io);
  }
  let results = await lintInputs(paths, cli, io, options);

  if (cli.fixDryRun) {
    const diffs = fixDiffs(results, io.cwd);
    if (diffs) io.stdout.write(diffs);
  } else if (cli.fix || cli.applySuggestions) {
    await writeFixes(results, io);
  }
  await useBaseline(results, cli, io);
  if (cli.quiet) results = results.map(onlyErrors);

  const report = formatter.format(results, context);
  if (cli.outputFile) {
    await writeReport(path.resolve(io.cwd, cli.outputFile), cli.outputFile, report);
  } else if (report) {
    io.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  }
  return exitCode(totals(results), cli, io);
}

function exitCode(sum: Pick<Totals, 'errors' | 'warnings'>, cli: LintCliOptions, io: CliIO): number {
  if (sum.errors > 0) return 1;
  if (cli.maxWarnings >= 0 && sum.warnings > cli.maxWarnings) {
    io.stderr.write(`socialint found too many warnings (maximum: ${cli.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/**
 * Lints and writes the report a file at a time, holding no result longer than it takes to write
 * it: the baseline and --quiet are applied to each result as it comes, and the totals counted.
 */
async function streamReport(paths: string[], cli: LintCliOptions, io: CliIO, options: LintOptions, stream: StreamingFormatter, context: FormatterContext): Promise<Totals> {
  const baseline = await baselineFor(cli, io);
  const target = cli.outputFile ? path.resolve(io.cwd, cli.outputFile) : undefined;
  const out: ReportWriter = target ? await openReportFile(target, cli.outputFile!) : streamWriter(io.stdout, (error) => writeFailure('standard output', error));
  const sum: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  const report = stream(context);
  const each = async (linted: LintResult) => {
    if (baseline) await baseline(linted);
    const result = cli.quiet ? onlyErrors(linted) : linted;
    addTotals(sum, result);
    await out.write(report.file(result));
  };
  try {
    await out.write(report.start?.() ?? '');
    if (cli.stdin) for (const result of await lintInputs(paths, cli, io, options)) await each(result);
    else await lintFilesEach(paths, options, each);
    await out.write(report.end(sum));
    await out.finish();
  } catch (error) {
    await out.abandon();
    throw error;
  }
  return sum;
}

/** `-o reports/socialint.xml` in a fresh CI checkout: the folder does not exist yet, so it is made. */
async function openReportFile(filePath: string, name: string): Promise<ReportWriter> {
  const failure = (error: unknown) => (error instanceof UsageError ? error : writeFailure(name, error));
  try {
    await mkdir(path.dirname(filePath), { recursive: true });
  } catch (error) {
    throw failure(error);
  }
  return fileWriter(filePath, failure);
}

/** A whole report written the way a streamed one is: through a temporary file, renamed when complete. */
async function writeReport(filePath: string, name: string, report: string): Promise<void> {
  const out = await openReportFile(filePath, name);
  await out.write(report);
  await out.finish();
}

function writeFailure(name: string, error: unknown): UsageError {
  return new UsageError(`${name}: cannot write the report: ${writeReason(error)}.`);
}

/** The baseline file this run uses: --baseline, else .socialint-baseline.json if it exists; none with --no-baseline. */
export function baselineFileFor(cli: LintCliOptions, io: CliIO): { file: string; explicit: boolean } | undefined {
  if (cli.baseline === false) return undefined;
  const explicit = typeof cli.baseline === 'string';
  const file = path.resolve(io.cwd, explicit ? (cli.baseline as string) : DEFAULT_BASELINE_FILE);
  return explicit || existsSync(file) ? { file, explicit } : undefined;
}

/** Drops the findings the baseline accepts, pruning it first with --prune-baseline. */
async function useBaseline(results: LintResult[], cli: LintCliOptions, io: CliIO): Promise<void> {
  const found = await foundBaseline(cli, io);
  if (!found) {
    if (cli.pruneBaseline) throw new UsageError(`--prune-baseline: there is no ${DEFAULT_BASELINE_FILE} here; record one with \`socialint baseline\`.`);
    return;
  }
  const { name } = found;
  let { baseline } = found;
  if (cli.pruneBaseline) {
    const pruned = await pruneBaseline(baseline, results, found.file);
    baseline = pruned.baseline;
    await writeBaseline(found.file, baseline, name);
    io.stderr.write(`socialint: ${name}: pruned ${pruned.removed} finding${pruned.removed === 1 ? '' : 's'} that no longer occur.\n`);
  }
  await applyBaseline(results, baseline, found.file);
}

/** The baseline as a step applied to each result in turn; none when there is no baseline. */
async function baselineFor(cli: LintCliOptions, io: CliIO): Promise<((result: LintResult) => Promise<number>) | undefined> {
  const found = await foundBaseline(cli, io);
  return found && baselineStep(found.baseline, found.file);
}

/** The baseline this run uses, read, with the name messages give its file; none when there is none. */
async function foundBaseline(cli: LintCliOptions, io: CliIO) {
  const found = baselineFileFor(cli, io);
  if (!found) return undefined;
  const name = displayName(found.file, io.cwd);
  return { file: found.file, name, baseline: await readBaseline(found.file, name) };
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

/** NO_COLOR and non-terminals mean plain text; --color and FORCE_COLOR win over both. */
function colorWanted(cli: LintCliOptions, io: CliIO): boolean {
  if (cli.color === false) return false;
  if (cli.color === true) return true;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  if (io.env.NO_COLOR) return false;
  return io.isTTY;
}

async function printConfig(cli: LintCliOptions, config: Awaited<ReturnType<typeof loadConfig>>, io: CliIO): Promise<number> {
  const filePath = path.resolve(io.cwd, cli.printConfig!);
  let documentPlatforms: import('../types.js').Platform[] = [];
  let kind: import('../types.js').DocumentKind = 'post';
  const source = sourceFor(filePath);
  if (source && existsSync(filePath)) {
    const loaded = await source.load(filePath, {}).catch(() => undefined);
    const document = loaded?.documents[0];
    if (document?.type === 'post') {
      documentPlatforms = document.meta.platforms;
      kind = document.meta.kind;
    } else if (document?.type === 'profile') {
      documentPlatforms = [document.profile.platform];
      kind = 'profile';
    }
  }
  const resolved = resolveFileConfig(config, { filePath, documentPlatforms, kind, cliPlatform: cli.platform, cliRules: cli.rule });
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of [...resolved.rules].sort(([a], [b]) => a.localeCompare(b))) {
    rules[id] = Object.keys(setting.options).length ? [setting.severity, setting.options] : setting.severity;
  }
  const printed = { configFile: config.filePath ?? null, kind, platforms: resolved.platforms, settings: resolved.settings, rules };
  io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const { decodeText } = await import('../sources/read.js');
  try {
    return decodeText(Buffer.concat(chunks));
  } catch (error) {
    throw new UsageError(`<stdin>: ${error instanceof Error ? error.message : String(error)}`);
  }
}
