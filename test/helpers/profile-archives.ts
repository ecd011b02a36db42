import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import yazl from 'yazl';
import { sourceFor, type LoadedSource, type LoadOptions } from '../../src/sources/index.js';
import type { Profile, ProfileDocument, PostDocument } from '../../src/types.js';

export type Entries = Record<string, string | Buffer>;

export function writeZip(file: string, entries: Entries, options: { compress?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name, { compress: options.compress ?? true });
    zip.end();
    const out = zip.outputStream.pipe(createWriteStream(file));
    out.on('close', () => resolve(file));
    out.on('error', reject);
  });
}

export async function writeTarGz(file: string, entries: Entries): Promise<string> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => pack.on('end', resolve));
  for (const [name, content] of Object.entries(entries)) pack.entry({ name }, Buffer.from(content));
  pack.finalize();
  await done;
  writeFileSync(file, gzipSync(Buffer.concat(chunks)));
  return file;
}

export function writeFolder(dir: string, entries: Entries): string {
  for (const [name, content] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A scratch folder for one test, removed afterwards. */
export async function inTemp<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socialint-export-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Loads a path through the source registry, as the engine does. */
export async function load(file: string, options: LoadOptions = {}): Promise<LoadedSource & { profile?: Profile; posts: PostDocument[] }> {
  const source = sourceFor(file);
  if (!source) throw new Error(`no source claims ${file}`);
  const loaded = await source.load(file, options);
  const profile = (loaded.documents.find((d) => d.type === 'profile') as ProfileDocument | undefined)?.profile;
  return { ...loaded, profile, posts: loaded.documents.filter((d): d is PostDocument => d.type === 'post') };
}

/** `entry:line:col` of a field's first character, as findings print it. */
export function where(field: { prose: { locate(i: number): { entry?: string; line: number; column: number } } } | undefined, index = 0): string {
  if (!field) return 'absent';
  const at = field.prose.locate(index);
  return `${at.entry ? `${at.entry}:` : ''}${at.line}:${at.column}`;
}
