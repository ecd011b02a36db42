/**
 * `npm run docs`: rewrites the generated parts of docs/rules/*.md and the README rules table from
 * the built-in rules' meta. `--check` only reports what is out of date (exit 1). Not part of the CLI.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { packageRoot } from '../package-root.js';
import { docsChanges } from './check-docs.js';

const root = packageRoot();
const check = process.argv.includes('--check');
const { changes, problems } = docsChanges(root, builtinRules);

for (const problem of problems) process.stderr.write(`socialint docs: ${problem}\n`);
for (const change of changes) {
  if (check) {
    process.stderr.write(`socialint docs: ${change.file} is out of date; run \`npm run docs\`.\n`);
  } else {
    writeFileSync(path.join(root, change.file), change.expected);
    process.stdout.write(`updated ${change.file}\n`);
  }
}
if (!check && changes.length === 0 && problems.length === 0) process.stdout.write('rule docs are up to date\n');
process.exitCode = problems.length > 0 || (check && changes.length > 0) ? 1 : 0;
