import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { systemReason, UnreadableFileError } from '../read.js';
import { ARCHIVE_LIMITS } from './limits.js';

/** The files of an export, whether a ZIP, a tar.gz or an extracted folder. Names use `/`. */
export interface ExportContainer {
  readonly names: readonly string[];
  /** The entry's bytes; throws UnreadableFileError (one line) when it is too large or broken. */
  read(name: string, maxBytes?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export function isArchiveName(filePath: string): 'zip' | 'tar' | undefined {
  if (/\.zip$/i.test(filePath)) return 'zip';
  if (/\.(tar\.gz|tgz)$/i.test(filePath)) return 'tar';
  return undefined;
}

/**
 * Opens an export. `wanted` tells which entries will be read: a tar.gz can only be read start to
 * end, so those are kept while listing and everything else streams past.
 */
export async function openContainer(filePath: string, wanted: (name: string) => boolean): Promise<ExportContainer> {
  const kind = isArchiveName(filePath);
  if (kind === 'zip') return (await import('./zip.js')).openZip(filePath);
  if (kind === 'tar') return (await import('./tar.js')).openTarGz(filePath, wanted);
  return openFolder(filePath);
}

async function openFolder(folder: string): Promise<ExportContainer> {
  let listed: string[];
  try {
    listed = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.relative(folder, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  } catch (error) {
    throw new UnreadableFileError(`Cannot read export folder: ${systemReason(error)}.`);
  }
  if (listed.length > ARCHIVE_LIMITS.maxEntries) throw new UnreadableFileError(`Export folder holds over ${ARCHIVE_LIMITS.maxEntries} files; not read.`);
  return {
    names: listed.sort(),
    async read(name, maxBytes = ARCHIVE_LIMITS.maxEntryBytes) {
      const file = path.join(folder, ...name.split('/'));
      try {
        const { size } = await stat(file);
        if (size > maxBytes) throw new UnreadableFileError(`${name} is ${Math.round(size / 1048576)} MiB, over the ${Math.round(maxBytes / 1048576)} MiB socialint reads.`);
        return await readFile(file);
      } catch (error) {
        if (error instanceof UnreadableFileError) throw error;
        throw new UnreadableFileError(`Cannot read ${name}: ${systemReason(error)}.`);
      }
    },
    close: async () => {},
  };
}
