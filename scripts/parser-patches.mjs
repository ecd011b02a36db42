// Three esbuild plugins for the bundle (scripts/bundle.mjs) that take per-document and per-token work
// out of parsing Markdown, the largest share of a run. All keep the parser's output as it was: the
// tests in test/sources/ build the parser with them and compare trees on random Markdown.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A plugin that sends every import of `packageName` to socialint's own module `replacement`, except
 * the replacement's own import, which still reaches the library it wraps.
 */
function redirectPackage(name, packageName, replacement) {
  const filter = new RegExp(`^${packageName}$`);
  return {
    name,
    setup(build) {
      const target = path.join(root, replacement);
      build.onResolve({ filter }, (args) => (args.importer === target ? undefined : { path: target }));
    },
  };
}

/**
 * micromark's imports of micromark-util-chunked go to src/sources/chunked-splice.ts, the same
 * `splice` and `push` without copying the items for every batch of events (see there).
 */
export const chunkedSpliceInPlace = redirectPackage('socialint-chunked-splice-in-place', 'micromark-util-chunked', 'src/sources/chunked-splice.ts');

/**
 * micromark's import of micromark-util-combine-extensions goes to src/sources/combine-extensions-once.ts,
 * which combines each list of extensions once instead of once per document (see there).
 */
export const combineExtensionsOnce = redirectPackage(
  'socialint-combine-extensions-once',
  'micromark-util-combine-extensions',
  'src/sources/combine-extensions-once.ts',
);

// mdast-util-from-markdown 2.x builds its compiler for every document: a configuration of ~100
// handler closures merged with remark-gfm's and remark-frontmatter's extensions. It then calls each
// token's handler with `this` a fresh copy of the compile context plus the token's sliceSerialize:
// an object of ten properties per token, the biggest allocation of a parse. The patch builds the
// compiler once per list of extensions (remark-parse passes the processor's own list every time)
// and makes one context per document, whose sliceSerialize is set before each handler call. Safe
// because the compiler's only state across documents was its `data` object, now made afresh for
// each document with the context, and because the handlers (the library's, remark-gfm's and
// remark-frontmatter's) only read `this` during the call and never assign to it.
const COMPILER_CALL = /return compiler\(options\)\(postprocess\(/g;
const CONTEXT_DATA = /\n(\s*)resume,\n\s*data\n(\s*)\};\n/g;
const HANDLER_CALL =
  /handler\[events\[index\]\[1\]\.type\]\.call\(\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}, events\[index\]\[1\]\);/g;
const EVENTS_READY = /\n(\s*)events = prepared;\n/g;
const COMPILER_ONCE = `
const compilersByExtensions = new WeakMap();
/** The compiler for these options, made once per list of mdast extensions (socialint's patch). */
function compilerOnce(options) {
  const extensions = options && options.mdastExtensions;
  if (!extensions) return compiler(options);
  let made = compilersByExtensions.get(extensions);
  if (!made) compilersByExtensions.set(extensions, (made = compiler(options)));
  return made;
}
`;

/** mdast-util-from-markdown's lib/index.js, patched as above; throws if its code is not the one expected. */
export function patchFromMarkdown(source) {
  const count = (pattern) => source.match(pattern)?.length ?? 0;
  if ([COMPILER_CALL, CONTEXT_DATA, HANDLER_CALL, EVENTS_READY].some((pattern) => count(pattern) !== 1)) {
    throw new Error('bundle: mdast-util-from-markdown is not the version scripts/parser-patches.mjs expects; check its compiler and update the patch');
  }
  return `${source
    .replace(COMPILER_CALL, 'return compilerOnce(options)(postprocess(')
    .replace(CONTEXT_DATA, (_, indent, closing) => `\n${indent}resume,\n${indent}data: {}\n${closing}};\n`)
    .replace(EVENTS_READY, (line, indent) => `${line}${indent}const sharedContext = { ...context, sliceSerialize: undefined };\n`)
    .replace(HANDLER_CALL, 'sharedContext.sliceSerialize = events[index][2].sliceSerialize;\nhandler[events[index][1].type].call(sharedContext, events[index][1]);')}${COMPILER_ONCE}`;
}

/** The mdast-util-from-markdown release whose compiler was read for the patch below. */
const FROM_MARKDOWN_VERSION = '2.1.0';

export const fromMarkdownSetupOnce = {
  name: 'socialint-from-markdown-setup-once',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, (args) => {
      // The patterns would still match a release that added state shared across documents
      // elsewhere: an upgrade stops the build until someone has read the new compiler.
      const { version } = JSON.parse(readFileSync(path.join(path.dirname(args.path), '..', 'package.json'), 'utf8'));
      if (version !== FROM_MARKDOWN_VERSION) {
        throw new Error(`bundle: scripts/parser-patches.mjs was checked against mdast-util-from-markdown ${FROM_MARKDOWN_VERSION}, not ${version}; read its compiler, then update the patch and this version`);
      }
      return { contents: patchFromMarkdown(readFileSync(args.path, 'utf8')), loader: 'js' };
    });
  },
};
