#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.js';

const bundle = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('socialint: not built yet; run `npm run build` in the socialint folder.\n');
  process.exit(2);
}
// A reader that stops early (`socialint rules | head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { run } = loadBundle(bundle).exports;
process.exitCode = await run(process.argv.slice(2));
