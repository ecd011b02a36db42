import type { Root, Yaml } from 'mdast';
import { filePositions, proseData, proseFromData } from '../prose.js';
import type { LintDocument, Prose } from '../types.js';

/**
 * What a document keeps once its file is done, for the cross-document phase (duplicate-post,
 * duplicate-invite, posting-cadence and plugins' checkAll), which runs only when every file is
 * linted, so whatever is kept here grows with the run. Measured as that phase starts (live heap
 * after a full GC, 5,000 drafts), the old copy kept ~4.3 KiB per draft, now ~2.3 KiB: the Markdown
 * tree's root went, and most of it was the prose, whose text was a rope of every piece of the
 * draft built up by concatenation. Kept now: the front matter node alone, the prose's text as one
 * flat string and its segments, on a fresh line index; the same PostDocument shape, so every
 * position and message comes out the same.
 */
export function forCrossRules(document: LintDocument): LintDocument {
  if (document.type !== 'post') return document;
  const source = document.file?.text;
  const positions = source === undefined ? undefined : filePositions(source);
  const slim = (prose: Prose): Prose => {
    const data = positions && proseData(prose);
    return data ? proseFromData({ text: flatCopy(data.text), segments: data.segments }, positions) : prose;
  };
  const body = slim(document.body);
  // A draft that is not a thread has its body as its one part; keep them one object.
  const parts = document.parts.map((part) => (part === document.body ? body : slim(part)));
  return { ...document, body, parts, ...(document.tree ? { tree: frontMatterOnly(document.tree) } : {}) };
}

function frontMatterOnly(tree: Root): Root {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return { type: 'root', children: [] };
  const yaml: Yaml = { type: 'yaml', value: first.value, ...(first.position ? { position: first.position } : {}) };
  return { type: 'root', children: [yaml], ...(tree.position ? { position: tree.position } : {}) };
}

/**
 * The same characters in a string of their own. V8 keeps a string built with += as a rope that
 * holds on to every piece (and what those pieces were sliced from); a UTF-8 round trip makes one
 * flat string. Text with a lone surrogate would not survive that trip and is kept as it is.
 */
function flatCopy(text: string): string {
  return /\p{Cs}/u.test(text) ? text : Buffer.from(text, 'utf8').toString('utf8');
}

