import { mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test of the file a fresh folder as TMPDIR (put back afterwards), so whatever a run
 * leaves in the system's temporary folder can be seen. Returns the current test's folder.
 */
export function useSystemTemp(prefix: string): () => string {
  let folder = '';
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TMPDIR;
    folder = mkdtempSync(path.join(os.tmpdir(), prefix));
    process.env.TMPDIR = folder;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}

/**
 * What this process holds open under `folder` (Linux, from /proc/self/fd): the run file is unlinked
 * as soon as it is open, so listing the folder cannot show it; its descriptor can.
 */
export function openUnder(folder: string): { target: string; mode: number }[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (!target.startsWith(folder)) return [];
      return [{ target: target.slice(folder.length).replace(/socialint-[^/]+/, 'socialint-'), mode: statSync(`/proc/self/fd/${fd}`).mode & 0o777 }];
    } catch {
      return [];
    }
  });
}

export const canSeeOpenFiles = process.platform === 'linux';
