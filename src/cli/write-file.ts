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
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(filePath).then((s) => s.mode & 0o7777, () => undefined);
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
