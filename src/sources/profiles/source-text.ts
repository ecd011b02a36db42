import { location } from 'vfile-location';
import type { Prose, SourceLocation } from '../../types.js';

/**
 * One text file of an export (a CSV, a JSON file) with its line:column map, so every value read
 * from it can say where it came from, down to the file inside the archive.
 */
export class EntryText {
  private readonly positions: ReturnType<typeof location>;

  constructor(
    /** The file inside the archive (`Profile.csv`), or undefined for a plain profile file. */
    readonly entry: string | undefined,
    readonly text: string,
  ) {
    this.positions = location(text);
  }

  at(offset: number): SourceLocation {
    const point = this.positions.toPoint(Math.max(0, Math.min(offset, this.text.length)));
    const where = point ? { line: point.line, column: point.column } : { line: 1, column: 1 };
    return this.entry === undefined ? where : { entry: this.entry, ...where };
  }

  /** Prose for text that is exactly `text[start, start + value.length)`. */
  slice(start: number, value: string): Prose {
    return this.mapped(value, (i) => start + i);
  }

  /** Prose whose character `i` came from file offset `offsetOf(i)` (escapes, entities, markup dropped). */
  mapped(value: string, offsetOf: (index: number) => number): Prose {
    return {
      text: value,
      locate: (index) => this.at(offsetOf(index)),
      // Export files are never rewritten: a fix inside an archive would be unsafe.
      fileOffset: () => undefined,
    };
  }
}

/** Part of a prose, e.g. one URL of LinkedIn's `[PERSONAL:…,COMPANY:…]` websites cell. */
export function subProse(prose: Prose, start: number, end: number): Prose {
  return {
    text: prose.text.slice(start, end),
    locate: (index) => prose.locate(start + index),
    fileOffset: () => undefined,
  };
}

/** Several proses read as one text (first and last name as the display name). */
export function joinProse(parts: Prose[], separator: string): Prose {
  const starts: number[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += separator;
    starts.push(text.length);
    text += part.text;
  }
  return {
    text,
    locate(index) {
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > index) i--;
      return parts[i]!.locate(Math.min(index - starts[i]!, parts[i]!.text.length));
    },
    fileOffset: () => undefined,
  };
}

/**
 * Prose with some spans replaced (X's t.co links by the addresses the person typed); every
 * character of a replacement locates at the start of the span it replaces.
 */
export function rewriteProse(prose: Prose, edits: { start: number; end: number; text: string }[]): Prose {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    for (; at < edit.start; at++) {
      origin.push(at);
      text += prose.text[at];
    }
    for (let k = 0; k < edit.text.length; k++) origin.push(edit.start);
    text += edit.text;
    at = edit.end;
  }
  for (; at < prose.text.length; at++) {
    origin.push(at);
    text += prose.text[at];
  }
  origin.push(prose.text.length);
  return { text, locate: (index) => prose.locate(origin[Math.min(index, origin.length - 1)]!), fileOffset: () => undefined };
}
