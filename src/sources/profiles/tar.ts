import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { UnreadableFileError } from '../read.js';
import type { ExportContainer } from './container.js';
import { ARCHIVE_LIMITS } from './limits.js';

/**
 * A tar.gz can only be read from start to end: one streaming pass lists every entry and keeps the
 * few wanted ones (under the size cap); media stream past without being buffered.
 */
export async function openTarGz(filePath: string, wanted: (name: string) => boolean): Promise<ExportContainer> {
  const names: string[] = [];
  const kept = new Map<string, Buffer>();
  const tooLarge = new Set<string>();
  const compressed = (await stat(filePath)).size;
  let unpacked = 0;
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const name = header.name.replace(/^\.\//, '');
    const size = header.size ?? 0;
    unpacked += size;
    if (names.length >= ARCHIVE_LIMITS.maxEntries) {
      extract.destroy(new UnreadableFileError(`Archive holds over ${ARCHIVE_LIMITS.maxEntries} entries; refused.`));
      return;
    }
    if (unpacked > ARCHIVE_LIMITS.ratioFloorBytes && unpacked > compressed * ARCHIVE_LIMITS.maxRatio * 5) {
      extract.destroy(new UnreadableFileError(`Archive expands over ${ARCHIVE_LIMITS.maxRatio * 5}× when unpacked; refused as a possible archive bomb.`));
      return;
    }
    if (header.type === 'file') names.push(name);
    const keep = header.type === 'file' && wanted(name);
    if (keep && size > ARCHIVE_LIMITS.maxEntryBytes) tooLarge.add(name);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk) => {
      if (keep && !tooLarge.has(name)) chunks.push(chunk as Buffer);
    });
    stream.on('end', () => {
      if (keep && !tooLarge.has(name)) kept.set(name, Buffer.concat(chunks));
      next();
    });
    stream.resume();
  });
  try {
    await pipeline(createReadStream(filePath), createGunzip(), extract);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new UnreadableFileError(`Not a readable tar.gz archive: ${reason}.`);
  }
  return {
    names: names.sort(),
    async read(name, maxBytes = ARCHIVE_LIMITS.maxEntryBytes) {
      if (tooLarge.has(name)) throw new UnreadableFileError(`${name} is over the ${Math.round(ARCHIVE_LIMITS.maxEntryBytes / 1048576)} MiB socialint reads.`);
      const data = kept.get(name);
      if (!data) throw new UnreadableFileError(`${name} is not in the archive.`);
      if (data.length > maxBytes) throw new UnreadableFileError(`${name} is over the ${Math.round(maxBytes / 1048576)} MiB socialint reads.`);
      return data;
    },
    close: async () => {},
  };
}
