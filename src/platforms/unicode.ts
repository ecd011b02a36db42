import { segmentBounded } from '../text/bounded-segments.js';
import { onFirstUse } from '../text/on-first-use.js';

// Made on first use: a process's first Intl.Segmenter loads ICU's break rules, which ASCII-only
// texts never need.
const graphemes = onFirstUse(() => new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

// V8's grapheme segmenter slows down more than linearly on long strings (a 20,000-character text
// takes ~50x as long as 1,000 characters), so long texts are segmented in pieces cut where a
// cluster boundary is certain: after a line feed (UAX #29 GB4), or between an ASCII character and
// a space (neither extends, joins or prepends).
const PIECE = 1000;

function* pieces(text: string): Generator<[string, number]> {
  let start = 0;
  while (text.length - start > PIECE) {
    let cut = text.indexOf('\n', start + PIECE / 2);
    if (cut === -1 || cut > start + PIECE * 2) cut = asciiSpaceCut(text, start + PIECE / 2, start + PIECE * 2);
    else cut += 1;
    if (cut === -1) break;
    yield [text.slice(start, cut), start];
    start = cut;
  }
  yield [text.slice(start), start];
}

function asciiSpaceCut(text: string, from: number, to: number): number {
  for (let i = text.indexOf(' ', from); i !== -1 && i < to; i = text.indexOf(' ', i + 1)) {
    if (text.charCodeAt(i - 1) < 0x80) return i;
  }
  return -1;
}

const NON_ASCII = /[^\x00-\x7f]/;
const CRLF = /\r\n/g;

/** Grapheme clusters (characters as people see them), with their UTF-16 start offsets. */
export function graphemesOf(text: string): { segment: string; index: number }[] {
  const out: { segment: string; index: number }[] = [];
  if (!NON_ASCII.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const crlf = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10;
      out.push({ segment: crlf ? '\r\n' : text[i]!, index: i });
      if (crlf) i++;
    }
    return out;
  }
  for (const [piece, offset] of pieces(text)) {
    for (const { segment, index } of clusters(piece)) out.push({ segment, index: index + offset });
  }
  return out;
}

export function graphemeCount(text: string): number {
  return sumOverClusters(text);
}

/**
 * Threads counts an emoji as its UTF-8 bytes and any other cluster as one. An emoji always holds
 * a non-ASCII character, so only the stretches graphemeCount segments need weighing.
 */
export function threadsLength(text: string): number {
  return sumOverClusters(text, (segment) => (isEmoji(segment) ? utf8Length(segment) : 1));
}

/** The number of grapheme clusters in a text, or the sum of `weigh` over the clusters that hold non-ASCII characters (1 for the others). */
function sumOverClusters(text: string, weigh?: (segment: string) => number): number {
  // Most drafts are plain ASCII, where every character is a cluster except CR LF (UAX #29 GB3);
  // Intl.Segmenter was the largest cost of a 10,000-draft benchmark run. Mixed text is counted the
  // same way between its non-ASCII stretches: two ASCII characters other than CR LF are always
  // separate clusters, so only a stretch of non-ASCII text with one ASCII neighbour on each side
  // (a keycap's "#", a letter before a combining accent) needs the segmenter.
  let count = 0;
  let from = 0;
  NON_ASCII_GLOBAL.lastIndex = 0;
  for (let found = NON_ASCII_GLOBAL.exec(text); found; found = NON_ASCII_GLOBAL.exec(text)) {
    let start = Math.max(from, found.index - 1);
    if (start > from && text.charCodeAt(start) === 10 && text.charCodeAt(start - 1) === 13) start--;
    let end = found.index + 1;
    while (end < text.length && !(isAsciiAt(text, end - 1) && isAsciiAt(text, end) && !isCrLfAt(text, end - 1))) end++;
    count += asciiGraphemeCount(text.slice(from, start)) + segmentedCount(text.slice(start, end), weigh);
    from = end;
    NON_ASCII_GLOBAL.lastIndex = end;
  }
  return count + asciiGraphemeCount(text.slice(from));
}

const NON_ASCII_GLOBAL = /[^\x00-\x7f]/g;

function isAsciiAt(text: string, i: number): boolean {
  return text.charCodeAt(i) < 0x80;
}

function isCrLfAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10;
}

function asciiGraphemeCount(text: string): number {
  return text.length - (text.match(CRLF)?.length ?? 0);
}

function segmentedCount(text: string, weigh?: (segment: string) => number): number {
  let count = 0;
  for (const [piece] of pieces(text)) for (const { segment } of clusters(piece)) count += weigh ? weigh(segment) : 1;
  return count;
}

/** A piece is long only when no safe cut was found (e.g. a long line of CJK text). */
function clusters(piece: string): Iterable<{ segment: string; index: number }> {
  return piece.length > PIECE * 4 ? segmentBounded(graphemes(), piece) : graphemes().segment(piece);
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** Whether a grapheme cluster is (or contains) an emoji: pictographs, flags, keycaps. */
export function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme);
}
