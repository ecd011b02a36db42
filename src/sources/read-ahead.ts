import { close, constants, open, read } from 'node:fs';

// Files a few places ahead of the one being linted are read on libuv's thread pool, so that their
// bytes are in the page cache when readTextFile reads them (synchronously, once, with its checks).
// A draft costs ~6 µs to read from the page cache but ~65 µs from disk, and a machine that pages
// out cold memory (as the benchmark VM does) sends most reads to disk: a 100,000-draft run spent
// 12 s of each thread's 53 s blocked in read. The thread-pool reads overlap that wait with linting.
// Only the first 64 KiB of each file are read, into one shared buffer whose contents are thrown
// away: what is kept is the page cache, so nothing is held and nothing is read twice into memory.

/** Files linted between two turns of the event loop (each turn costs ~100 µs of V8's own tasks). */
const STEP = 16;
/** How far ahead a file is asked for: its open, read and close each wait for a turn. */
const LEAD = 3 * STEP;
const scratch = Buffer.allocUnsafe(64 * 1024);
// A FIFO or device named like a draft must not hold a thread-pool thread (and the process) open.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const ignore = () => undefined;

export interface ReadAhead {
  /** Call before linting `files[index]`: asks for the next few, and lets finished requests move on. */
  before(index: number): Promise<void>;
}

export function readAhead(files: readonly string[]): ReadAhead {
  let next = 0;
  return {
    async before(index) {
      if (index % STEP !== 0) return;
      const until = Math.min(files.length, index + LEAD + STEP);
      while (next < until) warm(files[next++]!);
      // The open → read → close steps continue in callbacks, which only run when the event loop
      // turns; linting a file is synchronous work between awaits of settled promises.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
  };
}

function warm(file: string): void {
  open(file, FLAGS, (error, fd) => {
    if (error) return;
    read(fd, scratch, 0, scratch.length, 0, () => close(fd, ignore));
  });
}
