import type { Root } from 'mdast';
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
        if (mdast?.length && !keepTransform) mdast[mdast.length - 1] = withoutTransform(mdast.at(-1)!, TRANSFORM);
      })
      .use(remarkFrontmatter, ['yaml'])
      .freeze() as unknown as Processor<Root>;
    processors.set(needed, processor);
  }
  return processor;
}

type MdastExtensions = NonNullable<Data['fromMarkdownExtensions']>[number];

/** mdast extensions (nested lists as remark-gfm gives them) without the named tree transform. */
export function withoutTransform(extensions: MdastExtensions, name: string): MdastExtensions {
  if (Array.isArray(extensions)) return extensions.map((extension) => withoutTransform(extension, name)) as MdastExtensions;
  const { transforms } = extensions as { transforms?: { name: string }[] };
  if (!transforms?.some((transform) => transform.name === name)) return extensions;
  return { ...extensions, transforms: transforms.filter((transform) => transform.name !== name) } as MdastExtensions;
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
