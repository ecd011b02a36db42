import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { LocalAsset } from '../types.js';

/** Images larger than this are not read: no photo a person posts is bigger, and it bounds memory. */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024;

/**
 * Reads a local file a draft refers to (an image), for rules that may not touch the file system
 * themselves. URLs are refused (socialint never goes online), and so are absolute paths and paths
 * that leave the content folder: the folder socialint runs in, or the draft's own folder when the
 * draft lies outside it.
 */
export async function readLocalAsset(draftPath: string, reference: string, cwd = process.cwd()): Promise<LocalAsset> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return { ok: false, reason: 'remote' };
  let relative = reference.replace(/[?#].*$/, '');
  try {
    relative = decodeURIComponent(relative);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!relative || path.isAbsolute(relative) || relative.includes('\0')) return { ok: false, reason: 'outside' };
  const draftDir = path.dirname(path.resolve(draftPath));
  const base = path.resolve(cwd);
  const root = inside(base, draftDir) ? base : draftDir;
  const target = path.resolve(draftDir, relative);
  if (!inside(root, target)) return { ok: false, reason: 'outside' };
  let handle;
  try {
    // Symbolic links could lead out of the folder: judge the real path.
    const real = await realpath(target);
    if (!inside(await realpath(root), real)) return { ok: false, reason: 'outside' };
    handle = await open(real, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, reason: 'missing' };
    if (stat.size > MAX_ASSET_BYTES) return { ok: false, reason: 'too-large' };
    const bytes = new Uint8Array(stat.size);
    await handle.read(bytes, 0, stat.size, 0);
    return { ok: true, path: real, bytes };
  } catch {
    return { ok: false, reason: 'missing' };
  } finally {
    await handle?.close();
  }
}

function inside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
