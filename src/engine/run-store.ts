import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeReason } from '../cli/write-file.js';
import { UsageError } from '../config/errors.js';
import type { LintMessage, LintResult } from '../types.js';
import type { parseDirectives } from './directives.js';

type Directive = ReturnType<typeof parseDirectives>[number];

/** A linted file waiting for the cross-document phase: everything but what the rules kept of it. */
export interface StoredRun {
  result: LintResult;
  directives: Directive[];
  messages: LintMessage[];
}

/** Holds finished runs by their index in the run until each is taken back, once, in order. */
export interface RunStore {
  put(index: number, run: StoredRun): void;
  take(index: number): StoredRun;
  close(): Promise<void>;
  /** The temporary file behind a spilling store, for other bytes of the run to wait in too. */
  file?: SpillFile;
}

/** Bytes appended to a run's private temporary file and read back by where they start. */
export interface SpillFile {
  /** Appends `bytes`; returns their offset. */
  append(bytes: Uint8Array): number;
  read(offset: number, length: number): Buffer;
}

/**
 * Runs as the live objects: what the array API needs (fix writers and interactive fixing find a
 * result's text by the result object itself).
 */
export function liveStore(): RunStore {
  const runs: (StoredRun | undefined)[] = [];
  return {
    // Only the stored fields: a FileRun's kept entries are not to outlive the cross-document phase.
    put: (index, { result, directives, messages }) => void (runs[index] = { result, directives, messages }),
    take(index) {
      const run = runs[index]!;
      runs[index] = undefined;
      return run;
    },
    close: async () => undefined,
  };
}

/** Runs as one JSON string each: a flat string costs a fraction of the objects it describes. */
export function jsonStore(): RunStore {
  const texts: (string | undefined)[] = [];
  return {
    put: (index, run) => void (texts[index] = serialize(run)),
    take(index) {
      const text = texts[index]!;
      texts[index] = undefined;
      return deserialize(text);
    },
    close: async () => undefined,
  };
}

/**
 * Runs written to a private temporary file and read back by offset: memory stays flat however many
 * files the run has. The file lives in a folder of its own under the system's temporary folder,
 * never beside the drafts. Both are unlinked as soon as the file is open (the descriptor keeps
 * working), so nothing is left behind even if the process is killed; where an open file cannot be
 * unlinked (Windows), close removes them, and callers run close in a finally. When the temporary
 * folder is missing or unusable, finished runs wait in memory instead (the same results).
 */
export async function spillStore(): Promise<RunStore> {
  const parent = tmpdir();
  let folder: string;
  let fd: number;
  // Synchronous from making the folder to unlinking it: no signal handler can run in between.
  try {
    folder = mkdtempSync(path.join(parent, 'socialint-'));
  } catch {
    return jsonStore();
  }
  try {
    fd = openSync(path.join(folder, 'run.tmp'), 'wx+', 0o600);
  } catch {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // An empty folder of ours at worst: the run goes on in memory.
    }
    return jsonStore();
  }
  const removedEarly = removeNow(folder);
  let closed = false;
  const file = blockFile(fd, parent);
  const offsets: number[] = [];
  const lengths: number[] = [];
  return {
    file,
    put(index, run) {
      const bytes = Buffer.from(serialize(run), 'utf8');
      offsets[index] = file.append(bytes);
      lengths[index] = bytes.length;
    },
    take: (index) => deserialize(file.read(offsets[index]!, lengths[index]!).toString('utf8')),
    async close() {
      if (closed) return;
      closed = true;
      try {
        closeSync(fd);
      } finally {
        if (!removedEarly) await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

const BLOCK_BYTES = 1 << 20;

/**
 * The run file, written and read a block at a time: a system call for each file's result cost
 * ~0.15 s of 5 at 10,000 drafts. Each append goes whole to the block in hand or straight to the
 * file, so none straddles what is on disk and what is not.
 */
function blockFile(fd: number, parent: string): SpillFile {
  const pending = Buffer.allocUnsafeSlow(BLOCK_BYTES);
  let pendingLength = 0;
  let flushed = 0;
  let cache: { offset: number; bytes: Buffer } | undefined;
  const write = (bytes: Uint8Array) => {
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, flushed + written);
    } catch (error) {
      throw new UsageError(`${parent}: cannot write a temporary file of this run: ${writeReason(error)}; set TMPDIR to another folder.`);
    }
    flushed += bytes.length;
  };
  const flush = () => {
    if (pendingLength > 0) write(pending.subarray(0, pendingLength));
    pendingLength = 0;
  };
  const readAt = (offset: number, length: number) => {
    const bytes = Buffer.allocUnsafe(length);
    for (let read = 0; read < length; ) {
      const n = readSync(fd, bytes, read, length - read, offset + read);
      if (n === 0) throw new Error('socialint: a temporary file of this run was cut short.');
      read += n;
    }
    return bytes;
  };
  return {
    append(bytes) {
      const offset = flushed + pendingLength;
      if (pendingLength + bytes.length > BLOCK_BYTES) flush();
      if (bytes.length >= BLOCK_BYTES) {
        write(bytes);
      } else {
        pending.set(bytes, pendingLength);
        pendingLength += bytes.length;
      }
      return offset;
    },
    read(offset, length) {
      // A copy: the block in hand is reused once written.
      if (offset >= flushed) return Buffer.from(pending.subarray(offset - flushed, offset - flushed + length));
      if (!cache || offset < cache.offset || offset + length > cache.offset + cache.bytes.length) {
        // Results are taken back in the order they were put: one read serves the next ones too.
        cache = { offset, bytes: readAt(offset, Math.max(length, Math.min(BLOCK_BYTES, flushed - offset))) };
      }
      return cache.bytes.subarray(offset - cache.offset, offset - cache.offset + length);
    },
  };
}

/** Unlinks the open run file and its folder; false where the system keeps open files (Windows). */
function removeNow(folder: string): boolean {
  try {
    unlinkSync(path.join(folder, 'run.tmp'));
    rmdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

/** A directive's `used` set is filled only when directives are applied, after the store gives the run back. */
function serialize({ result, directives, messages }: StoredRun): string {
  return JSON.stringify({ result, directives: directives.map(({ used: _used, ...directive }) => directive), messages });
}

function deserialize(text: string): StoredRun {
  const run = JSON.parse(text) as { result: LintResult; directives: Omit<Directive, 'used'>[]; messages: LintMessage[] };
  return { result: run.result, messages: run.messages, directives: run.directives.map((directive) => ({ ...directive, used: new Set<string>() })) };
}
