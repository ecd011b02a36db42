/**
 * Front matter as drafts write it is a handful of flat `key: value` lines, and a full YAML parse
 * (lexer, CST, document, then plain objects) cost more than all the rules that read it. This
 * reads only a narrow, unambiguous subset and answers undefined for anything else (comments,
 * quotes with escapes, numbers, booleans, nulls, block lists, repeated keys, CRLF, tabs…), which
 * then goes through the `yaml` package as before. Whatever it accepts, `yaml` reads to the same
 * values at the same offsets (test/sources/flat-yaml.test.ts checks this on random input).
 */

export interface FlatEntry {
  key: string;
  /** Offsets into the YAML text, as the `yaml` package's node ranges give them. */
  keyOffset: number;
  valueOffset: number;
  value: string | string[];
  /** For a list, the offset of each item. */
  itemOffsets?: number[];
}

export interface FlatYaml {
  entries: FlatEntry[];
  /** Offset of the first character of each line, for line:column. */
  lineStarts: number[];
}

const LINE = /^([a-z]+):[ ]+(.*?)[ ]*$/;
// Starts with a letter, so it can be no number, indicator or special float; no `:`, `#`, quotes or flow brackets.
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} _.'/-]*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUOTED = /^"([^"\\\p{Cc}]*)"$/u;
/** What YAML's core schema reads as null or a boolean rather than a string. */
const KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

export function readFlatYaml(text: string): FlatYaml | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const entries: FlatEntry[] = [];
  const lineStarts: number[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const line of text.split('\n')) {
    lineStarts.push(offset);
    const match = LINE.exec(line);
    if (!match || seen.has(match[1]!)) return undefined;
    const [, key, written] = match as unknown as [string, string, string];
    seen.add(key);
    const valueOffset = offset + line.indexOf(written, key.length + 1);
    if (written.startsWith('[')) {
      const list = readList(written, valueOffset);
      if (!list) return undefined;
      entries.push({ key, keyOffset: offset, valueOffset, value: list.values, itemOffsets: list.offsets });
    } else {
      const value = scalar(written);
      if (value === undefined) return undefined;
      entries.push({ key, keyOffset: offset, valueOffset, value });
    }
    offset += line.length + 1;
  }
  return { entries, lineStarts };
}

function scalar(written: string): string | undefined {
  if (DATE.test(written)) return written;
  if (PLAIN.test(written)) return KEYWORDS.has(written) ? undefined : written;
  return QUOTED.exec(written)?.[1];
}

/** `[a, b, "@c"]` on one line; items may not be empty or hold commas or brackets. */
function readList(written: string, at: number): { values: string[]; offsets: number[] } | undefined {
  if (!written.endsWith(']')) return undefined;
  const inner = written.slice(1, -1);
  const values: string[] = [];
  const offsets: number[] = [];
  if (inner.trim() === '') return inner === '' ? { values, offsets } : undefined;
  let start = 1;
  for (const piece of inner.split(',')) {
    const item = piece.trim();
    const value = item.includes('[') || item.includes(']') ? undefined : scalar(item);
    if (value === undefined) return undefined;
    values.push(value);
    offsets.push(at + start + piece.indexOf(item));
    start += piece.length + 1;
  }
  return { values, offsets };
}

/** line:column (1-based) of an offset, as yaml's LineCounter gives them. */
export function flatLinePos(yaml: FlatYaml, offset: number): { line: number; col: number } {
  let line = 0;
  while (line + 1 < yaml.lineStarts.length && yaml.lineStarts[line + 1]! <= offset) line++;
  return { line: line + 1, col: offset - yaml.lineStarts[line]! + 1 };
}
