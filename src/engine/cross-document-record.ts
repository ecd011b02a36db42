import type { Root, Yaml } from 'mdast';
import type { LoadedConfig } from '../config/types.js';
import { filePositions, proseData, proseFromData } from '../prose.js';
import { sourceFor, type LoadOptions } from '../sources/index.js';
import type { CrossDocumentRule, LintDocument, Platform, Prose, SeverityName } from '../types.js';
import { configForDocument, documentKind, isCrossDocument, RuleFailure, type RunSettings } from './run-rules.js';
import { flat } from './detached.js';

/** A cross-document rule as the engine holds it, whatever its options and kept records are. */
export type AnyCrossRule = CrossDocumentRule<Record<string, unknown>, object>;

/** The options and settings a set of documents shares for one rule: a rule compares within a group. */
export interface CrossGroup {
  key: string;
  options: Record<string, unknown>;
  settings: Record<string, unknown>;
}

/** What the cross-document phase holds of one document for one rule until every file is linted. */
export interface KeptEntry {
  ruleId: string;
  group: CrossGroup;
  severity: 1 | 2;
  platforms: Platform[];
  /** What the rule's `collect` returned or, for a rule without one, the document (slimmed). */
  value?: object;
  /** A worker's `collect` value, already as the bytes it waits as (recordBytes), so it crosses threads as they are. */
  bytes?: Uint8Array;
}

/**
 * The cross-document rules the config or the command line turns on somewhere. One the command line
 * turns off is off for every file (it wins over the config and its overrides), so the run does not
 * keep records for it, nor hold each finished file back for a phase that will find nothing.
 */
export function activeCrossRules(config: LoadedConfig, cliRules: Record<string, SeverityName> | undefined): AnyCrossRule[] {
  const rules: AnyCrossRule[] = [];
  for (const rule of config.rules.values()) {
    if (!isCrossDocument(rule) || cliRules?.[rule.id] === 'off') continue;
    const inConfig = [config.data.rules, ...(config.data.overrides ?? []).map((o) => o.rules)].some((entries) => {
      const entry = entries?.[rule.id];
      const severity = Array.isArray(entry) ? entry[0] : entry;
      return entry !== undefined && severity !== 'off' && severity !== 0;
    });
    const fromCli = cliRules?.[rule.id] !== undefined;
    if (inConfig || fromCli) rules.push(rule as AnyCrossRule);
  }
  return rules;
}

/**
 * Takes, for every active cross-document rule, what it keeps of a file's documents, right after
 * the file is linted (on the thread that linted it). Groups and platform lists are shared between
 * entries, so a worker's message carries each once; the KeptStore merges them by key across threads.
 */
export class CrossCollector {
  private readonly groups = new Map<string, CrossGroup>();
  private readonly platformLists = new Map<string, Platform[]>();

  constructor(
    readonly rules: readonly AnyCrossRule[],
    private readonly settings: RunSettings,
  ) {}

  get active(): boolean {
    return this.rules.length > 0;
  }

  /** Entries for the documents of one file; `only` limits it to some rules (a second read on the main thread). */
  collect(filePath: string, documents: readonly LintDocument[], only?: (rule: AnyCrossRule) => boolean): KeptEntry[] {
    const entries: KeptEntry[] = [];
    for (const document of documents) {
      const resolved = configForDocument(this.settings, filePath, document);
      let slim: LintDocument | undefined;
      for (const rule of this.rules) {
        const setting = resolved.rules.get(rule.id);
        if (!setting || !rule.meta.appliesTo.includes(documentKind(document)) || (only && !only(rule))) continue;
        const options = { ...(rule.meta.defaultOptions ?? {}), ...setting.options };
        const group = this.group(options, resolved.settings);
        const platforms = this.platforms(resolved.platforms);
        let value: object | undefined;
        if (rule.collect) {
          try {
            value = rule.collect(document, { ruleId: rule.id, platforms, options: group.options, settings: group.settings });
          } catch (error) {
            throw new RuleFailure(rule.id, error, filePath);
          }
        } else {
          value = slim ??= forCrossRules(document);
        }
        if (value !== undefined) entries.push({ ruleId: rule.id, group, severity: setting.severity === 'error' ? 2 : 1, platforms, value });
      }
    }
    return entries;
  }

  /**
   * Entries for a file this thread did not lint: a file of another shard, or one whose documents a
   * rule without `collect` needs and a worker could not send. A file that cannot be read has none
   * (its one fatal message comes from where it is linted).
   */
  async collectFile(filePath: string, options: LoadOptions, only?: (rule: AnyCrossRule) => boolean): Promise<KeptEntry[]> {
    const loaded = await sourceFor(filePath)!
      .load(filePath, options)
      .catch(() => undefined);
    return this.collect(filePath, loaded?.documents ?? [], only);
  }

  private group(options: Record<string, unknown>, settings: Record<string, unknown>): CrossGroup {
    const key = JSON.stringify([options, settings]);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { key, options, settings }));
    return group;
  }

  private platforms(list: Platform[]): Platform[] {
    const key = list.join(',');
    let shared = this.platformLists.get(key);
    if (!shared) this.platformLists.set(key, (shared = list));
    return shared;
  }
}

/**
 * What a document keeps once its file is done, for a cross-document rule without `collect` (a
 * plugin's), whose checkAll runs only when every file is linted, so whatever is kept here grows
 * with the run. Measured as that phase starts (live heap
 * after a full GC, 5,000 drafts), the old copy kept ~4.3 KiB per draft, now ~2.3 KiB: the Markdown
 * tree's root went, and most of it was the prose, whose text was a rope of every piece of the
 * draft built up by concatenation. Kept now: the front matter node alone, the prose's text as one
 * flat string and its segments, on a fresh line index; the same PostDocument shape, so every
 * position and message comes out the same.
 */
export function forCrossRules(document: LintDocument): LintDocument {
  if (document.type !== 'post') return document;
  const source = document.file?.text;
  const positions = source === undefined ? undefined : filePositions(source);
  const slim = (prose: Prose): Prose => {
    const data = positions && proseData(prose);
    return data ? proseFromData({ text: flat(data.text), segments: data.segments }, positions) : prose;
  };
  const body = slim(document.body);
  // A draft that is not a thread has its body as its one part; keep them one object.
  const parts = document.parts.map((part) => (part === document.body ? body : slim(part)));
  return { ...document, body, parts, ...(document.tree ? { tree: frontMatterOnly(document.tree) } : {}) };
}

function frontMatterOnly(tree: Root): Root {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return { type: 'root', children: [] };
  const yaml: Yaml = { type: 'yaml', value: first.value, ...(first.position ? { position: first.position } : {}) };
  return { type: 'root', children: [yaml], ...(tree.position ? { position: tree.position } : {}) };
}

