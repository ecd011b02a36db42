import type { Yaml } from 'mdast';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
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
  const lines = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const pos = lines.linePos(offset ?? 0);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  const problem = (message: string, yamlNode?: YamlNode | null, fatal = false) =>
    problems.push({ message, ...at(yamlNode?.range?.[0]), fatal });

  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    problems.push({ message: `Front matter is not valid YAML: ${firstSentence(error.message)}`, ...at(error.pos[0]), fatal: true });
    return { meta, problems };
  }
  if (node.value.trim() === '') return { meta, problems };
  if (!isMap(doc.contents)) {
    problem('Front matter must be a mapping of keys to values (e.g. `platform: linkedin`).', doc.contents, true);
    return { meta, problems };
  }

  const raw = doc.toJS() as Record<string, unknown>;
  meta.raw = raw;
  const valueNode = (key: string) => doc.contents && isMap(doc.contents) ? (doc.contents.get(key, true) as YamlNode | undefined) : undefined;

  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KNOWN_KEYS.has(key)) {
      problem(`Unknown front matter key "${key}"; known keys: ${[...KNOWN_KEYS].join(', ')}.`, pair.key as YamlNode);
    }
  }

  const platformValues: { value: unknown; node?: YamlNode }[] = [];
  if ('platform' in raw) platformValues.push({ value: raw.platform, node: valueNode('platform') });
  if ('platforms' in raw) {
    const list = valueNode('platforms');
    if (Array.isArray(raw.platforms)) {
      raw.platforms.forEach((value, i) => platformValues.push({ value, node: (list as { items?: YamlNode[] })?.items?.[i] ?? list }));
    } else {
      problem('"platforms" must be a list, e.g. `platforms: [linkedin, mastodon]`.', list);
    }
  }
  for (const { value, node: yamlNode } of platformValues) {
    const name = typeof value === 'string' ? value.trim().toLowerCase() : value;
    const canonical = name === 'twitter' ? 'x' : name;
    if (typeof canonical === 'string' && (PLATFORMS as readonly string[]).includes(canonical)) {
      if (!meta.platforms.includes(canonical as Platform)) meta.platforms.push(canonical as Platform);
    } else {
      problem(`Unknown platform "${String(value)}"; expected one of ${PLATFORMS.join(', ')}.`, yamlNode);
    }
  }

  if ('kind' in raw) {
    if (typeof raw.kind === 'string' && (DRAFT_KINDS as readonly string[]).includes(raw.kind)) {
      meta.kind = raw.kind as DraftKind;
    } else {
      problem(`Unknown kind "${String(raw.kind)}"; expected one of ${DRAFT_KINDS.join(', ')}.`, valueNode('kind'));
    }
  }
  if ('to' in raw) {
    if (typeof raw.to === 'string' && raw.to.trim()) meta.to = raw.to.trim();
    else problem('"to" must be the recipient\'s name, e.g. `to: Priya Shah`.', valueNode('to'));
  }
  if ('date' in raw) {
    const date = raw.date instanceof Date ? raw.date.toISOString() : raw.date;
    if (typeof date === 'string' && !Number.isNaN(Date.parse(date))) meta.date = date;
    else problem(`"date" must be a date such as 2026-03-14, not "${String(raw.date)}".`, valueNode('date'));
  }
  for (const key of ['tags', 'consented'] as const) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) meta[key] = value as string[];
    else problem(`"${key}" must be a list of strings.`, valueNode(key));
  }
  return { meta, problems };
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
