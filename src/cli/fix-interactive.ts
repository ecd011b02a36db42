import { UsageError } from '../config/errors.js';
import { applyEdit } from '../engine/apply-fixes.js';
import { lintedTextOf, lintFiles, lintText, type LintOptions } from '../engine/lint.js';
import { displayName } from '../sources/index.js';
import type { Fix, LintMessage, LintResult } from '../types.js';
import { ChangedOnDiskError, writeFixedFile } from './fix-write.js';
import { prepareLint } from './lint-command.js';
import type { CliIO, LintCliOptions } from './main.js';
import { linePrompter, type Prompter } from './prompt.js';

/** However the answers go, one file is never walked through more often than this. */
const MAX_QUESTIONS_PER_FILE = 500;

type Decision = { kind: 'apply'; fix: Fix } | { kind: 'skip' } | { kind: 'quit' };

/**
 * `socialint fix --interactive`: shows each finding that has suggestions and asks what to do;
 * an accepted change is applied in memory and the file re-linted before the next question, and
 * the file is written (atomically, only if unchanged on disk) once its findings are done.
 */
export async function runInteractive(paths: string[], cli: LintCliOptions, io: CliIO, prompter?: Prompter): Promise<number> {
  if (cli.stdin) throw new UsageError('fix --interactive reads your answers from standard input; name the files to fix instead of --stdin.');
  if (cli.fix || cli.fixDryRun || cli.applySuggestions) throw new UsageError('fix --interactive asks about each suggestion; drop --fix, --fix-dry-run and --apply-suggestions.');
  const { options } = await prepareLint(paths, { ...cli, cache: false }, io);
  const results = await lintFiles(paths, { ...options, keepTexts: true });
  const ask = prompter ?? linePrompter(io.stdin, io.stdout);
  let applied = 0;
  let filesChanged = 0;
  let failed = false;
  try {
    for (const result of results) {
      const walk = await walkFile(result, options, io, ask);
      applied += walk.applied;
      if (walk.text !== undefined) {
        const written = await writeWalked(result, walk.text, io);
        if (written) filesChanged++;
        else failed = true;
      }
      if (walk.quit) break;
    }
  } finally {
    ask.close();
  }
  io.stdout.write(`socialint: applied ${applied} suggestion${applied === 1 ? '' : 's'}; ${filesChanged} file${filesChanged === 1 ? '' : 's'} changed.\n`);
  return failed ? 1 : 0;
}

interface Walk {
  applied: number;
  /** The new text, when something was applied. */
  text?: string;
  quit: boolean;
}

async function walkFile(result: LintResult, options: LintOptions, io: CliIO, ask: Prompter): Promise<Walk> {
  const original = lintedTextOf(result)?.original;
  if (original === undefined) return { applied: 0, quit: false };
  const name = displayName(result.filePath, io.cwd);
  let text = original;
  let messages = result.messages;
  let applied = 0;
  // Findings the user skipped, by what they flag, so they are not asked again after a re-lint.
  const skipped = new Map<string, number>();
  for (let question = 0; question < MAX_QUESTIONS_PER_FILE; question++) {
    const next = nextPending(messages, text, skipped);
    if (!next) break;
    const decision = await decide(next.message, name, io, ask);
    if (decision.kind === 'quit') return { applied, text: applied ? text : undefined, quit: true };
    const changed = decision.kind === 'apply' ? applyEdit(text, decision.fix) : text;
    if (changed === text) {
      skipped.set(next.key, (skipped.get(next.key) ?? 0) + 1);
      continue;
    }
    text = changed;
    applied++;
    const [relinted] = await lintText(text, { ...options, filePath: result.filePath });
    messages = relinted!.messages;
  }
  return { applied, text: applied ? text : undefined, quit: false };
}

function nextPending(messages: LintMessage[], text: string, skipped: Map<string, number>): { message: LintMessage; key: string } | undefined {
  const seen = new Map<string, number>();
  for (const message of messages) {
    const first = message.suggestions?.[0];
    if (!first) continue;
    const key = `${message.ruleId}\0${message.message}\0${text.slice(first.fix.range[0], first.fix.range[1])}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    if (index >= (skipped.get(key) ?? 0)) return { message, key };
  }
  return undefined;
}

/**
 * Shows the finding and its suggestions (what each would write, never the flagged text: that may
 * be a phone number or a secret) and reads the answer.
 */
async function decide(message: LintMessage, name: string, io: CliIO, ask: Prompter): Promise<Decision> {
  const suggestions = message.suggestions!;
  const severity = message.severity === 2 ? 'error' : 'warning';
  io.stdout.write(`\n${name}:${message.line}:${message.column}  ${severity}  ${message.message}  (${message.ruleId})\n`);
  suggestions.forEach((s, i) => io.stdout.write(`  ${i + 1}) ${s.desc}${preview(s.fix)}\n`));
  const pick = suggestions.length > 1 ? `, 1-${suggestions.length} to pick one` : '';
  for (;;) {
    const answer = await ask.ask(`Apply? [a]ccept, [s]kip, [e]dit, [q]uit${pick}: `);
    if (answer === undefined) return { kind: 'quit' };
    const choice = answer.trim().toLowerCase();
    if (choice === 'a' || choice === 'y' || choice === 'accept') return { kind: 'apply', fix: suggestions[0]!.fix };
    if (choice === 's' || choice === 'n' || choice === 'skip') return { kind: 'skip' };
    if (choice === 'q' || choice === 'quit') return { kind: 'quit' };
    const index = Number(choice);
    if (Number.isInteger(index) && index >= 1 && index <= suggestions.length) return { kind: 'apply', fix: suggestions[index - 1]!.fix };
    if (choice === 'e' || choice === 'edit') {
      const range = suggestions[0]!.fix.range;
      const replacement = await ask.ask(`Replace the ${range[1] - range[0]} characters suggestion 1 rewrites with: `);
      if (replacement === undefined) return { kind: 'quit' };
      return { kind: 'apply', fix: { range, text: replacement } };
    }
    io.stdout.write(`Please answer a, s, e or q${pick ? ` or 1-${suggestions.length}` : ''}.\n`);
  }
}

function preview(fix: Fix): string {
  if (fix.text === '') return '  (removes it)';
  const shown = fix.text.length > 60 ? `${fix.text.slice(0, 57)}…` : fix.text;
  return `  → ${JSON.stringify(shown)}`;
}

async function writeWalked(result: LintResult, text: string, io: CliIO): Promise<boolean> {
  const name = displayName(result.filePath, io.cwd);
  try {
    await writeFixedFile(result.filePath, lintedTextOf(result)!.original, text);
    return true;
  } catch (error) {
    const reason = error instanceof ChangedOnDiskError ? 'it changed on disk meanwhile' : error instanceof Error ? error.message : String(error);
    io.stderr.write(`socialint: warning: ${name}: changes not written: ${reason}.\n`);
    return false;
  }
}
