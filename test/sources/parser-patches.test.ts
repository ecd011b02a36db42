import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { chunkedSpliceInPlace, combineExtensionsOnce, fromMarkdownSetupOnce, patchFromMarkdown } from '../../scripts/parser-patches.mjs';
import { FULL_GFM, parseMarkdownTree, processorFor } from '../../src/sources/markdown-parser.js';
import { repoRoot } from '../helpers/cli.js';

type Parse = typeof parseMarkdownTree;
let patched: { parseMarkdownTree: Parse; full: (text: string) => unknown };
const dir = mkdtempSync(path.join(os.tmpdir(), 'socialint-parser-patches-'));

beforeAll(async () => {
  // The parser as the bundle builds it: all three patches on, everything else from the same sources.
  const result = await build({
    stdin: {
      contents: `import { FULL_GFM, parseMarkdownTree, processorFor } from './src/sources/markdown-parser.ts';
        export { parseMarkdownTree };
        export const full = (text) => processorFor(FULL_GFM).parse(text);`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    plugins: [fromMarkdownSetupOnce, chunkedSpliceInPlace, combineExtensionsOnce],
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  // The patches took: the bundle makes compilers once and shares the context, and only socialint's replacements import the libraries they wrap.
  expect(code).toContain('return compilerOnce(options)(');
  expect(code).toContain('sharedContext.sliceSerialize = ');
  const importers = (ending: string) =>
    Object.entries(result.metafile.inputs)
      .filter(([, input]) => input.imports.some((imported) => imported.path.endsWith(ending)))
      .map(([file]) => file.replace(/.*node_modules\//, '').split('/')[0]);
  expect(importers('micromark-util-chunked/index.js')).toStrictEqual(['src']);
  expect(importers('src/sources/chunked-splice.ts')).toEqual(expect.arrayContaining(['micromark', 'micromark-util-subtokenize', 'micromark-core-commonmark']));
  expect(importers('micromark-util-combine-extensions/index.js')).toStrictEqual(['src']);
  expect(importers('src/sources/combine-extensions-once.ts')).toEqual(expect.arrayContaining(['micromark']));
  const file = path.join(dir, 'parser.mjs');
  writeFileSync(file, code);
  patched = await import(pathToFileURL(file).href);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PIECES = [
  'a', 'Z', '0', ' ', '\t', '\n', '\n\n', '*', '**', '_', '~', '~~', '`', '```\n', '[', ']', '(', ')', '<', '>', '!', '&amp;', '&#64;', '\\', '#', '|',
  '> ', '- ', '1. ', '   ', '[ ] ', '[x] ', '---\n', '===\n', '| a | b |\n|:-|-:|\n', '[^1]', '[^1]: note\n', '[x]: https://x.org "t"\n', '[x]', '![i](p.png)',
  '<!-- c -->', '<div>\n', 'ana@x.io', 'www.x.com', 'https://x.com/a', 'é', '👋🏽', '---\ntitle: a\n---\n',
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((pieces) => pieces.join(''));

describe('the bundle’s parser patches', () => {
  // Documents are parsed one after another by the same compilers, as in a run: state left behind by one would show in the next.
  it('give the same trees, positions included, on random Markdown', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(patched.parseMarkdownTree(text)).toStrictEqual(parseMarkdownTree(text));
        expect(patched.full(text)).toStrictEqual(processorFor(FULL_GFM).parse(text));
      }),
      { seed: 20261124, numRuns: 1000 },
    );
  });

  it('give the same trees on the fixtures’ drafts', () => {
    const drafts = ['fixtures/drafts/good', 'fixtures/drafts/bad', 'fixtures/drafts/invites'].flatMap((folder) =>
      readdirSync(path.join(repoRoot, folder))
        .filter((name) => name.endsWith('.md'))
        .map((name) => readFileSync(path.join(repoRoot, folder, name), 'utf8')),
    );
    expect(drafts.length).toBeGreaterThan(5);
    for (const text of drafts) expect(patched.parseMarkdownTree(text)).toStrictEqual(parseMarkdownTree(text));
  });

  it('refuse to patch a compile loop they do not recognise', () => {
    const source = readFileSync(path.join(repoRoot, 'node_modules/mdast-util-from-markdown/lib/index.js'), 'utf8');
    const patched = patchFromMarkdown(source);
    expect(patched.match(/sharedContext/g)).toHaveLength(3);
    expect(patched.match(/compilerOnce\(/g)).toHaveLength(2);
    expect(patched).toContain('data: {}');
    expect(() => patchFromMarkdown(source.replaceAll('...context,', '...context, extra: 1,'))).toThrow(/not the version/);
    expect(() => patchFromMarkdown(source.replace('      data\n', '      data,\n      more\n'))).toThrow(/not the version/);
    expect(() => patchFromMarkdown(source + source)).toThrow(/not the version/);
  });
});
