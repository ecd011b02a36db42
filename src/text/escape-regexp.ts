/**
 * `text` as a pattern that matches it literally, for use outside a character class. Only the
 * syntax characters are escaped: with the `u` flag an escaped `-` or any other identity escape is a
 * syntax error, and outside a class `-` and `/` are plain characters anyway.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
