import type { Html, Root, RootContent, Nodes, Link } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { filePositions, ProseBuilder, type FilePositions } from '../prose.js';
import type { Prose, PostDocument, SourceFile } from '../types.js';
import { readFrontMatter, type FrontMatterProblem } from './front-matter.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export interface ParsedDraft {
  document: PostDocument;
  /** Front matter values that are wrong; reported as errors on the file, linting goes on. */
  problems: FrontMatterProblem[];
  /** HTML comments, where inline directives live. */
  comments: Html[];
  positions: FilePositions;
}

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Parses a Markdown draft once; every rule then reads the same tree and prose. */
export function parseDraft(file: SourceFile): ParsedDraft {
  const tree = processor.parse(file.text) as Root;
  const positions = filePositions(file.text);
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const { meta, problems } = readFrontMatter(yamlNode);

  const comments: Html[] = [];
  const body = buildProse(file.text, positions, tree.children, comments);
  const parts = meta.kind === 'thread' ? splitThread(file.text, positions, tree.children) : [body];

  return { document: { type: 'post', meta, body, parts, file, tree }, problems, comments, positions };
}

/** A thread is split at thematic breaks (`---` on a line of its own, after a blank line). */
function splitThread(source: string, positions: FilePositions, children: RootContent[]): Prose[] {
  const groups: RootContent[][] = [[]];
  for (const child of children) {
    if (child.type === 'thematicBreak') groups.push([]);
    else groups.at(-1)!.push(child);
  }
  const parts = groups.filter((group) => group.some((node) => node.type !== 'yaml' && node.type !== 'html'));
  return parts.map((group) => buildProse(source, positions, group, []));
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell', 'code', 'blockquote', 'listItem', 'list', 'table', 'tableRow']);

/**
 * The text a person would post: what the Markdown says, without its markup. Front matter,
 * comments, code blocks and images are not part of it; a link keeps its text and its address.
 */
function buildProse(source: string, positions: FilePositions, nodes: RootContent[], comments: Html[]): Prose {
  const builder = new ProseBuilder(source, positions);
  let blockOfLast: Nodes | undefined;

  const addText = (value: string, node: Nodes, block: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (builder.length > 0 && blockOfLast !== block) {
      // Paragraphs stay apart by a blank line, list items by a line break, as they were written.
      const gap = source.slice(builder.fileEnd, start);
      const newlines = (gap.match(/\n/g) ?? []).length;
      if (!builder.endsWithNewline) builder.addSeparator(newlines >= 2 ? '\n\n' : '\n');
    }
    blockOfLast = block;
    builder.addFromSource(value, start, end);
  };

  const walk = (node: Nodes, block: Nodes) => {
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'footnoteDefinition':
        return;
      case 'html':
        comments.push(node);
        return;
      case 'text':
      case 'inlineCode':
        addText(node.value, node, block);
        return;
      case 'break':
        builder.addSeparator('\n');
        return;
      case 'link':
        for (const child of node.children) walk(child, block);
        addLinkTarget(node, block);
        return;
      default:
        if ('children' in node) {
          const inner = BLOCK_TYPES.has(node.type) ? node : block;
          for (const child of node.children as Nodes[]) walk(child, inner);
        }
    }
  };

  // `[text](https://…)` posts both: the words and the address they point to.
  const addLinkTarget = (node: Link, block: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const written = source.slice(start, end);
    const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (text === node.url || !node.url) return;
    const at = written.lastIndexOf(node.url);
    if (at === -1) return;
    builder.addSeparator(' ');
    blockOfLast = block;
    builder.addFromSource(node.url, start + at, start + at + node.url.length);
  };

  for (const node of nodes) walk(node, node);
  return builder.build();
}
