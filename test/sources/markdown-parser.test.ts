import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { FULL_GFM, parseMarkdownTree, processorFor, someTextOutsideLinks, withoutConstructs, withoutTransform } from '../../src/sources/markdown-parser.js';

/** The libraries as they come: unified + remark-parse + remark-gfm + remark-frontmatter. */
const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

// Pieces that start, end or nearly make literal autolinks, and the markup around them.
const PIECES = [
  'a', 'Z', '0', '9', '_', '-', '+', '.', ',', '@', 'www', 'WwW', 'http', 'HTTPS', ':', '/', '//', ' ', '\t', '\n', '\n\n',
  '*', '**', '~', '~~', '`', '[', ']', '(', ')', '<', '>', '!', '?', '&', '&#64;', '&commat;', '&#46;', '\\', '#', '|',
  '> ', '- ', '1. ', '[ ] ', '---\n', '| a | b |\n|---|---|\n', '[^1]', '[^1]: note\n', 'ana@hachyderm.io', '@ana',
  'example.org', 'www.example.com', 'https://x.com/a_(b)', 'mailto:', 'xmpp:', 'a@b.c', 'www\\.x.org', 'http&#58;//x.org', 'w&#119;w.x.org', 'é', '日本', '👋🏽',
  // Near-tables: head rows and delimiter rows with and without pipes and alignment colons.
  'a b\n', ' - ', '--', ':-:', '-: ', ' :--', '&#124;', '\\|', '~a~', '&#126;',
  // Literals the tree transform finds in decoded text, inside and outside links.
  'HTTP&#x3a;//X.ORG', 'x&#64;y.io', 'mailto&#58;a@b.co', 'xmpp:a@b.co/r', '[www&#46;x.org](u)', '[a@b.co]', '[a@b.co]: u\n', 'ww&#119;.x.org',
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('parseMarkdownTree', () => {
  it('gives the tree full GFM gives, positions included, on random Markdown', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(parseMarkdownTree(text)).toStrictEqual(full.parse(text));
      }),
      { seed: 20261124, numRuns: 3000 },
    );
  });

  it('gives the same tree on drafts with and without each kind of literal link', () => {
    const drafts = [
      '---\nplatform: x\n---\n\nThanks @mkowalski and @jdoe! Details: example.net/notes',
      'Mail me at ana.lopez+jobs@example.org, or find me at @ana@hachyderm.io.',
      'Escaped: ana&#64;example.org and www&#46;example.org stay text in micromark, then become links.',
      'See www.example.com/a_b_c*, HTTPS://EXAMPLE.COM/x?y=1. and <https://example.com>.',
      '*emphasis around http://example.com/*foo* and ~strike~ ~~through~~*',
      '| a | b |\n|---|---|\n| https://x.com | c@d.io |\n\n- [x] done www.x.org\n\n[^1]: https://y.org',
      'No links at all: 3 words, an @ on its own and a . in the middle.',
      // Tables without a pipe: an alignment colon against the dashes is enough.
      'Name\n:-:\n\nRole\n-:\nlead\n\nTeam\n---\n\n> a b\n> :--',
      'Escaped pipes and tildes are not markers: a &#124; b\n--- | ---\n\nand a \\~b~ c~~d~~',
    ];
    for (const text of drafts) expect(parseMarkdownTree(text)).toStrictEqual(full.parse(text));
  });

  it('actually leaves the constructs out where no marker is present', () => {
    const extension = { text: { 64: [{ name: 'emailAutolink' }], 104: [{ name: 'emailAutolink' }, { name: 'protocolAutolink' }] }, flow: { 1: { name: 'x' } } };
    const without = withoutConstructs(extension, new Set(['emailAutolink']));
    expect(without).toStrictEqual({ text: { 104: [{ name: 'protocolAutolink' }] }, flow: { 1: { name: 'x' } } });
    // The library's object stays as it was.
    expect(extension.text[64]).toHaveLength(1);
    // remark-gfm still names its constructs as the filter expects: a cheaper processor registers fewer text hooks.
    const hooks = (needed: number) => {
      const extensions = processorFor(needed).data().micromarkExtensions as { text?: Record<string, unknown> }[];
      return Object.keys(extensions.find((extension) => extension.text)?.text ?? {}).length;
    };
    expect(hooks(0)).toBeLessThan(hooks(FULL_GFM));
    expect(hooks(0b001)).toBeGreaterThan(hooks(0b110));
    // …and its literal-autolink tree transform as the filter expects.
    const transforms = (needed: number) =>
      (processorFor(needed).data().fromMarkdownExtensions ?? []).flat(2).flatMap((extension) => (extension as { transforms?: unknown[] }).transforms ?? []).length;
    expect(transforms(0)).toBeLessThan(transforms(FULL_GFM));
    // Tables and strikethrough too: no table attempt at each line start, no strikethrough resolver on each span.
    const hook = (needed: number, name: 'flow' | 'insideSpan') =>
      (processorFor(needed).data().micromarkExtensions as Record<string, Record<string, unknown> | undefined>[]).some((extension) => extension[name]?.['null']);
    expect([hook(0, 'flow'), hook(0, 'insideSpan'), hook(FULL_GFM, 'flow'), hook(FULL_GFM, 'insideSpan')]).toStrictEqual([false, false, true, true]);
    expect(parseMarkdownTree('a | b\n--|--').children[0]?.type).toBe('table');
    // The literal-autolink transform looks only where text outside links may hold a literal.
    const texts = (markdown: string) => {
      const seen: string[] = [];
      someTextOutsideLinks(full.parse(markdown), (text) => (seen.push(text), false));
      return seen.sort();
    };
    expect(texts('See [www.x.org](https://x.org) or *mail* [me][r]\n\n[r]: https://y.org')).toStrictEqual([' ', ' or ', 'See ', 'mail']);
    expect(parseMarkdownTree('Mail a&#64;b.co')).toMatchObject({ children: [{ children: [{ type: 'text' }, { type: 'link', url: 'mailto:a@b.co' }] }] });
    expect(parseMarkdownTree('a ~~b~~').children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'delete' }] });
    const mdast = [{ transforms: [function transformGfmAutolinkLiterals() {}], enter: {} }, [{ transforms: [function other() {}] }]];
    expect(withoutTransform(mdast as never, 'transformGfmAutolinkLiterals')).toStrictEqual([{ transforms: [], enter: {} }, [{ transforms: [mdast[1]![0]!.transforms[0]] }]]);
  });
});
