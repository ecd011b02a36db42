import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from '../cli/write-file.js';
import type { Html } from 'mdast';
import type { LoadedConfig } from '../config/types.js';
import { packageVersion } from '../package-root.js';
import type { LintMessage, LintResult } from '../types.js';

export const DEFAULT_CACHE_LOCATION = '.socialintcache';
const CACHE_FORMAT = 2;

/** What a file's own linting produced: findings of single-document rules, before directives apply. */
export interface CacheEntry {
  messages: LintMessage[];
  /** The file's HTML comments, where its directives are, to apply them again on a hit. */
  comments: Html[];
  metadata?: LintResult['metadata'];
}

interface CachedFile extends CacheEntry {
  /** sha256 of the file's bytes: content decides, never file times (meaningless in CI checkouts). */
  hash: string;
}

interface CacheData {
  format: typeof CACHE_FORMAT;
  /** Everything besides the file's content that decides its findings; a change drops every entry. */
  run: string;
  files: Record<string, CachedFile>;
}

/** What the findings of a file depend on besides its content. */
export interface CacheRunInputs {
  config: LoadedConfig;
  platform?: string;
  rules?: Record<string, string>;
  history?: boolean;
  since?: Date;
  maxFileBytes?: number;
  reportUnusedDisableDirectives?: string;
}

export function cacheRunKey(inputs: CacheRunInputs): string {
  const { config } = inputs;
  // A rule's own code is part of the key so an edited local rule or plugin is not served stale results.
  const rules = [...config.rules].map(([id, rule]) => [id, rule.meta, String('checkAll' in rule ? rule.checkAll : rule.check)]);
  return sha256(
    JSON.stringify({
      socialint: packageVersion(),
      configFile: config.filePath ?? null,
      config: config.data,
      rules,
      platform: inputs.platform ?? null,
      cliRules: inputs.rules ?? {},
      history: inputs.history ?? false,
      since: inputs.since?.toISOString() ?? null,
      maxFileBytes: inputs.maxFileBytes ?? null,
      unused: inputs.reportUnusedDisableDirectives ?? 'off',
    }),
  );
}

/** Findings per file from earlier runs, keyed by content hash, in one JSON file. */
export class LintCache {
  private constructor(
    readonly file: string,
    private readonly run: string,
    private readonly files: Record<string, CachedFile>,
  ) {}

  /** A missing, unreadable or corrupt cache file, or one from another run setup, starts empty. */
  static async open(location: string, cwd: string, run: string): Promise<LintCache> {
    const file = resolveCacheFile(location, cwd);
    let files: Record<string, CachedFile> = {};
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheData>;
      if (isCacheData(data) && data.run === run) files = data.files;
    } catch {
      // A cache is only a shortcut: anything wrong with it means linting afresh.
    }
    return new LintCache(file, run, files);
  }

  /** The content hash of a regular file small enough to lint; undefined for anything else. */
  async hashOf(filePath: string, maxBytes: number | undefined): Promise<string | undefined> {
    try {
      const stats = await stat(filePath);
      if (!stats.isFile() || (maxBytes !== undefined && stats.size > maxBytes)) return undefined;
      return sha256(await readFile(filePath));
    } catch {
      return undefined;
    }
  }

  lookup(filePath: string, hash: string): CachedFile | undefined {
    const entry = this.files[this.keyOf(filePath)];
    return entry?.hash === hash ? entry : undefined;
  }

  store(filePath: string, hash: string, entry: CacheEntry): void {
    this.files[this.keyOf(filePath)] = { hash, messages: entry.messages, comments: entry.comments, ...(entry.metadata ? { metadata: entry.metadata } : {}) };
  }

  /** Written atomically; entries of files that no longer exist are dropped. */
  async save(): Promise<void> {
    const base = path.dirname(this.file);
    const files: Record<string, CachedFile> = {};
    for (const [key, entry] of Object.entries(this.files)) {
      if (existsSync(path.resolve(base, key))) files[key] = entry;
    }
    const data: CacheData = { format: CACHE_FORMAT, run: this.run, files };
    await mkdir(base, { recursive: true });
    await writeAtomically(this.file, JSON.stringify(data));
  }

  /** Paths relative to the cache file, so a cache restored in another checkout folder still hits. */
  private keyOf(filePath: string): string {
    return path.relative(path.dirname(this.file), filePath).split(path.sep).join('/');
  }
}

/** `--cache-location` may name a file or a folder (then the file inside it is `.socialintcache`). */
export function resolveCacheFile(location: string, cwd: string): string {
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, DEFAULT_CACHE_LOCATION) : resolved;
}

function isCacheData(data: Partial<CacheData> | null): data is CacheData {
  if (!data || data.format !== CACHE_FORMAT || typeof data.run !== 'string' || typeof data.files !== 'object' || data.files === null) return false;
  return Object.values(data.files).every(
    (entry) => typeof entry?.hash === 'string' && Array.isArray(entry.messages) && entry.messages.every(isMessage) && Array.isArray(entry.comments) && entry.comments.every(isComment),
  );
}

function isComment(comment: Partial<Html> | null): boolean {
  return typeof comment === 'object' && comment !== null && typeof comment.value === 'string' && Number.isInteger(comment.position?.start?.line) && Number.isInteger(comment.position?.end?.line);
}

function isMessage(message: Partial<LintMessage> | null): boolean {
  return (
    typeof message === 'object' && message !== null &&
    typeof message.message === 'string' &&
    (message.severity === 1 || message.severity === 2) &&
    Number.isInteger(message.line) && Number.isInteger(message.column)
  );
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
