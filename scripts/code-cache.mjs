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
// The training drafts cover every platform's counting and entities and each rule family; a config
// lookup (none is found above fixtures/) and the default formatter.
const drafts = ['fixtures/drafts/good', 'fixtures/drafts/bad', 'fixtures/drafts/invites'];
for (const args of [[...drafts], ['--no-config-lookup', '-f', 'stylish', ...drafts]]) {
  const code = await exports.run(args, io);
  // The cache only saves time: a run that stops early (a broken config above this folder) trains less.
  if (code !== 0 && code !== 1) process.stderr.write(`code cache: training run \`socialint ${args.join(' ')}\` exited ${code}; the cache covers less\n`);
}
const temporary = `${bundle}.cache.${process.pid}.tmp`;
writeFileSync(temporary, Buffer.concat([Buffer.from(`${id}\n`), script.createCachedData()]));
renameSync(temporary, `${bundle}.cache`);
