import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';
import { combineExtensions as combineAnew } from 'micromark-util-combine-extensions';
import type { Extension } from 'micromark-util-types';
import { describe, expect, it } from 'vitest';
import { combineExtensions } from '../../src/sources/combine-extensions-once.js';
import { FULL_GFM, processorFor } from '../../src/sources/markdown-parser.js';

// The extension lists socialint's processors hand micromark: all of GFM, and GFM without literal autolinks.
const listsInUse = [FULL_GFM, 0].map((needed) => processorFor(needed).data('micromarkExtensions') as Extension[]);

/** The tokens micromark produces for a text, as comparable strings. */
function events(text: string, constructs?: ReturnType<typeof combineAnew>): string[] {
  const parser = parse({ extensions: listsInUse[0] });
  // What micromark sees in the bundle: constructs combined once, shared by every document.
  if (constructs) parser.constructs = constructs;
  const list = postprocess(parser.document().write(preprocess()(text, undefined, true)));
  return list.map(([kind, token]) => `${kind} ${token.type} ${token.start.offset}-${token.end.offset}`);
}

const PIECES = ['a', 'Z', '0', ' ', '\n', '\n\n', '*', '**', '~~', '`', '[', ']', '(', ')', '<', '>', '&amp;', '\\', '#', '|', '> ', '- ', '1. ',
  '[ ] ', '---\n', '| a | b |\n|---|---|\n', '[^1]', '[^1]: note\n', '[x]: https://x.org\n', '[x]', 'ana@x.io', 'www.x.com', 'https://x.com/a', 'é', '👋🏽'];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('combineExtensions, once per list of extensions', () => {
  it('combines as micromark-util-combine-extensions does', () => {
    for (const list of listsInUse) expect(combineExtensions(list)).toStrictEqual(combineAnew(list));
  });

  it('gives the same object for the same extensions and another for other ones', () => {
    const [gfm, plain] = listsInUse as [Extension[], Extension[]];
    expect(combineExtensions([...gfm])).toBe(combineExtensions([...gfm]));
    expect(combineExtensions(plain)).not.toBe(combineExtensions(gfm));
    expect(combineExtensions(gfm.slice(0, 1))).not.toBe(combineExtensions(gfm));
    expect(combineExtensions([])).toStrictEqual({});
  });

  it('leaves the combined constructs as they were: documents parsed one after another with them tokenize as if each combined its own', () => {
    const shared = combineExtensions([parse().constructs, ...listsInUse[0]!]);
    fc.assert(
      fc.property(fc.array(markdown, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const text of texts) expect(events(text, shared)).toStrictEqual(events(text));
      }),
      { seed: 20261124, numRuns: 600 },
    );
  });
});
