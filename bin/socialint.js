#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): an ES module entry would start Node's ESM loader, ~4 ms of every run.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const bundle = path.join(__dirname, '../dist/cli/main.js');
if (!existsSync(bundle)) {
  process.stderr.write('socialint: not built yet; run `npm run build` in the socialint folder.\n');
  process.exit(2);
}
// A reader that stops early (`socialint rules | head`) closes the pipe: stop quietly, not with a stack trace.
// A streamed lint report listens too: it stops writing and lets the run finish, for cleanup and its exit code.
process.stdout.on('error', (error) => {
  if (process.stdout.listenerCount('error') > 1) return;
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { run } = loadBundle(bundle).exports;
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
