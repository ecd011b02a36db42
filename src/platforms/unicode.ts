let graphemes: Intl.Segmenter | undefined;

/** Grapheme clusters (characters as people see them), with their UTF-16 start offsets. */
export function graphemesOf(text: string): { segment: string; index: number }[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...graphemes.segment(text)].map(({ segment, index }) => ({ segment, index }));
}

export function graphemeCount(text: string): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
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
