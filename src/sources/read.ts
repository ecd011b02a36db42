import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { formatNumber } from '../rule-helpers.js';

/**
 * Drafts larger than this are refused with a clear message rather than slowing a run to a crawl.
 * The longest thing people publish (a LinkedIn article, ~110,000 characters) fits several times
 * over, while Markdown parsing slows more than linearly with size: 0.6 MB took 2 s, 2.4 MB 10 s
 * and 10 MB 100 s and 2.5 GB of memory, most of it in micromark.
 */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** A file that cannot be linted, with a one-line reason; the run goes on with the others. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file once, refusing binary data, invalid UTF-8 and oversized files. Synchronous on
 * purpose: for small drafts the thread-pool round trips of fs/promises (open, stat, read, close)
 * cost more than the read itself, so a 10,000-draft run spent seconds idle. One descriptor serves
 * the size check and the read, so a file swapped in between is never read unchecked.
 */
export async function readTextFile(filePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    throw new UnreadableFileError(`Cannot read file: ${systemReason(error)}.`);
  }
  try {
    let buffer: Buffer;
    try {
      const stats = fstatSync(fd);
      if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (stats.size > maxBytes) {
        throw new UnreadableFileError(
          `File is ${formatSize(stats.size)}; files over ${formatSize(maxBytes)} are not linted (raise --max-file-size).`,
        );
      }
      buffer = readFileSync(fd);
    } catch (error) {
      if (error instanceof UnreadableFileError) throw error;
      throw new UnreadableFileError(`Cannot read file: ${systemReason(error)}.`);
    }
    // A file that grew past the limit after fstat (a log being written) is refused all the same.
    if (buffer.length > maxBytes) {
      throw new UnreadableFileError(`File grew past ${formatSize(maxBytes)} while being read; not linted (raise --max-file-size).`);
    }
    return decodeText(buffer);
  } finally {
    closeSync(fd);
  }
}

/** Sizes as people set them with --max-file-size: 100 bytes, 500 KiB, 10 MiB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10)} KiB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MiB`;
}

export function decodeText(buffer: Uint8Array): string {
  if (buffer.subarray(0, 8192).includes(0)) {
    throw new UnreadableFileError('Binary file (it contains NUL bytes), not a text draft.');
  }
  try {
    return utf8.decode(buffer);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(buffer);
    const bad = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, Math.max(bad, 0));
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const column = bad - before.lastIndexOf('\n');
    throw new UnreadableFileError(`File is not valid UTF-8 (first bad byte at ${line}:${column}); save it as UTF-8.`, line, column);
  }
}

export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (was it deleted?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
