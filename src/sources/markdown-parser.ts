import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data, type Processor } from 'unified';

/**
 * GFM's literal autolinks (`www.…`, `https://…`, `name@host.tld`) are micromark constructs hooked
 * on every ASCII letter and digit, so with them the tokenizer stops and tries a construct at each
 * character of every word, and a tree transform then searches every text node again for the same
 * literals in decoded text: a third of the parse of a typical draft. Each can only match where the
 * raw text holds its marker (the transform also where a character reference or escape could
 * decode to one), so a draft is parsed by a processor that leaves out what its text cannot use.
 * Tables and strikethrough cost every draft too, used or not: the table construct is tried at the
 * start of every line, and strikethrough's resolver walks the events of every span of text.
 * The tree is the same as with full GFM (test/sources/markdown-parser.test.ts compares them).
 */
const GATED = [
  // An address needs a letter, digit or one of `+-._` right before the `@` and a dot after it.
  { construct: 'emailAutolink', marker: (text: string) => /[\w+.-]@[\w.-]*\./.test(text) },
  { construct: 'wwwAutolink', marker: (text: string) => /www\./i.test(text) },
  { construct: 'protocolAutolink', marker: (text: string) => /https?:\/\//i.test(text) },
  // A delimiter row needs a `|` or an alignment colon against its dashes (`a\n:-:` is a table);
  // without either, micromark-extension-gfm-table refuses it as a thematic break or setext underline.
  { construct: 'table', marker: (text: string) => /\||:-|-:/.test(text) },
  { construct: 'strikethrough', marker: (text: string) => text.includes('~') },
] as const;
/** The literal autolinks come first in GATED; the transform finds the same literals in decoded text. */
const LITERAL_BITS = 0b111;
const TRANSFORM = 'transformGfmAutolinkLiterals';
const TRANSFORM_BIT = 1 << GATED.length;
/** Every construct and the transform: exactly `unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter)`. */
export const FULL_GFM = (TRANSFORM_BIT << 1) - 1;

const processors = new Map<number, Processor<Root>>();

/** Parses Markdown with GFM and YAML front matter, as `unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter)` would. */
export function parseMarkdownTree(text: string): Root {
  let needed = 0;
  GATED.forEach((gated, bit) => {
    if (gated.marker(text)) needed |= 1 << bit;
  });
  if (needed & LITERAL_BITS || /[&\\]/.test(text)) needed |= TRANSFORM_BIT;
  return processorFor(needed).parse(text) as Root;
}

/** The processor for the bit set `needed`: bit i for GATED[i], then one for the transform. */
export function processorFor(needed: number): Processor<Root> {
  let processor = processors.get(needed);
  if (!processor) {
    const dropped = new Set<string>(GATED.filter((_, bit) => !(needed & (1 << bit))).map((gated) => gated.construct));
    const keepTransform = Boolean(needed & TRANSFORM_BIT);
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(function dropUnused() {
        // remark-gfm has just pushed its one combined syntax extension and its list of mdast ones.
        const data = this.data();
        const syntax = data.micromarkExtensions;
        if (syntax?.length && dropped.size) syntax[syntax.length - 1] = withoutConstructs(syntax.at(-1)!, dropped);
        const mdast = data.fromMarkdownExtensions;
        if (mdast?.length) {
          mdast[mdast.length - 1] = keepTransform
            ? replaceTransform(mdast.at(-1)!, TRANSFORM, onlyWhereLiteralsMayBe)
            : withoutTransform(mdast.at(-1)!, TRANSFORM);
        }
      })
      .use(remarkFrontmatter, ['yaml'])
      .freeze() as unknown as Processor<Root>;
    processors.set(needed, processor);
  }
  return processor;
}

type MdastExtensions = NonNullable<Data['fromMarkdownExtensions']>[number];

type Transform = (tree: Root) => Root | undefined | void;

/** mdast extensions (nested lists as remark-gfm gives them) without the named tree transform. */
export function withoutTransform(extensions: MdastExtensions, name: string): MdastExtensions {
  return replaceTransform(extensions, name, () => undefined);
}

/** mdast extensions with the named tree transform replaced (or dropped, when `replace` gives nothing); the library's objects are never edited. */
function replaceTransform(extensions: MdastExtensions, name: string, replace: (transform: Transform) => Transform | undefined): MdastExtensions {
  if (Array.isArray(extensions)) return extensions.map((extension) => replaceTransform(extension, name, replace)) as MdastExtensions;
  const { transforms } = extensions as { transforms?: Transform[] };
  if (!transforms?.some((transform) => transform.name === name)) return extensions;
  const kept = transforms.flatMap((transform) => (transform.name === name ? (replace(transform) ?? []) : [transform]));
  return { ...extensions, transforms: kept } as MdastExtensions;
}

/**
 * mdast-util-gfm-autolink-literal's transform walks the whole tree once for each of its four
 * expressions (URLs, xmpp:, mailto:, addresses), with an array and a closure per node, looking at
 * the text nodes outside links; after micromark has linked the literals it could, most drafts have
 * none left to find. Each expression needs `http://`, `https://` or `www.`, or an `@` before a word
 * and a dot, in one text node: without such a node the transform changes nothing, so it is skipped.
 */
const LITERAL_IN_TEXT = /https?:\/\/|www\.|@[\w-]+\./i;

function onlyWhereLiteralsMayBe(transform: Transform): Transform {
  // The name stays: it is how the processors find the transform.
  const gated = { [transform.name]: (tree: Root) => (someTextOutsideLinks(tree, (text) => LITERAL_IN_TEXT.test(text)) ? transform(tree) : undefined) };
  return gated[transform.name]!;
}

/** Whether a text node outside links and link references (the ones the transform looks at) passes `test`. */
export function someTextOutsideLinks(tree: Root, test: (text: string) => boolean): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (test(node.value)) return true;
    } else if ('children' in node && node.type !== 'link' && node.type !== 'linkReference') {
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}

type SyntaxExtension = Record<string, Record<string, unknown> | undefined>;
interface Named {
  name?: string;
}

/** A copy of a micromark syntax extension without the named constructs; the library's objects are shared, so never edited. */
export function withoutConstructs<T extends object>(extension: T, names: ReadonlySet<string>): T {
  const copy: SyntaxExtension = {};
  for (const [hook, codes] of Object.entries(extension as SyntaxExtension)) {
    if (!codes || typeof codes !== 'object' || Array.isArray(codes)) {
      copy[hook] = codes;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [code, value] of Object.entries(codes)) {
      const list = (Array.isArray(value) ? value : [value]) as Named[];
      const rest = list.filter((construct) => !construct?.name || !names.has(construct.name));
      if (rest.length > 0) kept[code] = Array.isArray(value) ? rest : rest[0];
    }
    copy[hook] = kept;
  }
  return copy as T;
}
