import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const open = (file: string, flags: number, callback: (error: Error | null, fd: number) => void) => {
    opened.push(path.basename(file));
    fs.open(file, flags, callback);
  };
  return { ...fs, default: { ...fs, open }, open };
});

const { readAhead } = await import('../../src/sources/read-ahead.js');

describe('readAhead', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    opened.length = 0;
  });

  it('asks for the files ahead of the one being linted, in order, each once, a step at a time', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'socialint-ahead-'));
    folders.push(folder);
    const files = Array.from({ length: 100 }, (_, i) => path.join(folder, `${String(i).padStart(3, '0')}.md`));
    for (const file of files) writeFileSync(file, 'A draft.\n');
    const ahead = readAhead(files);
    await ahead.before(0);
    expect(opened).toEqual(files.slice(0, 64).map((file) => path.basename(file)));
    for (let i = 1; i < 16; i++) await ahead.before(i);
    expect(opened).toHaveLength(64);
    for (let i = 16; i < 100; i++) await ahead.before(i);
    expect(opened).toEqual(files.map((file) => path.basename(file)));
  });

  it('lets a process end when a file is missing or is a FIFO that nobody writes to', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'socialint-ahead-'));
    folders.push(folder);
    const fifo = path.join(folder, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    // The built module (npm test builds first), in a plain Node process of its own.
    const module = pathToFileURL(path.resolve('dist/src/sources/read-ahead.js')).href;
    // A blocking open of the FIFO would hold a thread-pool thread, and with it the process, for good.
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import(${JSON.stringify(module)}).then((m) => m.readAhead(${JSON.stringify([fifo, path.join(folder, 'gone.md')])}).before(0))`],
      { timeout: 10_000, encoding: 'utf8' },
    );
    expect(child.error).toBeUndefined();
    expect(child.status).toBe(0);
  });
});
