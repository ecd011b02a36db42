import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { resolveFileConfig } from '../config/resolve.js';
import { UsageError } from '../config/errors.js';
import { lintFiles, lintText, type LintOptions } from '../engine/lint.js';
import { getFormatter } from '../formatters/index.js';
import { sourceFor } from '../sources/index.js';
import type { LintResult, RuleMeta } from '../types.js';
import type { CliIO, LintCliOptions } from './main.js';
import { writeAtomically } from './write-file.js';

export async function runLint(paths: string[], cli: LintCliOptions, io: CliIO): Promise<number> {
  if (cli.stdin && paths.length) throw new UsageError('--stdin lints standard input; do not also give paths.');
  if (cli.stdinFilename && !cli.stdin) throw new UsageError('--stdin-filename goes with --stdin.');
  if (cli.stdin && cli.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run or lint the file.');

  const config = await loadConfig({ cwd: io.cwd, configFile: cli.config, noConfigLookup: !cli.configLookup, rulesDirs: cli.rulesdir });
  for (const id of Object.keys(cli.rule ?? {})) {
    if (!config.rules.has(id)) throw new UsageError(`--rule ${id}: unknown rule; \`socialint rules\` lists them.`);
  }
  if (cli.printConfig) return printConfig(cli, config, io);

  const formatter = await getFormatter(cli.format, io.cwd);
  const options: LintOptions = {
    cwd: io.cwd,
    config,
    platform: cli.platform,
    rules: cli.rule,
    fix: cli.fix,
    fixTypes: cli.fixType,
    ignore: cli.ignore,
    ignorePatterns: cli.ignorePattern,
    errorOnUnmatchedPattern: cli.errorOnUnmatchedPattern,
    reportUnusedDisableDirectives: cli.reportUnusedDisableDirectives ?? 'off',
    history: cli.history,
    since: cli.since,
    maxFileBytes: cli.maxFileSize,
  };

  let results = cli.stdin
    ? await lintText(await readStream(io.stdin), { ...options, filePath: cli.stdinFilename ?? '<stdin>.md' })
    : await lintFiles(paths, options);

  if (cli.fix) await writeFixes(results, io);
  if (cli.quiet) results = results.map(onlyErrors);

  const rulesMeta: Record<string, RuleMeta> = {};
  for (const [id, rule] of config.rules) rulesMeta[id] = rule.meta;
  const color = cli.outputFile ? false : colorWanted(cli, io);
  const report = formatter(results, { cwd: io.cwd, color, rulesMeta });
  if (cli.outputFile) {
    await writeAtomically(path.resolve(io.cwd, cli.outputFile), report);
  } else if (report) {
    io.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (cli.maxWarnings >= 0 && warnings > cli.maxWarnings) {
    io.stderr.write(`socialint found too many warnings (maximum: ${cli.maxWarnings}).\n`);
    return 1;
  }
  return 0;
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

async function writeFixes(results: LintResult[], io: CliIO): Promise<void> {
  for (const result of results) {
    if (result.output === undefined) continue;
    try {
      await writeAtomically(result.filePath, result.output);
    } catch (error) {
      io.stderr.write(`socialint: ${result.filePath}: could not write fixes: ${error instanceof Error ? error.message : String(error)}\n`);
      result.errorCount++;
      result.messages.push({ ruleId: null, severity: 2, fatal: true, message: 'Fixes could not be written; the file is unchanged.', line: 1, column: 1 });
    }
  }
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
