import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * GFM's literal autolinks (`www.…`, `https://…`, `name@host.tld`) are micromark constructs hooked
 * on every ASCII letter and digit, so with them the tokenizer stops and tries a construct at each
 * character of every word: a third of the parse of a typical draft. Each of the three can only
 * match where the raw text holds its marker, so a draft is parsed by a processor that leaves out
 * the ones its text cannot contain. The tree is the same as with full GFM (test/sources/
 * markdown-parser.test.ts compares them), and the mdast side of GFM, which finds literals in
 * decoded text (`a&#64;b.org`), is kept in every processor.
 */
const LITERALS = [
  // An address needs a letter, digit or one of `+-._` right before the `@` and a dot after it.
  { construct: 'emailAutolink', marker: (text: string) => /[\w+.-]@[\w.-]*\./.test(text) },
  { construct: 'wwwAutolink', marker: (text: string) => /www\./i.test(text) },
  { construct: 'protocolAutolink', marker: (text: string) => /https?:\/\//i.test(text) },
] as const;

const processors = new Map<number, Processor<Root>>();

/** Parses Markdown with GFM and YAML front matter, as `unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter)` would. */
export function parseMarkdownTree(text: string): Root {
  let needed = 0;
  LITERALS.forEach((literal, bit) => {
    if (literal.marker(text)) needed |= 1 << bit;
  });
  return processorFor(needed).parse(text) as Root;
}

/** The processor whose literal autolinks are those in the bit set `needed` (bit i: LITERALS[i]). */
export function processorFor(needed: number): Processor<Root> {
  let processor = processors.get(needed);
  if (!processor) {
    const dropped = new Set<string>(LITERALS.filter((_, bit) => !(needed & (1 << bit))).map((literal) => literal.construct));
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(function dropLiterals() {
        const extensions = this.data().micromarkExtensions;
        // remark-gfm has just pushed its one combined extension.
        if (extensions?.length && dropped.size) extensions[extensions.length - 1] = withoutConstructs(extensions.at(-1)!, dropped);
      })
      .use(remarkFrontmatter, ['yaml'])
      .freeze() as unknown as Processor<Root>;
    processors.set(needed, processor);
  }
  return processor;
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
