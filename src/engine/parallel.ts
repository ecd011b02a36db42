import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { LoadedConfig } from '../config/types.js';
import { filePositions, proseData, proseFromData, type ProseData } from '../prose.js';
import { readAhead } from '../sources/read-ahead.js';
import type { LintDocument, PostDocument } from '../types.js';
import { activeCrossRules, CrossCollector, type KeptEntry } from './cross-document-record.js';
import { recordBytes } from './kept-store.js';
import type { FileRun, LintOptions } from './lint.js';
import { RuleFailure, type RunSettings } from './run-rules.js';

/** `--concurrency`: a number of threads, `auto` (by file count and cores) or `off`. */
export type Concurrency = number | 'auto' | 'off';

/**
 * Below this many files a run stays on the main thread. A worker loads the engine and rules again
 * and compiles its own hot code: with the main thread linting too, one worker cost 0.5 s more CPU
 * at 1,000 drafts, 1.2 s at 2,000 and 2 s at 4,000, and was slower in wall time up to 2,000 and
 * even at 4,000; faster at 10,000 (bench/RESULTS.md, third round).
 */
export const AUTO_MIN_FILES = 5000;
/** Files handed to a worker at a time: large enough to amortise messaging, small enough to balance. */
const BATCH = 32;

/** How many worker threads a run of `files` files uses; 0 means lint on the main thread. */
export function threadCount(concurrency: Concurrency | undefined, files: number, cores = availableParallelism()): number {
  if (concurrency === undefined || concurrency === 'off') return 0;
  if (concurrency === 'auto' && files < AUTO_MIN_FILES) return 0;
  const wanted = concurrency === 'auto' ? Math.min(cores, Math.floor(files / (AUTO_MIN_FILES / 2))) : concurrency;
  const threads = Math.min(wanted, files);
  return threads >= 2 ? threads : 0;
}

/** What a config is, in a form both threads can compare: workers must lint with the same one. */
export function configFingerprint(config: LoadedConfig): string {
  return JSON.stringify({ file: config.filePath ?? null, data: config.data, rules: [...config.rules.keys()] });
}

interface WorkerInput {
  socialintLintWorker: true;
  options: LintOptions;
}

/** A draft as plain data: its Prose objects become their text and segments. */
type PortablePost = Omit<PostDocument, 'body' | 'parts'> & { body: ProseData; parts: ProseData[] };

interface WorkerRun {
  /** Its kept entries are what rules' `collect` returned, or drafts as PortablePost for rules without one. */
  run: FileRun;
  /** A rule without `collect` needs a document that cannot travel (a profile): read it again here. */
  reload?: boolean;
}

type FromWorker =
  | { type: 'ready'; fingerprint: string }
  | { type: 'runs'; start: number; runs: WorkerRun[] }
  | { type: 'failed'; message: string; ruleId?: string; filePath?: string };

type ToWorker = { type: 'batch'; start: number; files: string[] };

/**
 * Lints `files` on `threads` threads, this one included, and hands each file's run to `onRun` in
 * the order given, as soon as it and every file before it are done (a run finished early waits in
 * a small reorder buffer); returns false when workers cannot run at all (socialint running from
 * its TypeScript sources, options that cannot be copied) and the caller then lints in-thread. This thread lints
 * batches too between handling the workers' messages, rather than idling while they work.
 * Cross-document rules need every document in one place: workers send back what each rule's
 * `collect` kept, drafts as plain data for a rule without `collect`, and this thread reads
 * again only what cannot travel (profile exports, for a rule without `collect`).
 */
export async function lintInWorkers(
  files: string[],
  options: LintOptions,
  settings: RunSettings,
  threads: number,
  cross: CrossCollector,
  lintHere: (file: string) => Promise<FileRun>,
  onRun: (index: number, run: FileRun) => void | Promise<void>,
): Promise<boolean> {
  const entry = new URL(import.meta.url);
  if (!entry.pathname.endsWith('.js')) return false;
  let input: WorkerInput;
  try {
    input = structuredClone({ socialintLintWorker: true, options: { ...options, config: undefined, cache: false, concurrency: 'off' } });
  } catch {
    return false;
  }
  const expected = configFingerprint(settings.config);
  const ruleOf = (id: string) => cross.rules.find((rule) => rule.id === id)!;
  const runs: (FileRun | undefined)[] = new Array(files.length);
  let delivered = 0;
  // Files whose documents for rules without `collect` are read again on this thread, as each is handed on.
  const reload = new Set<number>();
  // Batches of a worker that died (out of memory, a crash) go to this thread.
  const retry: number[] = [];
  const inFlight = new Map<Worker, Set<number>>();
  let next = 0;
  let done = 0;
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const take = (): number | undefined => {
    if (retry.length) return retry.shift();
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return start;
  };
  const end = (start: number) => Math.min(files.length, start + BATCH);
  const feed = (worker: Worker) => {
    const start = take();
    if (start === undefined) return;
    inFlight.get(worker)!.add(start);
    worker.postMessage({ type: 'batch', start, files: files.slice(start, end(start)) } satisfies ToWorker);
  };
  const drop = (worker: Worker) => {
    retry.push(...(inFlight.get(worker) ?? []));
    inFlight.delete(worker);
    void worker.terminate();
    signal();
  };

  for (let i = 1; i < threads; i++) {
    // No resourceLimits: a 160 MiB cap on the worker heap made 100,000 drafts take 14 s more CPU
    // (collections) for a higher peak, not a lower one.
    // Workers load the bundle with Node's loader, compiled from source. Through bin/load-bundle.js
    // with the code cache one loaded in 13 instead of 38 ms, but peak RSS rose by ~20 MiB at 10,000
    // drafts and ~100 MiB at 100,000 for no CPU gain measurable there (bench/RESULTS.md).
    const worker = new Worker(entry, { workerData: input, stdout: false, stderr: false });
    inFlight.set(worker, new Set());
    // Two batches in flight from the start: they wait in the worker's port while it loads, so it
    // lints as soon as it can rather than when this thread, busy with its own first batch, reads
    // its `ready`. A worker that turns out to have another config gives them back.
    feed(worker);
    feed(worker);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        // A config this thread cannot hand over (built in code): it lints alone.
        if (message.fingerprint !== expected) return drop(worker);
      } else if (message.type === 'runs') {
        // Runs a dropped worker sent before it ended are linted again elsewhere: count them once.
        if (!inFlight.get(worker)?.delete(message.start)) return;
        message.runs.forEach(({ run, reload: again }, j) => {
          for (const entry of run.kept) if (!ruleOf(entry.ruleId).collect) entry.value = revive(entry.value as PortablePost);
          runs[message.start + j] = run;
          if (again) reload.add(message.start + j);
        });
        done += message.runs.length;
        feed(worker);
        signal();
      } else {
        failed ??= message.ruleId ? new RuleFailure(message.ruleId, new Error(message.message), message.filePath) : new Error(message.message);
        signal();
      }
    });
    worker.on('error', () => drop(worker));
    // A worker that ends without an error (it never served) still gives its batches back.
    worker.on('exit', () => inFlight.has(worker) && drop(worker));
  }

  const deliver = async () => {
    while (!failed && delivered < files.length && runs[delivered] !== undefined) {
      const run = runs[delivered]!;
      runs[delivered] = undefined;
      if (reload.delete(delivered)) run.kept.push(...(await cross.collectFile(files[delivered]!, options, (rule) => !rule.collect)));
      await onRun(delivered++, run);
    }
  };
  try {
    while (!failed && done < files.length) {
      await deliver();
      const start = take();
      if (start === undefined) {
        if (done < files.length) await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const batch = files.slice(start, end(start));
      const ahead = readAhead(batch);
      for (const [i, file] of batch.entries()) {
        await ahead.before(i);
        runs[start + i] = await lintHere(file);
      }
      done += end(start) - start;
      // Let the workers' messages in: a worker waiting for its next batch is a core left idle.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await deliver();
  } finally {
    await Promise.all([...inFlight.keys()].map((worker) => worker.terminate()));
  }
  if (failed) throw failed;
  return true;
}

/** A draft as plain data for the trip to the main thread; undefined when it cannot go. */
function portable(document: LintDocument): PortablePost | undefined {
  if (document.type !== 'post' || !document.file) return undefined;
  const body = proseData(document.body);
  // A draft that is not a thread has its body as its one part; keep them one object.
  const parts = document.parts.map((part) => (part === document.body ? body : proseData(part)));
  if (!body || parts.some((part) => !part)) return undefined;
  return { ...document, body, parts: parts as ProseData[] };
}

function revive(document: PortablePost): LintDocument {
  const positions = filePositions(document.file!.text);
  const body = proseFromData(document.body, positions);
  const parts = document.parts.map((part) => (part === document.body ? body : proseFromData(part, positions)));
  return { ...document, body, parts };
}

/** The worker side: rebuild the config from the same options, then lint the batches it is sent. */
async function serve(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  const post = (message: FromWorker) => port.postMessage(message);
  try {
    const { loadConfig } = await import('../config/load.js');
    const { lintOneFile } = await import('./lint.js');
    const { options } = input;
    const config = await loadConfig({ cwd: options.cwd, configFile: options.configFile, noConfigLookup: options.noConfigLookup, rulesDirs: options.rulesDirs });
    const settings: RunSettings = { config, cliPlatform: options.platform, cliRules: options.rules };
    const cross = new CrossCollector(activeCrossRules(config, options.rules), settings);
    post({ type: 'ready', fingerprint: configFingerprint(config) });
    const lintBatch = async (message: ToWorker) => {
      try {
        const runs: WorkerRun[] = [];
        const ahead = readAhead(message.files);
        for (const [i, file] of message.files.entries()) {
          await ahead.before(i);
          runs.push(travelling(await lintOneFile(file, settings, options, cross), cross));
        }
        post({ type: 'runs', start: message.start, runs });
      } catch (error) {
        post(failure(error));
      }
    };
    // One batch at a time: reading ahead lets the event loop turn between files, which would
    // otherwise start the next batch's handler alongside this one.
    let queue = Promise.resolve();
    port.on('message', (message: ToWorker) => {
      queue = queue.then(() => lintBatch(message));
    });
  } catch (error) {
    post(failure(error));
  }
}

/** A run as it can cross to the main thread: documents kept for rules without `collect` as plain data. */
function travelling(run: FileRun, cross: CrossCollector): WorkerRun {
  const collected = (entry: KeptEntry) => cross.rules.find((rule) => rule.id === entry.ruleId)!.collect !== undefined;
  const file = run.result.filePath;
  const asBytes = ({ value, ...entry }: KeptEntry): KeptEntry => ({ ...entry, bytes: recordBytes(value!, entry.ruleId, file) });
  const kept = run.kept.map((entry) => (collected(entry) ? asBytes(entry) : { ...entry, value: portable(entry.value as LintDocument) }));
  // The main thread reads the file again for every rule without collect, so none is kept twice.
  if (kept.some((entry) => !entry.bytes && entry.value === undefined)) return { run: { ...run, kept: kept.filter((entry) => entry.bytes) }, reload: true };
  return { run: { ...run, kept } };
}

function failure(error: unknown): FromWorker {
  if (error instanceof RuleFailure) {
    const original = error.original instanceof Error ? error.original.message : String(error.original);
    return { type: 'failed', message: original, ruleId: error.ruleId, filePath: error.filePath };
  }
  return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.socialintLintWorker) void serve(workerData as WorkerInput);
