import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatterNames, getFormatter } from '../src/formatters/index.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/formatters');
const helpers = new Set(['index', 'types', 'common', 'streamed', 'report-writer']);

describe('formatter registry', () => {
  it('names every formatter module in src/formatters, and nothing else', () => {
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !helpers.has(name.replace(/\.ts$/, '')))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();
    expect(formatterNames()).toEqual(files);
  });

  it('loads each one as a function', async () => {
    for (const name of formatterNames()) expect(typeof (await getFormatter(name))).toBe('function');
  });

  it('does not take inherited object keys for formatter names', async () => {
    await expect(getFormatter('toString')).rejects.toThrow(/Unknown format "toString"; available: compact, github/);
    await expect(getFormatter('constructor')).rejects.toThrow(/Unknown format/);
  });
});
