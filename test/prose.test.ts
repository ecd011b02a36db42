import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/sources/markdown.js';

const parse = (text: string) => parseDraft({ path: 'draft.md', text });

describe('draft prose', () => {
  it('drops front matter, markup, comments, code and images but keeps link targets', () => {
    const text = '---\nplatform: x\n---\n\n# Big **news**\n\nSee [the docs](https://example.org/d)\n\n<!-- note -->\n\n```\ncode\n```\n\n![alt](pic.png)\n\n- one\n- two\n';
    const { document } = parse(text);
    expect(document.body.text).toBe('Big news\n\nSee the docs https://example.org/d\n\none\ntwo');
  });

  it('maps every prose character back to its exact file offset', () => {
    const text = '---\nplatform: x\n---\n\nHello *there* world\n\n> quoted\n> text\n';
    const { document } = parse(text);
    const prose = document.body;
    for (let i = 0; i < prose.text.length; i++) {
      const offset = prose.fileOffset(i);
      if (offset === undefined) continue;
      expect(text[offset], `char ${i} (${JSON.stringify(prose.text[i])})`).toBe(prose.text[i]);
    }
    const at = prose.text.indexOf('text');
    expect(prose.locate(at)).toEqual({ line: 8, column: 3 });
  });

  it('aligns escaped and entity text to the source', () => {
    const text = 'A \\#literal &amp; more\n';
    const { document } = parse(text);
    expect(document.body.text).toBe('A #literal & more');
    expect(text[document.body.fileOffset(document.body.text.indexOf('#'))!]).toBe('#');
    expect(text.slice(document.body.fileOffset(document.body.text.indexOf('more'))!)).toMatch(/^more/);
  });

  it('splits a thread into parts at thematic breaks, each with its own positions', () => {
    const text = '---\nkind: thread\n---\n\nfirst\n\n---\n\nsecond part\n\n***\n\nthird\n';
    const { document } = parse(text);
    expect(document.parts.map((p) => p.text)).toEqual(['first', 'second part', 'third']);
    expect(document.parts[1]!.locate(0)).toEqual({ line: 9, column: 1 });
  });

  it('keeps a single part for other kinds', () => {
    const { document } = parse('one\n\n---\n\ntwo\n');
    expect(document.parts).toHaveLength(1);
    expect(document.parts[0]).toBe(document.body);
  });

  it('gives no file offset inside separators, so fixes cannot span paragraphs', () => {
    const { document } = parse('one\n\ntwo\n');
    expect(document.body.text).toBe('one\n\ntwo');
    expect(document.body.fileOffset(3)).toBe(3);
    expect(document.body.fileOffset(4)).toBeUndefined();
  });
});
