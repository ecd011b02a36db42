import { chmod, open, rename, unlink } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { modeOf, tempBeside } from '../cli/write-file.js';

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
 * pager), the run waits for 'drain' rather than piling the report up in memory. A reader that goes
 * away (`| head`) ends the report, not the run: the rest is dropped, and the run finishes so its
 * cleanup runs and its exit code follows the findings. Any other failure of the stream is thrown
 * by finish, once the run is over.
 */
export function streamWriter(stream: NodeJS.WritableStream, failure: (error: unknown) => Error = (error) => error as Error): ReportWriter {
  let pending = '';
  let last = '';
  let gone = false;
  let broken: unknown;
  let wake: (() => void) | undefined;
  const stop = () => {
    gone = true;
    wake?.();
  };
  // Left registered: while it listens, bin/socialint.js's exit-at-once EPIPE handler stands aside, for a late EPIPE too.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && broken === undefined) broken = error;
    stop();
  });
  stream.once('close', stop);
  const flush = async () => {
    const chunk = pending;
    pending = '';
    if (!chunk || gone) return;
    // A 'drain' never comes once the reader has gone: wait for whichever comes first.
    if (stream.write(chunk) === false && !gone) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        stream.once('drain', resolve);
      });
      stream.removeListener('drain', wake!);
      wake = undefined;
    }
  };
  return {
    async write(text) {
      if (!text || gone) return;
      pending += text;
      last = text;
      if (pending.length >= CHUNK) await flush();
    },
    async finish() {
      if (last && !last.endsWith('\n')) pending += '\n';
      await flush();
      if (broken !== undefined) throw failure(broken);
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
 * While the file is open, Ctrl-C (SIGINT) or SIGTERM removes the temporary file before the process
 * exits with 130 or 143; the handlers are there only while writing.
 */
export async function fileWriter(filePath: string, failure: (error: unknown) => Error): Promise<ReportWriter> {
  const temp = tempBeside(filePath);
  const mode = await modeOf(filePath);
  const handle = await open(temp, 'wx').catch((error: unknown) => {
    throw failure(error);
  });
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone, or never to be removed by us: exit all the same.
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const release = () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
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
    release();
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
        } finally {
          release();
        }
      }),
    abandon,
  };
}
