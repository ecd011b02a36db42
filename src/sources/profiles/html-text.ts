import type { ProfileField } from '../../types.js';
import type { EntryText } from './source-text.js';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text people see in Mastodon's sanitised HTML (bio, field values, posts): tags dropped,
 * `<br>` a line break, paragraphs separated by a blank line, entities decoded. `offsetOf` maps each
 * character of `html` to the file, and each character of the result keeps that mapping.
 */
export function htmlToText(html: string, offsetOf: (index: number) => number, markup = true): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const push = (s: string, from: number) => {
    for (let k = 0; k < s.length; k++) offsets.push(offsetOf(from));
    text += s;
  };
  let i = 0;
  let paragraphs = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<' && markup) {
      const close = html.indexOf('>', i);
      if (close === -1) {
        push(html.slice(i), i);
        break;
      }
      const tag = /^<\/?\s*([a-z0-9]+)/i.exec(html.slice(i, close + 1))?.[1]?.toLowerCase();
      if (tag === 'br') push('\n', i);
      else if (tag === 'p' && html[i + 1] !== '/') {
        if (paragraphs++ > 0) push('\n\n', i);
      }
      i = close + 1;
    } else if (c === '&') {
      const entity = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i.exec(html.slice(i, i + 12));
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (entity && decoded !== undefined) {
        push(decoded, i);
        i += entity[0].length;
      } else {
        push(c, i);
        i++;
      }
    } else {
      offsets.push(offsetOf(i));
      text += c;
      i++;
    }
  }
  offsets.push(offsetOf(html.length));
  return { text, offsets };
}

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return NAMED[name.toLowerCase()];
}

/**
 * An HTML string value (from JSON) as a field of plain text, trimmed. Without `markup` only
 * entities are decoded (X keeps `&amp;` in tweets, but a `<` there is just a character).
 */
export function htmlField(file: EntryText, html: string, offsetOf: (index: number) => number, markup = true): ProfileField | undefined {
  const { text, offsets } = htmlToText(html, offsetOf, markup);
  const value = text.trim();
  if (!value) return undefined;
  const lead = text.length - text.trimStart().length;
  return { value, prose: file.mapped(value, (i) => offsets[lead + i]!) };
}
