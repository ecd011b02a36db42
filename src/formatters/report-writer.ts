import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Where a streamed report goes, piece by piece. */
export interface ReportWriter {
  write(text: string): Promise<void>;
  /** Everything is written: end the report (and with a file, put it in place). */
  finish(): Promise<void>;
  /** The run failed: write nothing more (and with a file, leave no report behind). */
  abandon(): Promise<void>;
}

/** Pieces are gathered to about this many characters a write: one write per finding costs more than the finding. */
const CHUNK = 64 * 1024;

/**
 * A report on a stream (standard output). A report that does not end with a line break gets one,
 * as a whole report printed at once does. When the reader is slower than the run (a pipe into a
 * pager), the run waits for 'drain' rather than piling the report up in memory.
 */
export function streamWriter(stream: NodeJS.WritableStream): ReportWriter {
  let pending = '';
  let last = '';
  const flush = async () => {
    if (!pending) return;
    const chunk = pending;
    pending = '';
    if (stream.write(chunk) === false) await once(stream, 'drain');
  };
  return {
    async write(text) {
      if (!text) return;
      pending += text;
      last = text;
      if (pending.length >= CHUNK) await flush();
    },
    async finish() {
      if (last && !last.endsWith('\n')) pending += '\n';
      await flush();
    },
    async abandon() {
      pending = '';
    },
  };
}

/**
 * A report written to a temporary file beside `filePath` and renamed over it when complete, so a
 * run that fails halfway leaves the previous report (or none), never half of one; an existing
 * report's mode is kept. Every file-system failure is passed through `failure` (to name the file).
 */
export async function fileWriter(filePath: string, failure: (error: unknown) => Error): Promise<ReportWriter> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await stat(filePath).then((s) => s.mode & 0o7777, () => undefined);
  const handle = await open(temp, 'wx').catch((error: unknown) => {
    throw failure(error);
  });
  let pending = '';
  let done = false;
  const flush = async () => {
    const chunk = pending;
    pending = '';
    if (chunk) await handle.write(chunk);
  };
  const abandon = async () => {
    if (done) return;
    done = true;
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
  };
  const guarded = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      await abandon();
      throw failure(error);
    }
  };
  return {
    write: (text) => {
      pending += text;
      return pending.length >= CHUNK ? guarded(flush) : Promise.resolve();
    },
    finish: () =>
      guarded(async () => {
        await flush();
        await handle.close();
        done = true;
        try {
          if (mode !== undefined) await chmod(temp, mode);
          await rename(temp, filePath);
        } catch (error) {
          await unlink(temp).catch(() => undefined);
          throw error;
        }
      }),
    abandon,
  };
}
