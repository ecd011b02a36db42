import { describe, expect, it } from 'vitest';
import { treeNodes } from '../src/rule-helpers.js';
import { parseMarkdownTree } from '../src/sources/markdown-parser.js';

describe('treeNodes', () => {
  const tree = parseMarkdownTree('---\nkind: post\n---\n\n# Hi\n\n> quote ![alt](a.png)\n\n- one <img src="b.jpg">\n- two `code`\n\n```\nsecret\n```\n');

  it('lists every node once, root first, depth first with children in order', () => {
    const types = treeNodes(tree).map((node) => node.type);
    expect(types).toEqual([
      'root', 'yaml', 'heading', 'text', 'blockquote', 'paragraph', 'text', 'image',
      'list', 'listItem', 'paragraph', 'text', 'html', 'listItem', 'paragraph', 'text', 'inlineCode', 'code',
    ]);
    expect(treeNodes(tree)).toBe(treeNodes(tree));
  });
});
