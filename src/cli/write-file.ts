import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Runs after the new content is safely on disk and before it replaces the file; throw to abandon. */
  beforeRename?: () => Promise<void>;
}

/**
 * Writes through a temporary file in the same folder and a rename, so a crash or a full disk never
 * leaves a half-written file; the original file's mode is kept.
 */
export async function writeAtomically(filePath: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempBeside(filePath);
  const mode = await modeOf(filePath);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await options.beforeRename?.();
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** A fresh name for a hidden temporary file next to `filePath` (same folder, so a rename replaces it). */
export function tempBeside(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The permission bits of the file a write replaces, to keep them; undefined when there is none. */
export function modeOf(filePath: string): Promise<number | undefined> {
  return stat(filePath).then((s) => s.mode & 0o7777, () => undefined);
}

const REASONS: Record<string, string> = {
  EEXIST: 'a file stands where its folder should be',
  ENOTDIR: 'a file stands where its folder should be',
  EISDIR: 'that is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  EFBIG: 'the file is too large',
};

/** Why a write failed, in words, for a one-line message (the system's message for anything else). */
export function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}
