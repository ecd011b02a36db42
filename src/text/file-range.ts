import type { LintDocument, Prose } from '../types.js';

/**
 * The file range of prose characters [start, end), only when those characters are exactly the
 * file's text there (no markup, escape or inserted separator in between), so an edit of that
 * range changes what the rule saw and nothing else. The end is taken from the last character,
 * because an index at a piece's end maps to where the next piece starts.
 */
export function exactFileRange(document: LintDocument, prose: Prose, start: number, end: number): [number, number] | undefined {
  const source = document.type === 'post' ? document.file?.text : undefined;
  if (source === undefined) return undefined;
  const from = prose.fileOffset(start);
  const last = end > start ? prose.fileOffset(end - 1) : from;
  if (from === undefined || last === undefined) return undefined;
  const to = end > start ? last + 1 : from;
  return source.slice(from, to) === prose.text.slice(start, end) ? [from, to] : undefined;
}
