#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('socialint: not built yet; run `npm run build` in the socialint folder.\n');
  process.exit(2);
}
// A reader that stops early (`socialint rules | head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { run } = await import(entry.href);
process.exitCode = await run(process.argv.slice(2));
