import { location } from 'vfile-location';
import type { Prose, SourceLocation } from './types.js';

/**
 * A stretch of prose text taken from the file. Either contiguous (`offsets` absent: prose index i
 * is file offset `fileStart + i - proseStart`) or aligned character by character, because the
 * Markdown value differs from the source (escapes, entities, block-quote markers).
 */
interface Segment {
  proseStart: number;
  proseEnd: number;
  fileStart: number;
  offsets?: Int32Array;
}

/** Offset ↔ line:column for one file, built once per file and shared by every Prose on it. */
export type FilePositions = ReturnType<typeof location>;

export function filePositions(text: string): FilePositions {
  return location(text);
}

/**
 * Builds the plain text of a draft piece by piece while remembering where each piece came from.
 * Separators (blank lines between paragraphs) map to where they were inserted but carry no file
 * offset, so no fix can be made across them.
 */
export class ProseBuilder {
  private text = '';
  private readonly segments: Segment[] = [];
  private lastFileEnd = 0;
  // Kept apart from `text`: asking a string built with += for its last character makes V8 flatten
  // it, which copies the whole prose on every piece and made a 2 MB draft take minutes.
  private lastIsNewline = false;

  constructor(
    private readonly source: string,
    private readonly positions: FilePositions,
  ) {}

  get length(): number {
    return this.text.length;
  }

  get endsWithNewline(): boolean {
    return this.lastIsNewline;
  }

  /** Adds `value`, which the Markdown parser read from source[start, end). */
  addFromSource(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    const proseStart = this.text.length;
    this.text += value;
    this.lastIsNewline = value.endsWith('\n');
    const slice = this.source.slice(start, end);
    if (slice === value) {
      this.segments.push({ proseStart, proseEnd: this.text.length, fileStart: start });
    } else {
      this.segments.push({ proseStart, proseEnd: this.text.length, fileStart: start, offsets: align(value, slice, start) });
    }
    this.lastFileEnd = end;
  }

  /** Adds text that is not in the file as such (a paragraph break). */
  addSeparator(value: string): void {
    if (value.length === 0) return;
    this.text += value;
    this.lastIsNewline = value.endsWith('\n');
  }

  /** The file offset where the prose so far ends; used to measure the gap before the next piece. */
  get fileEnd(): number {
    return this.lastFileEnd;
  }

  build(): Prose {
    return new MappedProse(this.text, this.segments, this.positions);
  }
}

/**
 * Maps each character of `value` to an offset in `slice` (which starts at `base` in the file) by
 * walking both strings: characters the parser dropped (`\` escapes, `> ` quote markers, entity
 * spellings) are skipped in the source.
 */
function align(value: string, slice: string, base: number): Int32Array {
  const offsets = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const found = slice.indexOf(value[i]!, j);
    if (found === -1) {
      offsets[i] = base + Math.min(j, slice.length);
    } else {
      offsets[i] = base + found;
      j = found + 1;
    }
  }
  offsets[value.length] = base + Math.min(j, slice.length);
  return offsets;
}

/** A draft's Prose as plain data, so it can cross to another thread (structured clone). */
export interface ProseData {
  text: string;
  segments: Segment[];
}

/** The plain data of a Prose built from a draft; undefined for other kinds (profile fields). */
export function proseData(prose: Prose): ProseData | undefined {
  return prose instanceof MappedProse ? prose.data : undefined;
}

/** A Prose again, from its data and the positions of the file text it was built from. */
export function proseFromData(data: ProseData, positions: FilePositions): Prose {
  return new MappedProse(data.text, data.segments, positions);
}

class MappedProse implements Prose {
  constructor(
    readonly text: string,
    private readonly segments: Segment[],
    private readonly positions: FilePositions,
  ) {}

  get data(): ProseData {
    return { text: this.text, segments: this.segments };
  }

  locate(index: number): SourceLocation {
    const offset = this.nearestFileOffset(index);
    const point = this.positions.toPoint(offset);
    if (point) return { line: point.line, column: point.column };
    return { line: 1, column: 1 };
  }

  fileOffset(index: number): number | undefined {
    const segment = this.segmentAt(index);
    if (!segment) return undefined;
    return offsetIn(segment, index);
  }

  private nearestFileOffset(index: number): number {
    const segment = this.segmentAt(index);
    if (segment) return offsetIn(segment, index);
    // A separator: point at the end of the piece before it, or the start of the next one.
    const before = this.segments.findLast((s) => s.proseEnd <= index);
    if (before) return offsetIn(before, before.proseEnd);
    const after = this.segments.find((s) => s.proseStart >= index);
    return after ? after.fileStart : 0;
  }

  /** The segment holding `index`; an index at a segment's end belongs to it (exclusive ends). */
  private segmentAt(index: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (index < s.proseStart) hi = mid - 1;
      else if (index > s.proseEnd) lo = mid + 1;
      else {
        // Prefer the segment that starts here over one that merely ends here.
        const next = this.segments[mid + 1];
        return next && next.proseStart === index ? next : s;
      }
    }
    return undefined;
  }
}

function offsetIn(segment: Segment, index: number): number {
  const i = index - segment.proseStart;
  return segment.offsets ? segment.offsets[i]! : segment.fileStart + i;
}

/**
 * Prose for a single value read from a structured file (a CSV cell, a JSON string), located by
 * the line and column where the value starts. Newlines inside the value advance the line.
 */
export function fieldProse(text: string, at: SourceLocation, fileStart?: number): Prose {
  let lineStarts: number[] | undefined;
  return {
    text,
    locate(index) {
      lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= index) line++;
      const column = line === 0 ? at.column + index : index - lineStarts[line]! + 1;
      return { entry: at.entry, line: at.line + line, column };
    },
    fileOffset(index) {
      return fileStart === undefined ? undefined : fileStart + index;
    },
  };
}
