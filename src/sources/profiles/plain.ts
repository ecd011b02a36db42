import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { packageRoot } from '../../package-root.js';
import type { LintMessage, Platform, Profile, ProfileField, ProfileImage } from '../../types.js';
import { readTextFile } from '../read.js';
import { problemMessage } from './errors.js';
import { measuredImage } from './images.js';
import { ARCHIVE_LIMITS } from './limits.js';
import { EntryText } from './source-text.js';

let validate: ValidateFunction | undefined;

/** The schema users read in docs/ is the one that validates their files. */
function validator(): ValidateFunction {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(packageRoot(), 'docs/profile-schema.json'), 'utf8')));
  return validate;
}

/**
 * A `*.profile.yaml` / `*.profile.json` (JSON is YAML, so one parser reads both and keeps every
 * value's position). Schema errors are findings at the offending key, named by its path.
 */
export async function readPlainProfile(filePath: string, maxBytes?: number): Promise<{ profile?: Profile; problems: LintMessage[] }> {
  const file = new EntryText(undefined, await readTextFile(filePath, maxBytes));
  const doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    return { problems: [{ ...problemMessage(`Invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, file.at(error.pos[0])), fatal: true }] };
  }
  const data = doc.toJS() as unknown;
  const check = validator();
  if (!check(data)) {
    return { problems: (check.errors ?? []).filter(relevant).map((e) => problemMessage(schemaMessage(e), at(file, doc, e))).sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const value = (key: string | number, ...more: (string | number)[]) => field(file, doc.getIn([key, ...more], true) as YamlNode | undefined);
  const list = <T>(key: string, make: (i: number) => T | undefined): T[] => {
    const node = doc.get(key, true);
    return isSeq(node) ? node.items.map((_, i) => make(i)).filter((x): x is T => x !== undefined) : [];
  };
  const raw = data as Record<string, unknown>;
  const platform = (raw.platform === 'twitter' ? 'x' : raw.platform) as Platform;
  const profile: Profile = {
    platform,
    adapter: 'profile-file',
    websites: list('websites', (i) => value('websites', i)),
    fields: list('fields', (i) => {
      const name = value('fields', i, 'name');
      const v = value('fields', i, 'value');
      return name && v ? { name, value: v } : undefined;
    }),
    positions: list('positions', (i) => {
      const node = doc.getIn(['positions', i], true) as YamlNode;
      const entry = { at: file.at(node.range?.[0] ?? 0) } as Profile['positions'][number];
      const put = <K extends 'title' | 'company' | 'description' | 'location'>(k: K) => {
        const f = value('positions', i, k);
        if (f) entry[k] = f;
      };
      (['title', 'company', 'description', 'location'] as const).forEach(put);
      const started = doc.getIn(['positions', i, 'startedOn']);
      const finished = doc.getIn(['positions', i, 'finishedOn']);
      if (typeof started === 'string') entry.startedOn = started;
      if (typeof finished === 'string') entry.finishedOn = finished;
      return entry;
    }),
    education: list('education', (i) => {
      const node = doc.getIn(['education', i], true) as YamlNode;
      const entry = { at: file.at(node.range?.[0] ?? 0) } as Profile['education'][number];
      for (const k of ['school', 'degree', 'notes'] as const) {
        const f = value('education', i, k);
        if (f) entry[k] = f;
      }
      return entry;
    }),
    skills: list('skills', (i) => value('skills', i)),
    at: file.at(doc.contents?.range?.[0] ?? 0),
  };
  for (const key of ['username', 'displayName', 'headline', 'bio', 'location', 'industry'] as const) {
    const f = value(key);
    if (f) profile[key] = f;
  }
  const problems: LintMessage[] = [];
  for (const key of ['photo', 'header'] as const) {
    if (raw[key] === undefined) continue;
    profile[key] = await image(filePath, file, doc, key, raw[key], problems);
  }
  return { profile, problems };
}

/** ajv reports every branch of an anyOf; the anyOf summary alone is what a person can act on. */
function relevant(error: ErrorObject, _i: number, all: ErrorObject[]): boolean {
  return !all.some((other) => other !== error && other.keyword === 'anyOf' && error.instancePath === other.instancePath);
}

function keyPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
}

function schemaMessage(error: ErrorObject): string {
  const where = keyPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    return `${where ? `${where}.` : ''}${key}: unknown key in a profile file (see docs/profile-schema.json).`;
  }
  if (error.keyword === 'required') return `${where || 'profile'}: ${error.message}.`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params as { allowedValues: string[] }).allowedValues.join(', ')}.`;
  if (error.keyword === 'anyOf') return `${where}: must be true/false, an image file name, or { file, width, height }.`;
  return `${where || 'profile'}: ${error.message}.`;
}

function at(file: EntryText, doc: Document, error: ErrorObject) {
  const parts = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (error.keyword === 'additionalProperties') {
    const parent = parts.length ? doc.getIn(parts, true) : doc.contents;
    const key = (error.params as { additionalProperty: string }).additionalProperty;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
      const keyNode = pair?.key as YamlNode | undefined;
      if (keyNode?.range) return file.at(keyNode.range[0]);
    }
  }
  const node = (parts.length ? doc.getIn(parts, true) : doc.contents) as YamlNode | undefined;
  return file.at(node?.range?.[0] ?? 0);
}

/**
 * A string value with its position. Plain and quoted one-line values map character by character;
 * block scalars and escapes are aligned by walking the source past what the parser dropped.
 */
function field(file: EntryText, node: YamlNode | undefined): ProfileField | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const raw = node.value;
  const value = raw.trim();
  if (!value) return undefined;
  const start = node.range[0];
  const source = file.text.slice(start, node.range[1]);
  const lead = raw.length - raw.trimStart().length;
  const offsets = align(raw, source, start);
  return { value, prose: file.mapped(value, (i) => offsets[lead + i]!) };
}

function align(value: string, source: string, base: number): number[] {
  const offsets: number[] = [];
  let j = 0;
  for (const ch of value) {
    // A folded line break reads as a space; look a short way ahead only, so one missing
    // character cannot send the rest of the value to the far end of the source.
    let found = -1;
    for (let k = j; k < Math.min(source.length, j + 64); k++) {
      if (source[k] === ch || (ch === ' ' && source[k] === '\n')) {
        found = k;
        break;
      }
    }
    for (let u = 0; u < ch.length; u++) offsets.push(base + (found === -1 ? j : found + u));
    if (found !== -1) j = found + ch.length;
  }
  offsets.push(base + j);
  return offsets;
}

async function image(filePath: string, file: EntryText, doc: Document, key: 'photo' | 'header', value: unknown, problems: LintMessage[]): Promise<ProfileImage | null> {
  const node = doc.get(key, true) as YamlNode | undefined;
  const where = file.at(node?.range?.[0] ?? 0);
  if (value === false) return null;
  if (value === true) return { at: where };
  const spec = typeof value === 'string' ? { file: value } : (value as { file?: string; width?: number; height?: number });
  if (spec.file === undefined) return { at: where, ...(spec.width ? { width: spec.width } : {}), ...(spec.height ? { height: spec.height } : {}) };
  const imagePath = path.resolve(path.dirname(filePath), spec.file);
  try {
    const { size } = await stat(imagePath);
    if (size > ARCHIVE_LIMITS.maxImageBytes) throw new Error('too large to be a profile picture');
    const measured = measuredImage(where, spec.file, await readFile(imagePath));
    return { ...measured, ...(spec.width ? { width: spec.width } : {}), ...(spec.height ? { height: spec.height } : {}) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    problems.push(problemMessage(`${key}: cannot read ${spec.file} (${reason}); its size is not checked.`, where, 1));
    return { at: where };
  }
}
