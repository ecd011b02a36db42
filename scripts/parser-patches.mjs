// Two esbuild plugins for the bundle (scripts/bundle.mjs) that take per-event allocations out of
// parsing Markdown, the largest share of a run. Both keep the parser's output as it was: the
// tests in test/sources/ build the parser with them and compare trees on random Markdown.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * micromark's imports of micromark-util-chunked go to src/sources/chunked-splice.ts, the same
 * `splice` and `push` without copying the items for every batch of events (see there).
 */
export const chunkedSpliceInPlace = {
  name: 'socialint-chunked-splice-in-place',
  setup(build) {
    const inPlace = path.join(root, 'src/sources/chunked-splice.ts');
    build.onResolve({ filter: /^micromark-util-chunked$/ }, (args) => (args.importer === inPlace ? undefined : { path: inPlace }));
  },
};

// mdast-util-from-markdown 2.x calls each token's handler with `this` a fresh copy of the compile
// context plus the token's sliceSerialize: an object of ten properties per token, the biggest
// allocation of a parse. Its handlers (and remark-gfm's and remark-frontmatter's) only read `this`
// during the call and never assign to it, so one copy per document whose sliceSerialize is set
// before each call is the same to them.
const HANDLER_CALL =
  /handler\[events\[index\]\[1\]\.type\]\.call\(\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}, events\[index\]\[1\]\);/g;
const EVENTS_READY = /\n(\s*)events = prepared;\n/g;

/** mdast-util-from-markdown's lib/index.js with one compile context per document; throws if its code is not the expected one. */
export function shareCompileContext(source) {
  const calls = source.match(HANDLER_CALL)?.length ?? 0;
  const ready = source.match(EVENTS_READY)?.length ?? 0;
  if (calls !== 1 || ready !== 1) {
    throw new Error('bundle: mdast-util-from-markdown is not the version scripts/parser-patches.mjs expects; check its compile loop and update the patch');
  }
  return source
    .replace(EVENTS_READY, (line, indent) => `${line}${indent}const sharedContext = { ...context, sliceSerialize: undefined };\n`)
    .replace(HANDLER_CALL, 'sharedContext.sliceSerialize = events[index][2].sliceSerialize;\nhandler[events[index][1].type].call(sharedContext, events[index][1]);');
}

export const sharedCompileContext = {
  name: 'socialint-shared-compile-context',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, (args) => ({
      contents: shareCompileContext(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
