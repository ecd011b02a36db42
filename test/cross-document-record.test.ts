import { describe, expect, it } from 'vitest';
import { forCrossRules } from '../src/engine/cross-document-record.js';
import { markdownFromText } from '../src/sources/markdown-source.js';
import type { PostDocument } from '../src/types.js';

const draft = [
  '---',
  'platform: linkedin',
  'kind: thread',
  'date: 2026-11-02',
  '---',
  '',
  '# Launch &amp; *lessons*',
  '',
  '> Quoted **line** with an escaped \\* star',
  '',
  '- one [link](https://example.com)',
  '',
  '---',
  '',
  'Second part: naïve café 東京 👋🏽',
  '',
].join('\n');

function post(text: string): PostDocument {
  const [document] = markdownFromText('/drafts/launch.md', text).documents;
  if (document?.type !== 'post') throw new Error('expected a post');
  return document;
}

describe('forCrossRules', () => {
  it('keeps every character and every position of the prose and its parts', () => {
    const full = post(draft);
    const slim = forCrossRules(full) as PostDocument;
    expect(full.parts.length).toBe(2);
    expect(slim.parts.length).toBe(2);
    for (const [before, after] of [[full.body, slim.body], ...full.parts.map((part, i) => [part, slim.parts[i]!] as const)] as const) {
      expect(after.text).toBe(before.text);
      for (let i = 0; i <= before.text.length; i++) {
        expect(after.locate(i)).toEqual(before.locate(i));
        expect(after.fileOffset(i)).toBe(before.fileOffset(i));
      }
    }
    expect(slim.meta).toEqual(full.meta);
    expect(slim.file).toEqual(full.file);
  });

  it('keeps only the front matter node of the tree, with its position', () => {
    const full = post(draft);
    const slim = forCrossRules(full) as PostDocument;
    expect(slim.tree?.children).toEqual([{ type: 'yaml', value: 'platform: linkedin\nkind: thread\ndate: 2026-11-02', position: full.tree!.children[0]!.position }]);
  });

  it('leaves text with a lone surrogate as it is', () => {
    const full = post('A lone \ud800 surrogate in a draft that goes on.\n');
    const slim = forCrossRules(full) as PostDocument;
    expect(slim.body.text).toBe(full.body.text);
    expect(slim.body.text).toContain('\ud800');
  });

  it('keeps a thread\'s body and single part one object when they were one', () => {
    const full = post('Just one part here.\n');
    expect(full.parts[0]).toBe(full.body);
    const slim = forCrossRules(full) as PostDocument;
    expect(slim.parts[0]).toBe(slim.body);
    expect(slim.tree?.children).toEqual([]);
  });
});
