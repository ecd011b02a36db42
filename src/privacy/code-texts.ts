import type { Code, Html, Root } from 'mdast';
import { filePositions, ProseBuilder } from '../prose.js';
import { treeNodes } from '../rule-helpers.js';
import type { PostDocument, Prose } from '../types.js';

/**
 * The text of code blocks and raw HTML in a draft, which its prose leaves out but which is
 * published all the same (a pasted config, an embed snippet). Each comes back as a Prose mapped
 * onto the file, so findings land on the right line and suggestions can edit the value.
 */
export function codeTexts(document: PostDocument): Prose[] {
  const tree: Root | undefined = document.tree;
  const source = document.file?.text;
  if (!tree || source === undefined) return [];
  let positions: ReturnType<typeof filePositions> | undefined;
  const texts: Prose[] = [];
  for (const node of treeNodes(tree)) {
    if (node.type !== 'code' && node.type !== 'html') continue;
    const { value, position } = node as Code | Html;
    const start = position?.start.offset;
    const end = position?.end.offset;
    if (!value || start === undefined || end === undefined) continue;
    positions ??= filePositions(source);
    const builder = new ProseBuilder(source, positions);
    builder.addFromSource(value, contentStart(source, start, node.type), end);
    texts.push(builder.build());
  }
  return texts;
}

/** A fenced block's value begins on the line after its opening fence. */
function contentStart(source: string, start: number, type: string): number {
  if (type !== 'code' || !/^(?:`{3,}|~{3,})/.test(source.slice(start, start + 3))) return start;
  const newline = source.indexOf('\n', start);
  return newline === -1 ? start : newline + 1;
}
