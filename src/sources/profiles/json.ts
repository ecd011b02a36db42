import jsonc from 'jsonc-parser';
import type { ProfileField } from '../../types.js';
import { EntryProblem } from './errors.js';
import type { EntryText } from './source-text.js';

export type JsonNode = jsonc.Node;

/**
 * Parses JSON keeping every value's offset (jsonc-parser's syntax tree). X's `data/*.js` files
 * are `window.YTD.<name>.part0 = [...]`: the assignment is blanked to spaces so offsets stay true.
 */
export function parseJsonEntry(file: EntryText, options: { ytd?: boolean } = {}): JsonNode {
  let text = file.text;
  if (options.ytd) {
    const wrapper = /^\s*window\.YTD\.[\w]+\.part\d+\s*=\s*/.exec(text);
    if (!wrapper) throw new EntryProblem('Expected the archive wrapper `window.YTD.<name>.part0 = [...]`.', file.at(0));
    text = ' '.repeat(wrapper[0].length) + text.slice(wrapper[0].length);
  }
  const errors: jsonc.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !root) {
    const first = errors[0];
    const reason = first ? jsonc.printParseErrorCode(first.error) : 'Empty';
    throw new EntryProblem(`Malformed JSON: ${reason.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.`, file.at(first?.offset ?? 0));
  }
  return root;
}

export function child(node: JsonNode | undefined, ...path: (string | number)[]): JsonNode | undefined {
  return node ? jsonc.findNodeAtLocation(node, path) : undefined;
}

export function stringAt(node: JsonNode | undefined, ...path: (string | number)[]): string | undefined {
  const found = child(node, ...path);
  return found?.type === 'string' ? (found.value as string) : undefined;
}

export function elements(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** Source offsets of each character of a JSON string's value (escapes map to their backslash). */
export function stringOffsets(file: EntryText, node: JsonNode): number[] {
  const raw = file.text.slice(node.offset + 1, node.offset + node.length - 1);
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const at = node.offset + 1 + i;
    if (raw[i] !== '\\') {
      offsets.push(at);
      i++;
    } else if (raw[i + 1] === 'u') {
      offsets.push(at);
      i += 6;
    } else {
      offsets.push(at);
      i += 2;
    }
  }
  offsets.push(node.offset + node.length - 1);
  return offsets;
}

/** A string value as a profile field, trimmed; undefined when missing, not a string, or blank. */
export function jsonField(file: EntryText, node: JsonNode | undefined): ProfileField | undefined {
  if (node?.type !== 'string') return undefined;
  const raw = node.value as string;
  const value = raw.trim();
  if (!value) return undefined;
  const offsets = stringOffsets(file, node);
  const lead = raw.length - raw.trimStart().length;
  // A value whose escapes did not line up (should not happen) still points at its start.
  const exact = offsets.length === raw.length + 1;
  return { value, prose: file.mapped(value, (i) => (exact ? offsets[lead + i]! : node.offset + 1)) };
}
