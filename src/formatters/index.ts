import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../config/errors.js';
import { arrayForm } from './streamed.js';
import type { Formatter, StreamingFormatter } from './types.js';

export type { Formatter, FormatterContext, ReportStream, StreamingFormatter } from './types.js';

type FormatterModule = { default?: unknown; stream?: unknown };

/** A formatter in both forms: `stream` only when the module offers it. */
export interface LoadedFormatter {
  format: Formatter;
  stream?: StreamingFormatter;
}

/**
 * The built-in formatters: adding one is its file plus one line here. A static table rather than a
 * listing of this folder, because in the bundled CLI the folder holds chunks, not formatters; each
 * is still imported only when asked for.
 */
const BUILT_IN: Record<string, () => Promise<FormatterModule>> = {
  compact: () => import('./compact.js'),
  github: () => import('./github.js'),
  html: () => import('./html.js'),
  json: () => import('./json.js'),
  junit: () => import('./junit.js'),
  sarif: () => import('./sarif.js'),
  stylish: () => import('./stylish.js'),
};

export function formatterNames(): string[] {
  return Object.keys(BUILT_IN).sort();
}

/** A built-in by name, or a module path exporting a formatter (like ESLint's `-f ./my.js`). */
export async function getFormatter(name: string, cwd = process.cwd()): Promise<Formatter> {
  return (await loadFormatter(name, cwd)).format;
}

/**
 * A formatter with its streaming form, when it has one: a module exports a formatter function as
 * default, a `stream` (see ReportStream), or both.
 */
export async function loadFormatter(name: string, cwd = process.cwd()): Promise<LoadedFormatter> {
  const isPath = name.includes('/') || name.includes('\\') || /\.[cm]?js$/.test(name);
  const builtIn = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
  if (!isPath && !builtIn) {
    throw new UsageError(`Unknown format "${name}"; available: ${formatterNames().join(', ')} (or a path to a formatter module).`);
  }
  let module: FormatterModule;
  try {
    module = isPath ? await import(pathToFileURL(path.resolve(cwd, name)).href) : await builtIn!();
  } catch (error) {
    throw new UsageError(`Cannot load format "${name}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const stream = typeof module.stream === 'function' ? (module.stream as StreamingFormatter) : undefined;
  if (typeof module.default === 'function') return { format: module.default as Formatter, stream };
  if (stream) return { format: arrayForm(stream), stream };
  throw new UsageError(`Format "${name}" does not export a formatter function as default.`);
}
