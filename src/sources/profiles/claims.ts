import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

export const BLUESKY_PROFILE_TYPE = 'app.bsky.actor.profile';

export const isProfileFileName = (filePath: string) => /\.profile\.(ya?ml|json)$/i.test(filePath);

/**
 * Whether a `.json` file is a saved Bluesky profile record: its first 4 KiB name the record type.
 * Synchronous because discovery asks for every JSON file it meets; kept out of the adapters so
 * that asking loads nothing heavy.
 */
export function isBlueskyRecord(filePath: string): boolean {
  if (!/\.json$/i.test(filePath) || isProfileFileName(filePath) || path.basename(filePath) === 'package.json') return false;
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').includes(`"${BLUESKY_PROFILE_TYPE}"`);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
