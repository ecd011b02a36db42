import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { location } from 'vfile-location';
import { writeAtomically } from '../cli/write-file.js';
import { UsageError } from '../config/errors.js';
import { sourceFor } from '../sources/index.js';
import { readTextFile, systemReason } from '../sources/read.js';
import type { LintMessage, LintResult } from '../types.js';
import { lintedTextOf, recount } from './lint.js';

export const DEFAULT_BASELINE_FILE = '.socialint-baseline.json';
const BASELINE_VERSION = 1;

/** Findings accepted as they are: `count` findings of `rule` on the same text in `file`. */
export interface BaselineEntry {
  /** Relative to the baseline file, with `/`. */
  file: string;
  rule: string;
  /** Hash of the flagged text (never the text: it may be a phone number or a secret). */
  fingerprint: string;
  count: number;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  entries: BaselineEntry[];
}

/** Records every rule finding of the results. */
export async function recordBaseline(results: LintResult[], baselineFile: string): Promise<Baseline> {
  const counts = new Map<string, BaselineEntry>();
  for (const result of results) {
    const file = fileKey(result.filePath, baselineFile);
    const prints = await fingerprintsOf(result);
    result.messages.forEach((message, i) => {
      const fingerprint = prints[i];
      if (!message.ruleId || fingerprint === undefined) return;
      const key = entryKey(file, message.ruleId, fingerprint);
      const entry = counts.get(key) ?? { file, rule: message.ruleId, fingerprint, count: 0 };
      entry.count++;
      counts.set(key, entry);
    });
  }
  return { version: BASELINE_VERSION, entries: sortEntries([...counts.values()]) };
}

/** Drops the findings the baseline accepts (each entry up to its count); returns how many it dropped. */
export async function applyBaseline(results: LintResult[], baseline: Baseline, baselineFile: string): Promise<number> {
  const drop = baselineStep(baseline, baselineFile);
  let dropped = 0;
  for (const result of results) dropped += await drop(result);
  return dropped;
}

/**
 * applyBaseline one result at a time, for results that arrive one by one: each call drops the
 * findings of one result that the entries still accept, and counts down the entries it used.
 */
export function baselineStep(baseline: Baseline, baselineFile: string): (result: LintResult) => Promise<number> {
  const remaining = new Map(baseline.entries.map((e) => [entryKey(e.file, e.rule, e.fingerprint), e.count]));
  return async (result) => {
    let dropped = 0;
    const file = fileKey(result.filePath, baselineFile);
    const prints = await fingerprintsOf(result);
    const kept = result.messages.filter((message, i) => {
      const fingerprint = prints[i];
      if (!message.ruleId || fingerprint === undefined) return true;
      const key = entryKey(file, message.ruleId, fingerprint);
      const left = remaining.get(key) ?? 0;
      if (left <= 0) return true;
      remaining.set(key, left - 1);
      dropped++;
      return false;
    });
    if (kept.length !== result.messages.length) {
      result.messages = kept;
      recount(result);
    }
    return dropped;
  };
}

/**
 * Lowers each entry to what still occurs in the files of this run and drops entries of files that
 * are gone; entries of files this run did not lint are kept as they are.
 */
export async function pruneBaseline(baseline: Baseline, results: LintResult[], baselineFile: string): Promise<{ baseline: Baseline; removed: number }> {
  const current = await recordBaseline(results, baselineFile);
  const linted = new Set(results.map((r) => fileKey(r.filePath, baselineFile)));
  const occurring = new Map(current.entries.map((e) => [entryKey(e.file, e.rule, e.fingerprint), e.count]));
  const base = path.dirname(baselineFile);
  let removed = 0;
  const entries: BaselineEntry[] = [];
  for (const entry of baseline.entries) {
    let count = entry.count;
    if (!existsSync(path.resolve(base, entry.file))) count = 0;
    else if (linted.has(entry.file)) count = Math.min(count, occurring.get(entryKey(entry.file, entry.rule, entry.fingerprint)) ?? 0);
    removed += entry.count - count;
    if (count > 0) entries.push({ ...entry, count });
  }
  return { baseline: { version: BASELINE_VERSION, entries }, removed };
}

/** Reads a baseline; a file that is not one stops the run with one line naming it. */
export async function readBaseline(file: string, displayName = file): Promise<Baseline> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? 'not valid JSON' : 'cannot read it';
    throw new UsageError(`${displayName}: ${reason}; record a baseline with \`socialint baseline\`.`);
  }
  if (!isBaseline(data)) throw new UsageError(`${displayName}: not a socialint baseline (expected {"version": 1, "entries": [...]}).`);
  return data;
}

export async function writeBaseline(file: string, baseline: Baseline, displayName = file): Promise<void> {
  const content = `${JSON.stringify({ version: baseline.version, entries: sortEntries(baseline.entries) }, null, 2)}\n`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeAtomically(file, content);
  } catch (error) {
    throw new UsageError(`${displayName}: cannot write the baseline: ${systemReason(error)}.`);
  }
}

/**
 * One fingerprint per message (undefined for findings without a rule): a hash of the rule and the
 * text it flags, whitespace folded, so a finding keeps its fingerprint when lines move around it.
 * A finding with no range is known by its line's text and its message.
 */
export async function fingerprintsOf(result: LintResult): Promise<(string | undefined)[]> {
  const text = await textOf(result);
  const positions = text === undefined ? undefined : location(text);
  return result.messages.map((message) => {
    if (!message.ruleId) return undefined;
    return sha256([message.ruleId, message.entry ?? '', flagged(message, text, positions)].join('\0')).slice(0, 16);
  });
}

function flagged(message: LintMessage, text: string | undefined, positions: ReturnType<typeof location> | undefined): string {
  if (text === undefined || positions === undefined || message.entry) return message.message;
  const start = positions.toOffset({ line: message.line, column: message.column });
  const end = message.endLine === undefined ? undefined : positions.toOffset({ line: message.endLine, column: message.endColumn ?? 1 });
  if (start !== undefined && end !== undefined && end > start) return fold(text.slice(start, end));
  const lineText = text.split(/\r?\n/)[message.line - 1] ?? '';
  return `${fold(lineText)}\0${message.message}`;
}

/** The text the findings refer to: as linted in this process, else as on disk now (cached results). */
async function textOf(result: LintResult): Promise<string | undefined> {
  const linted = lintedTextOf(result)?.linted;
  if (linted !== undefined) return linted;
  if (sourceFor(result.filePath)?.name !== 'markdown') return undefined;
  return readTextFile(result.filePath).catch(() => undefined);
}

function fileKey(filePath: string, baselineFile: string): string {
  return path.relative(path.dirname(baselineFile), filePath).split(path.sep).join('/');
}

const entryKey = (file: string, rule: string, fingerprint: string) => `${file}\0${rule}\0${fingerprint}`;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
}

function isBaseline(data: unknown): data is Baseline {
  const candidate = data as Partial<Baseline> | null;
  return (
    typeof candidate === 'object' && candidate !== null &&
    candidate.version === BASELINE_VERSION &&
    Array.isArray(candidate.entries) &&
    candidate.entries.every(
      (e) => typeof e?.file === 'string' && typeof e.rule === 'string' && typeof e.fingerprint === 'string' && Number.isInteger(e.count) && e.count > 0,
    )
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
