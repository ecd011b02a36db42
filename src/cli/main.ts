import { isMainThread, workerData } from 'node:worker_threads';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../config/errors.js';
import { PLATFORMS, type Platform, type SeverityName } from '../types.js';
import { packageVersion } from '../package-root.js';
import type { Concurrency } from '../engine/parallel.js';
import { parseShard, type Shard } from '../engine/shard.js';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

export interface LintCliOptions {
  config?: string;
  configLookup: boolean;
  platform?: Platform;
  rule: Record<string, SeverityName>;
  rulesdir: string[];
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType: string[];
  applySuggestions?: string;
  /** Only on `socialint fix`: walk through suggestions in the terminal. */
  interactive?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** A baseline file, or false for --no-baseline; undefined reads .socialint-baseline.json when present. */
  baseline?: string | false;
  pruneBaseline?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  ignore: boolean;
  ignorePattern: string[];
  errorOnUnmatchedPattern: boolean;
  reportUnusedDisableDirectives?: 'warn' | 'error';
  printConfig?: string;
  history?: boolean;
  since?: Date;
  maxFileSize?: number;
  concurrency: Concurrency;
  shard?: Shard;
  debug?: boolean;
}

function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env, isTTY: Boolean(process.stdout.isTTY) };
}

const collect = <T>(parse: (value: string) => T) => (value: string, previous: T[] = []) => [...previous, parse(value)];

function parseRule(value: string, previous: Record<string, SeverityName> = {}): Record<string, SeverityName> {
  const at = value.lastIndexOf(':');
  const id = value.slice(0, at).trim();
  const severity = value.slice(at + 1).trim();
  if (at <= 0 || !['off', 'warn', 'error'].includes(severity)) {
    throw new InvalidArgumentError(`expected <rule-id>:<off|warn|error>, e.g. hashtag-count:error`);
  }
  return { ...previous, [id]: severity as SeverityName };
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new InvalidArgumentError('expected a whole number (-1 for no limit)');
  return n;
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 500KB or 20MB');
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a number of threads, auto or off');
  return n;
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected <i>/<n> with 1 <= i <= n, e.g. 2/4');
  return shard;
}

/** `twitter` is accepted for x, as in front matter and config. */
function parsePlatform(value: string): Platform {
  const platform = value.toLowerCase() === 'twitter' ? 'x' : value.toLowerCase();
  if (!(PLATFORMS as readonly string[]).includes(platform)) throw new InvalidArgumentError(`expected one of ${PLATFORMS.join(', ')}`);
  return platform as Platform;
}

function parseFixType(value: string): string {
  if (!['problem', 'suggestion', 'layout'].includes(value)) throw new InvalidArgumentError('expected problem, suggestion or layout');
  return value;
}

function parseDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected a date such as 2024-01-31');
  return date;
}

/** The options every linting command shares (socialint, socialint fix, socialint baseline). */
function addLintOptions(command: Command): Command {
  return command
    .addArgument(new Argument('[paths...]', 'files, folders or globs to lint').default([], '.'))
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'do not look for a config file (use socialint:recommended)')
    .option('-p, --platform <name>', `target platform for drafts that name none: ${PLATFORMS.join(', ')}`, parsePlatform)
    .option('--rule <id:severity>', 'set a rule\'s severity, e.g. --rule hashtag-count:error (repeatable)', parseRule)
    .option('--rulesdir <dir>', 'load extra rules from a folder (repeatable)', collect(String), [])
    .option('-f, --format <name>', 'output format: stylish, json, compact, github, sarif, junit, html, or a module path', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount, -1)
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is respected too)')
    .option('--fix', 'apply fixes to the files')
    .option('--fix-dry-run', 'show the fixes as a unified diff; write nothing')
    .option('--fix-type <type>', 'only fixes of this category: problem, suggestion, layout (repeatable)', collect(parseFixType), [])
    .option('--apply-suggestions <rule>', 'apply the first suggestion of every finding of this rule')
    .option('--stdin', 'lint Markdown from standard input')
    .option('--stdin-filename <name>', 'the file name to lint standard input as')
    .option('--no-ignore', 'do not respect .gitignore, .socialintignore or config ignores')
    .option('--ignore-pattern <pattern>', 'ignore files matching this pattern (repeatable)', collect(String), [])
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path matches no file')
    .addOption(new Option('--report-unused-disable-directives [severity]', 'report directives that silence nothing').choices(['warn', 'error']).preset('warn'))
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--history', 'also lint the posts and sent invites inside profile exports')
    .option('--since <date>', 'with --history: only posts from this date on', parseDate)
    .option('--max-file-size <size>', 'skip drafts larger than this (default 1MB)', parseSize)
    .option('--concurrency <n|auto|off>', 'worker threads for large runs (auto: by file count and cores)', parseConcurrency, 'auto')
    .option('--shard <i/n>', 'lint only share i of n (split by a hash of each path), e.g. for a CI matrix', parseShardOption)
    .option('--cache', 'only lint files that changed since the last run')
    .option('--cache-location <path>', 'the cache file or folder (default .socialintcache)')
    .option('--baseline <file>', 'report only findings not in this baseline (default .socialint-baseline.json when present)')
    .option('--no-baseline', 'report every finding, even those in the baseline')
    .option('--prune-baseline', 'drop baseline entries that no longer occur')
    .option('--debug', 'show stack traces for internal errors');
}

interface RuleSourceOptions {
  config?: string;
  configLookup: boolean;
  rulesdir: string[];
}

const ruleSources = (options: RuleSourceOptions) => ({ configFile: options.config, noConfigLookup: !options.configLookup, rulesDirs: options.rulesdir });

/**
 * Whether these arguments can reach a subcommand: commander runs one only when its name is an
 * argument, and help lists them all. `fix` and `baseline` each carry every lint option (~0.5 ms of
 * commander per run to declare), so a plain lint declares them only when they can be used.
 */
const mayReach = (argv: readonly string[] | undefined, name: string) =>
  !argv || argv.some((arg) => arg === name || arg === 'help' || arg === '-h' || arg === '--help');

export function buildProgram(io: CliIO, setExit: (code: number) => void, argv?: readonly string[]): Command {
  const program = new Command('socialint');
  // Set before any subcommand is added: subcommands copy these settings when they are created.
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  // Options after a subcommand's name are that subcommand's (socialint init --platform x,linkedin).
  program.enablePositionalOptions();
  addLintOptions(program)
    .description('Lint what you publish about yourself: drafts, invites and profile exports.')
    .version(packageVersion(), '-v, --version')
    .showHelpAfterError('(run socialint --help for usage)')
    .action(async (paths: string[], options: LintCliOptions) => {
      const { runLint } = await import('./lint-command.js');
      setExit(await runLint(paths, options, io));
    });

  if (mayReach(argv, 'fix')) addLintOptions(program.command('fix'))
    .description('apply fixes; with --interactive, walk through suggestions (accept, skip, edit, quit)')
    .option('-i, --interactive', 'ask about each suggestion in the terminal')
    .action(async (paths: string[], options: LintCliOptions) => {
      if (options.interactive) {
        const { runInteractive } = await import('./fix-interactive.js');
        setExit(await runInteractive(paths, options, io));
        return;
      }
      const { runLint } = await import('./lint-command.js');
      const fixing = options.fixDryRun || options.applySuggestions ? {} : { fix: true };
      setExit(await runLint(paths, { ...options, ...fixing }, io));
    });

  if (mayReach(argv, 'baseline')) addLintOptions(program.command('baseline'))
    .description('record today\'s findings in .socialint-baseline.json so later runs report only new ones')
    .action(async (paths: string[], options: LintCliOptions) => {
      const { runBaselineCommand } = await import('./baseline-command.js');
      setExit(await runBaselineCommand(paths, options, io));
    });

  program
    .command('init')
    .description('write a .socialintrc.json for the platforms you post on')
    .option('-p, --platform <names>', 'comma-separated platforms, e.g. x,linkedin (asked in a terminal when missing)')
    .option('--force', 'overwrite an existing config')
    .action(async (options: { platform?: string; force?: boolean }) => {
      const { runInit } = await import('./init.js');
      setExit(await runInit(options, io));
    });

  program
    .command('rules')
    .description('list every rule (built-in, and those of the config\'s plugins and --rulesdir) with its default severity and whether it can fix')
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'do not look for a config file')
    .option('--rulesdir <dir>', 'load extra rules from a folder (repeatable)', collect(String), [])
    .action(async (options: RuleSourceOptions) => {
      const { listRules } = await import('./info-commands.js');
      setExit(await listRules(io, ruleSources(options)));
    });

  program
    .command('explain <rule>')
    .description("show a rule's documentation")
    .option('-c, --config <file>', 'use this config file instead of looking one up')
    .option('--no-config-lookup', 'do not look for a config file')
    .option('--rulesdir <dir>', 'load extra rules from a folder (repeatable)', collect(String), [])
    .action(async (ruleId: string, options: RuleSourceOptions) => {
      const { explainRule } = await import('./info-commands.js');
      setExit(await explainRule(ruleId, io, ruleSources(options)));
    });

  return program;
}

/**
 * `--report-unused-disable-directives drafts/` would take the path for its optional severity and
 * fail; a value that is no severity is left to be a path.
 */
function severityBeforePaths(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => {
    const next = argv[i + 1];
    const isPath = next !== undefined && !next.startsWith('-') && !['warn', 'error'].includes(next);
    return arg === '--report-unused-disable-directives' && isPath && (end === -1 || i < end) ? `${arg}=warn` : arg;
  });
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 lint errors, 2 usage or internal error). */
export async function run(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c), argv);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(severityBeforePaths(argv), { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`socialint: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`socialint: internal error: ${message}\n`);
    if (debug && error instanceof Error) io.stderr.write(`${stackOf(error)}\n`);
    else io.stderr.write('(run again with --debug for details, and please report it)\n');
    return 2;
  }
}

/** An error's stack and its causes' (a failing rule's own error is the cause of the one that names the rule). */
function stackOf(error: Error): string {
  const cause = error.cause instanceof Error ? `\nCaused by: ${stackOf(error.cause)}` : '';
  return `${error.stack ?? error.message}${cause}`;
}

// The bundled CLI is one file, so the worker threads of --concurrency (src/engine/parallel.ts) start
// this file again; they lint rather than parse a command line.
if (!isMainThread && (workerData as { socialintLintWorker?: boolean } | undefined)?.socialintLintWorker) void import('../engine/parallel.js');
