'use strict';
// CommonJS (bin/package.json), like bin/socialint.js: an ES module entry starts Node's ESM loader
// (~4 ms of a one-file run) for nothing.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * Runs the bundled CLI (dist/cli/main.js, CommonJS) as Node's loader would, but compiled with the
 * V8 code cache the build wrote next to it (`main.js.cache`), so its functions need not be parsed
 * and compiled again on every run. The cache starts with the bundle's build id (its first line): a
 * cache from another build is not offered, and V8 itself rejects one from another Node version or
 * other flags; either way the bundle is simply compiled from source.
 */
function loadBundle(file, { cache = true } = {}) {
  // The build writes the bundle as pure ASCII (scripts/bundle.mjs), which latin1 decodes the same as
  // UTF-8 but with a plain copy: ~1.5 ms less for 2.9 MB.
  const source = readFileSync(file, 'latin1');
  const id = /^\/\/ socialint bundle (\w+)\n/.exec(source)?.[1];
  const cachedData = cache && id ? readCache(`${file}.cache`, id) : undefined;
  const wrapper = `(function (exports, require, module, __filename, __dirname, __socialintImportFromLoader) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), importFromHere);
  return { exports: module.exports, script, id };
}

/**
 * Plugins, JS configs, --rulesdir rules and formatter modules are imported from the user's paths at
 * run time. Functions restored from a code cache lose the script's dynamic-import hook on Node 20,
 * so the bundle imports through this module (scripts/bundle.mjs routes its import() calls here).
 */
const importFromHere = (specifier) => import(specifier);

function readCache(file, id) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${id}\n`);
  return bytes.subarray(0, header.length).equals(header) ? bytes.subarray(header.length) : undefined;
}

module.exports = { loadBundle };
