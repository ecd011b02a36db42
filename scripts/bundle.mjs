#!/usr/bin/env node
// Bundles the CLI into one CommonJS file, dist/cli/main.js, which bin/socialint.js loads with V8's
// code cache (bin/load-bundle.js). A one-file run loaded ~500 modules from node_modules, each
// resolved, read and compiled; one file whose functions come precompiled from the cache starts in
// a fraction of that (bench/RESULTS.md, "Start-up"). Node 20 has no module compile cache, and
// vm.Script takes cached data only for a script, not for ES modules: hence CommonJS.
//
// The library API (dist/src, from tsc) is not bundled. Run after tsc: `npm run build`.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chunkedSpliceInPlace, combineExtensionsOnce, fromMarkdownSetupOnce } from './parser-patches.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/cli');
const bundleFile = path.join(outDir, 'main.js');

/**
 * Two rewrites of the sources as esbuild reads them:
 * - Packages loaded lazily through `createRequire(import.meta.url)(…)` (to keep the tsc build's
 *   start-up lean) become plain requires, so they are bundled rather than resolved from node_modules
 *   at run time (twitter-text's URL extractor alone is ~85 CommonJS files with core-js). wordsninja's
 *   126,000-word JSON list stays outside: the build's compact word model replaces it. Packages
 *   built the same way (`var __require = createRequire(import.meta.url)`, fdir's optional picomatch)
 *   get the same treatment.
 * - `import()` of a computed path (a user's config, plugin, rule or formatter; TypeScript for
 *   cosmiconfig) goes through `__socialintImport`, which bin/load-bundle.js supplies: in a script
 *   compiled from V8's code cache, `import()` itself has no loader to call on Node 20.
 */
const IMPORT_OF_COMPUTED_PATH = /(?<![\w$.])import\((?!\s*['"])/g;
const IMPORT_OF_EXTERNAL = /(?<![\w$.])import\((['"])typescript\1\)/g;
const LAZY_REQUIRE = /createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g;
const MODULE_REQUIRE = /(?<![\w$.])__require\((['"])([^'"]+)\1\)/g;
const DEFINES_MODULE_REQUIRE = /\b__require = (?:\/\* @__PURE__ \*\/ )?createRequire\(import\.meta\.url\)/;

const rewrites = {
  name: 'socialint-bundle-rewrites',
  setup(build) {
    build.onLoad({ filter: /\.(ts|[cm]?js)$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import(') && !source.includes('createRequire(')) return undefined;
      const definesModuleRequire = DEFINES_MODULE_REQUIRE.test(source);
      const bundled = (call, quote, specifier) => (specifier.startsWith('wordsninja/') ? call : `require(${quote}${specifier}${quote})`);
      const contents = source
        .replace(LAZY_REQUIRE, bundled)
        .replace(MODULE_REQUIRE, (call, quote, specifier) => (definesModuleRequire ? bundled(call, quote, specifier) : call))
        .replace(IMPORT_OF_EXTERNAL, '__socialintImport($1typescript$1)')
        .replace(IMPORT_OF_COMPUTED_PATH, '__socialintImport(');
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * esbuild escapes non-ASCII text in strings but not in regular expressions or comments. One stray
 * "’" makes V8 hold the whole 3 MB source as two-byte text and Node decode it the slow way (~7 ms
 * of a run); as \u escapes (surrogate pairs for astral characters, which mean the same code point
 * in a /u expression) the file is pure ASCII with the same meaning.
 */
function asciiOnly(text) {
  const escapedNonAscii = /\\[^\0-\x7f]/u.exec(text);
  if (escapedNonAscii) throw new Error(`bundle: "${escapedNonAscii[0]}" cannot be rewritten as a \\u escape`);
  return text.replace(/[^\0-\x7f]/gu, (character) =>
    [...Array(character.length).keys()].map((i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/**
 * Node built-ins that a plain run never calls but that modules require at their top level: crypto
 * (sharding, baselines, the cache, cosmiconfig), child_process (commander's executable
 * subcommands), os, v8 (cross-document records are kept as bytes), worker_threads, fs/promises
 * (loading configs, writing fixes, archives), readline (the interactive prompt), stream/promises and
 * zlib (profile archives). Each costs 1-2 ms
 * to load in every process; in the bundle they load on first property access instead.
 * `isMainThread` is answered without loading worker_threads when bin/load-bundle.js runs the
 * bundle, which only a command's main thread does (worker threads load this file with Node's own
 * loader).
 */
const LAZY_BUILTINS = /(?<![\w$.])require\("((?:node:)?(?:crypto|child_process|os|v8|worker_threads|fs\/promises|readline|stream\/promises|zlib))"\)/g;
const LAZY_BUILTIN = `var __socialintLazyBuiltin = (id) => {
  let loaded;
  const load = () => (loaded ??= require(id));
  const known = typeof __socialintImportFromLoader === "function" && id.endsWith("worker_threads") ? { isMainThread: true } : {};
  return new Proxy({}, {
    get: (_, key) => (!loaded && Object.hasOwn(known, key) ? known[key] : load()[key]),
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
};`;

const result = await build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  outfile: bundleFile,
  // cosmiconfig's loader for TypeScript configs requires the TypeScript compiler (9 MB) on demand;
  // jsonc-parser's CommonJS build requires its parts by computed paths, which a bundler cannot follow.
  external: ['typescript', 'jsonc-parser'],
  // Code that finds files next to itself (package root, createRequire) sees the bundle's own URL.
  define: { 'import.meta.url': '__socialintModuleUrl' },
  // Worker threads load this file with Node's own loader, where import() works as it is.
  banner: {
    js: [
      'var __socialintModuleUrl = require("node:url").pathToFileURL(__filename).href;',
      'var __socialintImport = typeof __socialintImportFromLoader === "function" ? __socialintImportFromLoader : (specifier) => import(specifier);',
      LAZY_BUILTIN,
    ].join('\n'),
  },
  // The parser patches first: their onLoad must win over the rewrites' for the file it changes.
  plugins: [fromMarkdownSetupOnce, chunkedSpliceInPlace, rewrites, combineExtensionsOnce],
  logLevel: 'warning',
});

const code = asciiOnly(result.outputFiles[0].text).replace(LAZY_BUILTINS, '__socialintLazyBuiltin("$1")');
const banner = code.indexOf('(specifier) => import(specifier)');
const stray = [...code.matchAll(/(?<![\w$.])import\(/g)].filter((match) => match.index !== banner + '(specifier) => '.length);
if (stray.length > 0) {
  const line = code.slice(0, stray[0].index).split('\n').length;
  throw new Error(`bundle: import() left at dist/cli/main.js line ${line + 1}; it would fail under the code cache`);
}
// The cache is valid only for this exact text; V8 checks little more than its length.
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 24);
mkdirSync(outDir, { recursive: true });
// Renamed into place: a socialint started meanwhile (another build, a test run) reads the old bundle or
// the new one, never half of one; with the other build's cache it just compiles from source.
const writeAtomically = (file, data) => {
  writeFileSync(`${file}.${process.pid}.tmp`, data);
  renameSync(`${file}.${process.pid}.tmp`, file);
};
// The package is "type": "module"; worker threads load this file directly, as CommonJS.
writeAtomically(path.join(outDir, 'package.json'), '{ "type": "commonjs" }\n');
writeAtomically(bundleFile, `// socialint bundle ${buildId}\n${code}`);

const cache = spawnSync(process.execPath, [path.join(root, 'scripts/code-cache.mjs')], { cwd: root, stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
