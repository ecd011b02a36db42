import type { Yaml } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { flatLinePos, readFlatYaml } from './flat-yaml.js';
import { DRAFT_KINDS, PLATFORMS, type DraftKind, type DraftMeta, type Platform } from '../types.js';

export interface FrontMatterProblem {
  message: string;
  line: number;
  column: number;
  /** Broken YAML: the draft cannot be read as its author meant, so it is not linted. */
  fatal: boolean;
}

const KNOWN_KEYS = new Set(['platform', 'platforms', 'kind', 'to', 'date', 'tags', 'consented', 'title']);

/**
 * Reads and checks a draft's YAML front matter. Wrong values become problems located on their
 * own line; the draft keeps defaults for them so the rest of it is still linted.
 */
export function readFrontMatter(node: Yaml | undefined): { meta: DraftMeta; problems: FrontMatterProblem[] } {
  const meta: DraftMeta = { platforms: [], kind: 'post', raw: {} };
  const problems: FrontMatterProblem[] = [];
  if (!node) return { meta, problems };

  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const read = readFlat(node.value) ?? readYamlDocument(node.value);
  const at = (offset: number | undefined) => {
    const pos = read.linePos(offset ?? 0);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const problem = (message: string, offset: number | undefined, fatal = false) => problems.push({ message, ...at(offset), fatal });

  if ('error' in read) {
    problems.push({ message: `Front matter is not valid YAML: ${firstSentence(read.error.message)}`, ...at(read.error.offset), fatal: true });
    return { meta, problems };
  }
  if ('empty' in read) return { meta, problems };
  if ('notMap' in read) {
    problem('Front matter must be a mapping of keys to values (e.g. `platform: linkedin`).', read.notMap, true);
    return { meta, problems };
  }

  const { raw, entries } = read;
  meta.raw = raw;
  const valueOffset = (key: string) => entries.find((entry) => entry.key === key)?.valueOffset;

  for (const { key, keyOffset } of entries) {
    if (!KNOWN_KEYS.has(key)) {
      problem(`Unknown front matter key "${key}"; known keys: ${[...KNOWN_KEYS].join(', ')}.`, keyOffset);
    }
  }

  const platformValues: { value: unknown; offset?: number }[] = [];
  if ('platform' in raw) platformValues.push({ value: raw.platform, offset: valueOffset('platform') });
  if ('platforms' in raw) {
    const list = entries.find((entry) => entry.key === 'platforms');
    if (Array.isArray(raw.platforms)) {
      const items = list?.itemOffsets;
      raw.platforms.forEach((value, i) => platformValues.push({ value, offset: items && i < items.length ? items[i] : list?.valueOffset }));
    } else {
      problem('"platforms" must be a list, e.g. `platforms: [linkedin, mastodon]`.', list?.valueOffset);
    }
  }
  for (const { value, offset } of platformValues) {
    const name = typeof value === 'string' ? value.trim().toLowerCase() : value;
    const canonical = name === 'twitter' ? 'x' : name;
    if (typeof canonical === 'string' && (PLATFORMS as readonly string[]).includes(canonical)) {
      if (!meta.platforms.includes(canonical as Platform)) meta.platforms.push(canonical as Platform);
    } else {
      problem(`Unknown platform "${String(value)}"; expected one of ${PLATFORMS.join(', ')}.`, offset);
    }
  }

  if ('kind' in raw) {
    if (typeof raw.kind === 'string' && (DRAFT_KINDS as readonly string[]).includes(raw.kind)) {
      meta.kind = raw.kind as DraftKind;
    } else {
      problem(`Unknown kind "${String(raw.kind)}"; expected one of ${DRAFT_KINDS.join(', ')}.`, valueOffset('kind'));
    }
  }
  if ('to' in raw) {
    if (typeof raw.to === 'string' && raw.to.trim()) meta.to = raw.to.trim();
    else problem('"to" must be the recipient\'s name, e.g. `to: Priya Shah`.', valueOffset('to'));
  }
  if ('date' in raw) {
    const date = raw.date instanceof Date ? raw.date.toISOString() : raw.date;
    if (typeof date === 'string' && !Number.isNaN(Date.parse(date))) meta.date = date;
    else problem(`"date" must be a date such as 2026-03-14, not "${String(raw.date)}".`, valueOffset('date'));
  }
  for (const key of ['tags', 'consented'] as const) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) meta[key] = value as string[];
    else problem(`"${key}" must be a list of strings.`, valueOffset(key));
  }
  return { meta, problems };
}

type ReadYaml =
  | { error: { message: string; offset: number }; linePos: LinePos }
  | { empty: true; linePos: LinePos }
  | { notMap: number | undefined; linePos: LinePos }
  | { raw: Record<string, unknown>; entries: YamlEntry[]; linePos: LinePos };
type LinePos = (offset: number) => { line: number; col: number };
interface YamlEntry {
  key: string;
  keyOffset?: number;
  valueOffset?: number;
  itemOffsets?: (number | undefined)[];
}

/** Flat front matter, read without the `yaml` package; same values and offsets. */
function readFlat(text: string): ReadYaml | undefined {
  const flat = readFlatYaml(text);
  if (!flat) return undefined;
  const raw: Record<string, unknown> = {};
  for (const entry of flat.entries) raw[entry.key] = entry.value;
  return { raw, entries: flat.entries, linePos: (offset) => flatLinePos(flat, offset) };
}

function readYamlDocument(text: string): ReadYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const linePos = (offset: number) => lines.linePos(offset);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    return { error: { message: error.message, offset: error.pos[0] }, linePos };
  }
  if (text.trim() === '') return { empty: true, linePos };
  const contents = doc.contents;
  if (!isMap(contents)) return { notMap: (contents as YamlNode | null)?.range?.[0], linePos };
  const entries: YamlEntry[] = contents.items.map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    // `get` answers for the first pair with that key, as the checks always did.
    const value = contents.get(key, true) as YamlNode | undefined;
    const items = (value as { items?: YamlNode[] } | undefined)?.items;
    return {
      key,
      keyOffset: (pair.key as YamlNode | null)?.range?.[0],
      valueOffset: value?.range?.[0],
      ...(items ? { itemOffsets: items.map((item) => item?.range?.[0]) } : {}),
    };
  });
  return { raw: doc.toJS() as Record<string, unknown>, entries, linePos };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
