#!/usr/bin/env node
// Writes dist/cli/main.js.cache, V8's code cache for the bundled CLI (see bin/load-bundle.js). The
// cache holds what was compiled by the time it is taken, so the bundle first lints a few drafts the
// way a pre-commit hook does: the functions a plain run needs come precompiled, the rest (profile
// exports, --fix, other formatters) still compile on first use.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable, PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../bin/load-bundle.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/cli/main.js');
const { exports, script, id } = loadBundle(bundle, { cache: false });

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const io = { stdout: discard(), stderr: discard(), stdin: new PassThrough(), cwd: root, env: {}, isTTY: false };
// Trained on clean drafts, as a pre-commit hook mostly sees them: with a config lookup (none is
// found above fixtures/) and the default formatter, and without a lookup in compact form. V8
// deserialises the whole cache in every run, so code for findings, fixes and other formats stays
// out of it and compiles when a run needs it: trained on fixtures/drafts/bad and invites too, the
// cache was 2.1 MB instead of 1.6 and a one-file run ~5 ms slower, a folder of bad drafts no faster.
const drafts = ['fixtures/drafts/good'];
for (const args of [[...drafts], ['--no-config-lookup', '-f', 'compact', ...drafts]]) {
  const code = await exports.run(args, io);
  // The cache only saves time: a run that stops early (a broken config above this folder) trains less.
  if (code !== 0 && code !== 1) process.stderr.write(`code cache: training run \`socialint ${args.join(' ')}\` exited ${code}; the cache covers less\n`);
}
const temporary = `${bundle}.cache.${process.pid}.tmp`;
writeFileSync(temporary, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]));
renameSync(temporary, `${bundle}.cache`);
