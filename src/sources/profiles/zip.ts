import yauzl from 'yauzl';
import { UnreadableFileError } from '../read.js';
import type { ExportContainer } from './container.js';
import { ARCHIVE_LIMITS } from './limits.js';

const mib = (bytes: number) => (bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KiB` : `${Math.round(bytes / 1048576)} MiB`);

/**
 * Reads a ZIP in place: the central directory is listed and only the entries asked for are
 * inflated, each checked against its declared size, the size cap and the compression ratio.
 */
export async function openZip(filePath: string): Promise<ExportContainer> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(filePath, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error ? reject(new UnreadableFileError(`Not a readable ZIP archive: ${oneLine(error)}.`)) : resolve(file),
    ),
  );
  if (zip.entryCount > ARCHIVE_LIMITS.maxEntries) {
    zip.close();
    throw new UnreadableFileError(`ZIP lists ${zip.entryCount} entries (over ${ARCHIVE_LIMITS.maxEntries}); refused as a possible ZIP bomb.`);
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries.set(entry.fileName.replace(/\\/g, '/'), entry);
        zip.readEntry();
      });
      zip.once('end', resolve);
      zip.once('error', (error: Error) => reject(new UnreadableFileError(`Broken ZIP archive: ${oneLine(error)}.`)));
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }
  return {
    names: [...entries.keys()].sort(),
    read: (name, maxBytes = ARCHIVE_LIMITS.maxEntryBytes) => {
      const entry = entries.get(name);
      if (!entry) return Promise.reject(new UnreadableFileError(`${name} is not in the archive.`));
      return readEntry(zip, entry, maxBytes);
    },
    close: async () => zip.close(),
  };
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, maxBytes: number): Promise<Buffer> {
  const name = entry.fileName;
  if (entry.isEncrypted()) return Promise.reject(new UnreadableFileError(`${name} is encrypted; socialint reads unencrypted exports only.`));
  if (entry.uncompressedSize > maxBytes) {
    return Promise.reject(new UnreadableFileError(`${name} declares ${mib(entry.uncompressedSize)} uncompressed, over the ${mib(maxBytes)} socialint reads.`));
  }
  if (entry.uncompressedSize > ARCHIVE_LIMITS.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * ARCHIVE_LIMITS.maxRatio) {
    return Promise.reject(new UnreadableFileError(`${name} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}× when unpacked; refused as a possible ZIP bomb.`));
  }
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(new UnreadableFileError(`Cannot read ${name} in the ZIP: ${oneLine(error)}.`));
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        // The declared size may lie; yauzl also checks, but stop before buffering more than the cap.
        if (total > maxBytes) {
          stream.destroy();
          reject(new UnreadableFileError(`${name} unpacks to more than ${mib(maxBytes)}; refused as a possible ZIP bomb.`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e: Error) => reject(new UnreadableFileError(`Cannot read ${name} in the ZIP: ${oneLine(e)}.`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
}
