import { mkdtempSync, rmSync } from 'node:fs';
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
