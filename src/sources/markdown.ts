import type { Html, Root, RootContent, Nodes, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { filePositions, ProseBuilder, type FilePositions } from '../prose.js';
import type { Prose, PostDocument, SourceFile } from '../types.js';
import { readFrontMatter, type FrontMatterProblem } from './front-matter.js';
import { parseMarkdownTree } from './markdown-parser.js';
import { UnreadableFileError } from './read.js';

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
  const tree = parseMarkdown(file.text);
  const positions = filePositions(file.text);
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const { meta, problems } = readFrontMatter(yamlNode);

  const comments: Html[] = [];
  const body = buildProse(file.text, positions, tree.children, comments);
  const parts = meta.kind === 'thread' ? splitThread(file.text, positions, tree.children) : [body];

  return { document: { type: 'post', meta, body, parts, file, tree }, problems, comments, positions };
}

/**
 * Deeper than any post is written; beyond it the parser (quadratic in container depth, then out of
 * stack) and recursive rule visitors would take minutes or crash on a hostile file.
 */
const MAX_NESTING = 100;
const MAX_TREE_DEPTH = 1000;
const DEEP_CONTAINERS = new RegExp(`^(?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${MAX_NESTING + 1}}`, 'm');

function parseMarkdown(text: string): Root {
  if (DEEP_CONTAINERS.test(text)) {
    throw new UnreadableFileError(`Block quotes or lists nested more than ${MAX_NESTING} deep; not linted.`);
  }
  let tree: Root;
  try {
    tree = parseMarkdownTree(text);
  } catch (error) {
    if (error instanceof RangeError) throw new UnreadableFileError('Markdown nested too deeply to parse; not linted.');
    throw error;
  }
  if (treeDepth(tree) > MAX_TREE_DEPTH) throw new UnreadableFileError(`Markdown nested more than ${MAX_TREE_DEPTH} levels deep; not linted.`);
  if (text.charCodeAt(0) === 0xfeff) shiftPastByteOrderMark(tree);
  return tree;
}

/**
 * micromark drops a leading byte order mark and counts offsets from the character after it, while
 * every offset socialint hands out (findings, fixes) is into the file as read, BOM included.
 */
function shiftPastByteOrderMark(tree: Root): void {
  const seen = new Set<object>();
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point || seen.has(point)) continue;
      seen.add(point);
      if (point.offset !== undefined) point.offset += 1;
      if (point.line === 1) point.column += 1;
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
}

/** Without recursion, so measuring a hostile tree cannot overflow the stack itself. */
function treeDepth(tree: Root): number {
  let max = 0;
  const stack: [Nodes, number][] = [[tree, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
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
    const text = toString(node);
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
