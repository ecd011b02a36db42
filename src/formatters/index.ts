import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError } from '../config/errors.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Built-in formatters are the modules in this folder: adding one is adding a file. */
export function formatterNames(): string[] {
  return readdirSync(here)
    .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts') && !/^(index|types|common)\./.test(name))
    .map((name) => name.replace(/\.(js|ts)$/, ''))
    .sort();
}

/** A built-in by name, or a module path exporting a formatter (like ESLint's `-f ./my.js`). */
export async function getFormatter(name: string, cwd = process.cwd()): Promise<Formatter> {
  const isPath = name.includes('/') || name.includes('\\') || /\.[cm]?js$/.test(name);
  if (!isPath && !formatterNames().includes(name)) {
    throw new UsageError(`Unknown format "${name}"; available: ${formatterNames().join(', ')} (or a path to a formatter module).`);
  }
  const url = isPath ? pathToFileURL(path.resolve(cwd, name)).href : new URL(`./${name}.js`, import.meta.url).href;
  let module: { default?: unknown };
  try {
    module = await import(url);
  } catch (error) {
    throw new UsageError(`Cannot load format "${name}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (typeof module.default !== 'function') throw new UsageError(`Format "${name}" does not export a formatter function as default.`);
  return module.default as Formatter;
}
