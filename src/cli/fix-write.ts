import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { lintedTextOf, recount } from '../engine/lint.js';
import { decodeText, systemReason } from '../sources/read.js';
import { displayName } from '../sources/index.js';
import type { LintResult } from '../types.js';
import type { CliIO } from './main.js';
import { writeAtomically } from './write-file.js';

const BOM = '\uFEFF';
const BOM_BYTES = [0xef, 0xbb, 0xbf];

/** The file is no longer what socialint read, so writing fixes would overwrite someone's edits. */
export class ChangedOnDiskError extends Error {
  constructor() {
    super('the file changed on disk since socialint read it');
  }
}

/**
 * Replaces a file that held `original` (as decoded, BOM stripped) with `text`, atomically, keeping
 * its byte order mark; refuses when the file no longer holds `original`, checked both before
 * writing and again just before the rename.
 */
export async function writeFixedFile(filePath: string, original: string, text: string): Promise<void> {
  const before = await readFile(filePath);
  assertUnchanged(before, original);
  const hasBom = BOM_BYTES.every((byte, i) => before[i] === byte);
  const content = Buffer.from((hasBom ? BOM : '') + text, 'utf8');
  await writeAtomically(filePath, content, { beforeRename: async () => assertUnchanged(await readFile(filePath), original) });
}

function assertUnchanged(bytes: Uint8Array, original: string): void {
  let now: string;
  try {
    now = decodeText(bytes);
  } catch {
    throw new ChangedOnDiskError();
  }
  if (now !== original) throw new ChangedOnDiskError();
}

/** Writes every result's fixed text; a file that cannot be written keeps its content and gets a finding. */
export async function writeFixes(results: LintResult[], io: CliIO): Promise<number> {
  let written = 0;
  for (const result of results) {
    if (result.output === undefined) continue;
    const original = lintedTextOf(result)?.original;
    const name = displayName(result.filePath, io.cwd);
    try {
      if (original === undefined) throw new Error('socialint did not read this file as text');
      await writeFixedFile(result.filePath, original, result.output);
      written++;
    } catch (error) {
      const changed = error instanceof ChangedOnDiskError;
      const reason = changed ? 'it changed on disk while socialint was fixing it' : systemReason(error);
      io.stderr.write(`socialint: warning: ${name}: fixes not written: ${reason}.\n`);
      result.messages.unshift({
        ruleId: null,
        severity: changed ? 1 : 2,
        message: changed ? 'Fixes not written: the file changed on disk while socialint was fixing it; run again.' : `Fixes could not be written (${reason}); the file is unchanged.`,
        line: 1,
        column: 1,
      });
      recount(result);
    }
  }
  return written;
}

/** `--fix-dry-run`: what --fix would change, as a unified diff per file; nothing is written. */
export function fixDiffs(results: LintResult[], cwd: string): string {
  // Loaded here, not at the top: only --fix-dry-run needs it, and a plain run would pay its start-up.
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = createRequire(import.meta.url)('diff') as typeof import('diff');
  const patches: string[] = [];
  for (const result of results) {
    const original = lintedTextOf(result)?.original;
    if (result.output === undefined || original === undefined) continue;
    const name = displayName(result.filePath, cwd).split(path.sep).join('/');
    patches.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, original, result.output, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY }));
  }
  return patches.join('');
}
