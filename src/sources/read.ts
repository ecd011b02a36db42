import { readFile, stat } from 'node:fs/promises';
import { formatNumber } from '../rule-helpers.js';

/** Drafts larger than this are refused with a clear message rather than slowing a run to a crawl. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

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

/** Reads a text file once, refusing binary data, invalid UTF-8 and oversized files. */
export async function readTextFile(filePath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  let size: number;
  try {
    size = (await stat(filePath)).size;
  } catch (error) {
    throw new UnreadableFileError(`Cannot read file: ${systemReason(error)}.`);
  }
  if (size > maxBytes) {
    throw new UnreadableFileError(
      `File is ${formatNumber(Math.round(size / 1024))} KiB; files over ${formatNumber(maxBytes / 1024)} KiB are not linted (raise --max-file-size).`,
    );
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(filePath);
  } catch (error) {
    throw new UnreadableFileError(`Cannot read file: ${systemReason(error)}.`);
  }
  return decodeText(buffer);
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
