let graphemes: Intl.Segmenter | undefined;

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
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const [piece, offset] of pieces(text)) {
    for (const { segment, index } of graphemes.segment(piece)) out.push({ segment, index: index + offset });
  }
  return out;
}

export function graphemeCount(text: string): number {
  // Most drafts are plain ASCII, where every character is a cluster except CR LF (UAX #29 GB3);
  // Intl.Segmenter was the largest cost of a 10,000-draft benchmark run.
  if (!NON_ASCII.test(text)) return text.length - (text.match(CRLF)?.length ?? 0);
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const [piece] of pieces(text)) for (const _ of graphemes.segment(piece)) count++;
  return count;
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
