import type { Html } from 'mdast';
import path from 'node:path';
import { loadConfig, type LoadConfigOptions } from '../config/load.js';
import type { LoadedConfig } from '../config/types.js';
import { sourceFor, type LoadedSource, type LoadOptions } from '../sources/index.js';
import { readAhead } from '../sources/read-ahead.js';
import { markdownFromText } from '../sources/markdown-source.js';
import { DEFAULT_MAX_FILE_BYTES, systemReason, UnreadableFileError } from '../sources/read.js';
import type { LintDocument, LintMessage, LintResult, Platform, ProfileScore, ReportDescriptor, SeverityName } from '../types.js';
import { applyFixes, type FixPicker } from './apply-fixes.js';
import { cacheRunKey, DEFAULT_CACHE_LOCATION, LintCache, type CacheEntry } from './cache.js';
import { applyDirectives, parseDirectives } from './directives.js';
import { detached } from './detached.js';
import { activeCrossRules, CrossCollector, type AnyCrossRule, type KeptEntry } from './cross-document-record.js';
import { KeptStore } from './kept-store.js';
import { discoverFiles } from './discover.js';
import { lintInWorkers, threadCount, type Concurrency } from './parallel.js';
import { configForDocument, RuleFailure, runRules, toMessage, type RunSettings } from './run-rules.js';
import { jsonStore, liveStore, spillStore, type RunStore, type StoredRun } from './run-store.js';
import { inShard, type Shard } from './shard.js';

export interface LintOptions extends LoadConfigOptions, LoadOptions {
  /** A config already loaded (skips lookup). */
  config?: LoadedConfig;
  /** Target platform for documents that name none (`--platform`). */
  platform?: Platform;
  /** Severity overrides from the command line (`--rule id:severity`). */
  rules?: Record<string, SeverityName>;
  /** Apply fixes in memory; results carry `output` when the text changed. */
  fix?: boolean;
  /** With fix: only fixes from rules of these categories. */
  fixTypes?: string[];
  /** Apply the first suggestion of every finding of this rule, as fixes are (`--apply-suggestions`). */
  applySuggestions?: string;
  /** Reuse findings of files whose content, config and socialint version are unchanged (`--cache`). */
  cache?: boolean;
  /** The cache file, or a folder for it (default `.socialintcache` in cwd). */
  cacheLocation?: string;
  ignore?: boolean;
  ignorePatterns?: string[];
  errorOnUnmatchedPattern?: boolean;
  reportUnusedDisableDirectives?: 'off' | 'warn' | 'error';
  /**
   * Keep every file's text for lintedTextOf (interactive fixing); otherwise only a fixed file keeps
   * it (what the fix writers need) and a baseline reads the file from disk, where it is unchanged.
   */
  keepTexts?: boolean;
  /** Worker threads for large runs (`--concurrency`); off unless given (the CLI passes `auto`). */
  concurrency?: Concurrency;
  /** Lint only this share of the files (`--shard i/n`), split by a hash of each path. */
  shard?: Shard;
}

const MAX_FIX_PASSES = 10;

export interface FileRun {
  result: LintResult;
  directives: ReturnType<typeof parseDirectives>;
  /** What the cross-document rules keep of the file's documents until every file is linted. */
  kept: KeptEntry[];
  messages: LintMessage[];
  /** The file's HTML comments (its directives), kept with --cache so a cache hit can apply them again. */
  comments?: Html[];
}

export async function lintFiles(patterns: string[], options: LintOptions = {}): Promise<LintResult[]> {
  const results: LintResult[] = [];
  await lintRun(patterns, options, (result) => void results.push(result), liveStore);
  return results;
}

/** Receives each file's result, in the order lintFiles returns them. */
export type ResultSink = (result: LintResult) => void | Promise<void>;

export interface StreamTuning {
  /**
   * With cross-document rules on, finished files wait for them in a temporary file above this many
   * files, below it as one JSON string each in memory (so a pre-commit run writes no temporary file).
   */
  spillAbove?: number;
}

const SPILL_ABOVE = 2000;

/**
 * lintFiles without holding every result: each goes to `onResult` as soon as it is final, in
 * lintFiles' order. Without cross-document rules that is when it and every earlier file are linted;
 * with them, after they have compared every file, and until then a finished file waits as JSON
 * rather than as live objects. No result has `output` or lintedTextOf: streaming does not fix.
 */
export async function lintFilesEach(patterns: string[], options: LintOptions, onResult: ResultSink, tuning: StreamTuning = {}): Promise<void> {
  if (options.fix || options.applySuggestions || options.keepTexts) throw new Error('lintFilesEach does not fix; use lintFiles.');
  const spillAbove = tuning.spillAbove ?? SPILL_ABOVE;
  await lintRun(patterns, options, onResult, (files) => (files > spillAbove ? spillStore() : jsonStore()));
}

async function lintRun(patterns: string[], options: LintOptions, sink: ResultSink, openStore: (files: number) => RunStore | Promise<RunStore>): Promise<void> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = options.config ?? (await loadConfig({ ...options, cwd }));
  const history = options.history ?? config.data.history ?? false;
  const discovered = await discoverFiles(patterns, { ...options, cwd, config });
  // A shard's files keep their places among all the files found (`positions`): cross-document rules compare them all.
  const positions: number[] | undefined = options.shard ? [] : undefined;
  const files = positions ? discovered.filter((file, position) => inShard(file, cwd, options.shard!) && positions.push(position) > 0) : discovered;
  const settings: RunSettings = { config, cliPlatform: options.platform, cliRules: options.rules };
  const cross = new CrossCollector(activeCrossRules(config, options.rules), settings);
  const known = new Set(config.rules.keys());
  // Fixing rewrites files, so it always starts from what is on disk.
  const cache =
    options.cache && !options.fix && !options.applySuggestions
      ? await LintCache.open(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, cwd, cacheRunKey({ ...options, config, history }))
      : undefined;
  const fresh: { file: string; hash: string; entry: CacheEntry }[] = [];
  // Without cross-document rules a file's result is final as soon as it is linted.
  const store = cross.active ? await openStore(files.length) : undefined;
  const kept = new KeptStore(cross.rules, store?.file);
  const settle = async (index: number, run: FileRun) => {
    if (!store) return sink(finalResult(run, known, options));
    kept.add(positions?.[index] ?? index, index, run.kept, files[index]);
    store.put(index, run);
  };
  try {
    // A file's text lives in the thread that read it, and fixing or keeping texts needs it here.
    const threads = cache || options.fix || options.applySuggestions || options.keepTexts ? 0 : threadCount(options.concurrency, files.length);
    const parallel =
      threads > 0 &&
      (await lintInWorkers(files, { ...options, cwd, history }, settings, threads, cross, (file) => lintOneFile(file, settings, { ...options, cwd, history }, cross), settle));
    const ahead = !parallel && files.length > 1 ? readAhead(files) : undefined;
    for (const [index, file] of (parallel ? [] : files).entries()) {
      await ahead?.before(index);
      const hash = await cache?.hashOf(file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
      const hit = hash === undefined ? undefined : cache!.lookup(file, hash);
      const source = sourceFor(file)!;
      const load = () => source.load(file, { ...options, history });
      if (hit) {
        await settle(index, await cachedRun(file, hit, load, cross));
        continue;
      }
      const run = await lintLoaded(file, load, settings, options, cross);
      // Stored before the cross-document phase adds to the messages: those depend on the other files.
      const cacheable = !run.messages.some((m) => m.fatal);
      if (hash !== undefined && cacheable) fresh.push({ file, hash, entry: { messages: [...run.messages], comments: run.comments ?? [], metadata: run.result.metadata } });
      await settle(index, run);
    }
    if (store) {
      // Cross-document rules compare every file, so a shard reads (but does not lint) the others' documents.
      // They see the documents in discovery order, as in a full run, so ties (same date) break alike.
      if (positions) {
        for (let position = 0, own = 0; position < discovered.length; position++) {
          if (positions[own] === position) own++;
          else kept.add(position, -1, await cross.collectFile(discovered[position]!, { ...options, history }), discovered[position]);
        }
      }
      const added = await crossDocumentMessages(kept, options);
      for (let index = 0; index < files.length; index++) {
        const run = store.take(index);
        const extra = added.get(index);
        if (extra) {
          run.messages.push(...extra.messages);
          if (extra.text !== undefined && !lintedTexts.has(run.result)) lintedTexts.set(run.result, { original: extra.text, linted: extra.text });
        }
        added.delete(index);
        await sink(finalResult(run, known, options));
      }
    }
  } finally {
    await store?.close();
  }
  if (cache) {
    for (const { file, hash, entry } of fresh) cache.store(file, hash, entry);
    // A cache that cannot be written only costs speed next time; the findings stand.
    await cache.save().catch(() => undefined);
  }
}

interface LintedText {
  /** The text as read, before any fix: what must still be on disk when fixes are written. */
  original: string;
  /** The text the findings refer to (after fixes, when fixing). */
  linted: string;
}

const lintedTexts = new WeakMap<LintResult, LintedText>();

/**
 * The text behind a result of this process's lintFiles/lintText, for writers and fingerprints:
 * for lintText always, for lintFiles with `keepTexts` or when a fix changed the file (holding
 * every draft's text for the whole run cost ~400 bytes a draft).
 */
export function lintedTextOf(result: LintResult): LintedText | undefined {
  return lintedTexts.get(result);
}

export interface LintTextOptions extends LintOptions {
  /** The name the text is linted under (`--stdin-filename`); decides the config that applies. */
  filePath?: string;
}

/** Lints Markdown text that is not on disk (stdin, editors). */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = options.config ?? (await loadConfig({ ...options, cwd }));
  const filePath = path.resolve(cwd, options.filePath ?? '<text>.md');
  const settings: RunSettings = { config, cliPlatform: options.platform, cliRules: options.rules };
  const cross = new CrossCollector(activeCrossRules(config, options.rules), settings);
  const run = await lintLoaded(filePath, async () => markdownFromText(filePath, text), settings, options, cross, true);
  const kept = new KeptStore(cross.rules);
  kept.add(0, 0, run.kept, filePath);
  const extra = (await crossDocumentMessages(kept, options)).get(0);
  if (extra) run.messages.push(...extra.messages);
  return [finalResult(run, new Set(config.rules.keys()), options)];
}

/** Lints one file by itself, without the cross-document phase: a worker thread's unit of work. */
export async function lintOneFile(file: string, settings: RunSettings, options: LintOptions, cross: CrossCollector): Promise<FileRun> {
  return lintLoaded(file, () => sourceFor(file)!.load(file, options), settings, options, cross);
}

/**
 * A file whose findings of single-document rules come from the cache; its directives are applied
 * again, and with cross-document rules active it is still read for them (they compare every file).
 */
async function cachedRun(file: string, hit: CacheEntry, load: () => Promise<LoadedSource>, cross: CrossCollector): Promise<FileRun> {
  const result = emptyResult(file);
  if (hit.metadata) result.metadata = hit.metadata;
  let documents: LintDocument[] = [];
  if (cross.active) {
    try {
      documents = (await load()).documents;
    } catch (error) {
      return fatalRun(file, error);
    }
  }
  return { result, directives: parseDirectives(hit.comments), kept: cross.collect(file, documents), messages: [...hit.messages], comments: hit.comments };
}

async function lintLoaded(
  filePath: string,
  load: () => Promise<LoadedSource>,
  settings: RunSettings,
  options: LintOptions,
  cross: CrossCollector,
  /** Text that is not on disk (lintText): always kept for writers and baselines. */
  keepText = false,
): Promise<FileRun> {
  let loaded: LoadedSource;
  try {
    loaded = await load();
  } catch (error) {
    return fatalRun(filePath, error);
  }
  const original = loaded.text;
  const scores: ProfileScore[] = [];
  let messages = await lintSource(filePath, loaded, settings, scores);
  let output: string | undefined;
  const pick = fixPicker(settings, options);
  if (pick && loaded.text !== undefined) {
    const fixed = await fixLoop(filePath, loaded, messages, settings, pick);
    messages = fixed.messages;
    loaded = fixed.loaded;
    if (fixed.changed) output = fixed.text;
  }
  messages = messages.map(detached);
  const result = emptyResult(filePath);
  if (output !== undefined) result.output = output;
  if (scores.length) result.metadata = { ...result.metadata, profileScores: scores };
  if (original !== undefined && (keepText || options.keepTexts || output !== undefined)) lintedTexts.set(result, { original, linted: output ?? original });
  const comments = options.cache ? { comments: loaded.comments ?? [] } : {};
  return { result, directives: parseDirectives(loaded.comments ?? []), kept: cross.collect(filePath, loaded.documents), messages, ...comments };
}

async function lintSource(filePath: string, loaded: LoadedSource, settings: RunSettings, scores?: ProfileScore[]): Promise<LintMessage[]> {
  const messages = [...loaded.problems];
  for (const document of loaded.documents) {
    const resolved = configForDocument(settings, filePath, document);
    const found = await runRules(document, resolved, settings.config.rules, loaded.text, scores);
    // A post from an export's history is found by its date: the archive holds years of them.
    const date = document.type === 'post' ? document.origin?.date : undefined;
    messages.push(...(date ? found.map((m) => ({ ...m, message: `${m.message} (post of ${date})` })) : found));
  }
  return messages;
}

/** Which edits a fixing run applies: fixes (of the chosen categories), and/or one rule's first suggestions. */
function fixPicker(settings: RunSettings, options: LintOptions): FixPicker | undefined {
  const { applySuggestions, fixTypes, fix } = options;
  if (!applySuggestions && !fix) return undefined;
  const fixOf = (message: LintMessage) => {
    if (!fix || !message.fix) return undefined;
    if (!fixTypes?.length) return message.fix;
    const category = settings.config.rules.get(message.ruleId ?? '')?.meta.category;
    return category !== undefined && fixTypes.includes(category) ? message.fix : undefined;
  };
  return (message) => (applySuggestions && message.ruleId === applySuggestions ? message.suggestions?.[0]?.fix : undefined) ?? fixOf(message);
}

/** Fix, re-parse, re-lint until nothing changes; a fix that undoes another is reported, not looped. */
async function fixLoop(filePath: string, loaded: LoadedSource, messages: LintMessage[], settings: RunSettings, pick: FixPicker) {
  const seen = new Set<string>([loaded.text!]);
  let text = loaded.text!;
  let changed = false;
  const problem = (message: string, severity: 1 | 2): LintMessage => ({ ruleId: null, severity, message, line: 1, column: 1 });
  for (let pass = 1; ; pass++) {
    const { text: next, applied } = applyFixes(text, messages, pick);
    if (applied === 0) break;
    if (seen.has(next)) {
      const rules = [...new Set(messages.filter((m) => pick(m)).map((m) => m.ruleId ?? ''))].sort().join(', ');
      messages.push(problem(`Fixes of ${rules} undo one another (circular fix); stopped fixing this file.`, 2));
      break;
    }
    if (pass > MAX_FIX_PASSES) {
      messages.push(problem(`Fixes were still changing this file after ${MAX_FIX_PASSES} passes; run --fix again to go on.`, 1));
      break;
    }
    seen.add(next);
    text = next;
    changed = true;
    loaded = markdownFromText(filePath, text);
    messages = await lintSource(filePath, loaded, settings);
  }
  return { text, loaded, messages, changed };
}

/** What the cross-document rules add to a file: findings, and with keepTexts the text their fixes edit. */
interface AddedMessages {
  messages: LintMessage[];
  text?: string;
}

/** Runs the cross-document rules over what they kept, one rule at a time; returns their findings by file index. */
async function crossDocumentMessages(kept: KeptStore, options: LintOptions): Promise<Map<number, AddedMessages>> {
  const added = new Map<number, AddedMessages>();
  for (const rule of kept.rules) {
    for (const { group, values, platforms, severities, reportIndex } of kept.take(rule)) {
      const at = new Map(values.map((value, i) => [value, i]));
      await checkAllOf(rule, {
        ruleId: rule.id,
        documents: values.map((document, i) => ({ document, platforms: platforms[i]! })),
        options: group.options,
        settings: group.settings,
        report(value: object, descriptor: ReportDescriptor) {
          const i = at.get(value);
          const index = i === undefined ? -1 : reportIndex[i]!;
          if (index === -1) return;
          // A rule's own records hold no text, so only a rule handed whole documents can offer fixes.
          const document = rule.collect ? undefined : (value as LintDocument);
          const text = document?.type === 'post' ? document.file?.text : undefined;
          const message = detached(toMessage(rule.id, severities[i!] as 1 | 2, descriptor, text));
          let into = added.get(index);
          if (!into) added.set(index, (into = { messages: [] }));
          into.messages.push(message);
          if (text !== undefined && options.keepTexts && editable(message)) into.text ??= text;
        },
      });
    }
  }
  return added;
}

/** A rule's checkAll, whose failure names the rule, as a single-document rule's does. */
async function checkAllOf(rule: AnyCrossRule, context: Parameters<AnyCrossRule['checkAll']>[0]): Promise<void> {
  try {
    await rule.checkAll(context);
  } catch (error) {
    throw new RuleFailure(rule.id, error);
  }
}

/** Applies a file's directives to its findings, sorts and counts them: the result as reported. */
function finalResult(run: StoredRun, known: ReadonlySet<string>, options: LintOptions): LintResult {
  const { messages, directiveProblems } = applyDirectives(run.directives, run.messages, known, options.reportUnusedDisableDirectives ?? 'off');
  const result = run.result;
  result.messages = [...messages, ...directiveProblems].sort(byPosition);
  count(result);
  return result;
}

const editable = (message: LintMessage) => message.fix !== undefined || message.suggestions !== undefined;

function byPosition(a: LintMessage, b: LintMessage): number {
  return (a.entry ?? '').localeCompare(b.entry ?? '') || a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

function emptyResult(filePath: string): LintResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

/** Sets a result's counts from its messages (after a baseline or --quiet drops some). */
export function recount(result: LintResult): LintResult {
  Object.assign(result, { errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
  count(result);
  return result;
}

function count(result: LintResult): void {
  for (const message of result.messages) {
    if (message.severity === 2) {
      result.errorCount++;
      if (message.fatal) result.fatalErrorCount++;
      if (message.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (message.fix) result.fixableWarningCount++;
    }
  }
}

/** A file that could not be read or parsed: one fatal message with a one-line reason. */
function fatalRun(filePath: string, error: unknown): FileRun {
  const result = emptyResult(filePath);
  const reason =
    error instanceof UnreadableFileError ? error.message : `Cannot read file: ${systemReason(error)}.`;
  const line = error instanceof UnreadableFileError ? error.line : 1;
  const column = error instanceof UnreadableFileError ? error.column : 1;
  return { result, directives: [], kept: [], messages: [{ ruleId: null, severity: 2, fatal: true, message: reason, line, column }] };
}
