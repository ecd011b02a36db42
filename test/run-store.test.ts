import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../src/config/errors.js';
import { spillStore } from '../src/engine/run-store.js';
import { canSeeOpenFiles, openUnder, useSystemTemp } from './helpers/system-temp.js';

// A disk that fills up halfway through a run: writes to the run file fail with ENOSPC once `full` is set.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return (fs.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const systemTemp = useSystemTemp('socialint-store-test-');
beforeEach(() => {
  disk.full = false;
});

const run = (filePath: string) => ({
  result: { filePath, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
  directives: [],
  messages: [],
});

describe('spillStore', () => {
  it('gives runs back in full, and leaves nothing in the temporary folder', async () => {
    const store = await spillStore();
    store.put(0, run('/drafts/a.md'));
    store.put(1, run('/drafts/ü.md'));
    expect(store.take(1)).toEqual(run('/drafts/ü.md'));
    expect(store.take(0)).toEqual(run('/drafts/a.md'));
    if (canSeeOpenFiles) expect(openUnder(systemTemp())).toHaveLength(1);
    await store.close();
    expect(readdirSync(systemTemp())).toEqual([]);
    if (canSeeOpenFiles) expect(openUnder(systemTemp())).toEqual([]);
  });

  it('gives back thousands of runs across blocks, with other bytes between them and one run bigger than a block', async () => {
    const store = await spillStore();
    const other = Buffer.from('kept record bytes '.repeat(40_000));
    const runs = Array.from({ length: 3000 }, (_, i) => run(`/drafts/${i}-${'é'.repeat(i % 700)}.md`));
    runs[1500] = run(`/drafts/${'big'.repeat(500_000)}.md`);
    const others: number[] = [];
    runs.forEach((one, i) => {
      store.put(i, one);
      if (i % 1000 === 0) others.push(store.file!.append(other));
    });
    runs.forEach((one, i) => expect(store.take(i)).toEqual(one));
    for (const offset of others) expect(store.file!.read(offset, other.length).equals(other)).toBe(true);
    await store.close();
  });

  it('turns a full disk into a one-line error naming the temporary folder', async () => {
    const store = await spillStore();
    store.put(0, run('/drafts/a.md'));
    disk.full = true;
    let thrown: unknown;
    try {
      // Results are written a block (1 MiB) at a time: this one does not fit in the block in hand.
      store.put(1, run(`/drafts/${'b'.repeat(1 << 20)}.md`));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe(`${systemTemp()}: cannot write a temporary file of this run: the disk is full; set TMPDIR to another folder.`);
    await store.close();
    expect(readdirSync(systemTemp())).toEqual([]);
  });
});
