import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnyRule } from '../types.js';
import { updatePage, updateReadme } from './rule-docs.js';

export interface DocsChange {
  /** Relative to the package root. */
  file: string;
  current: string;
  expected: string;
}

/**
 * What `npm run docs` would change: generated parts that differ from the rules' meta. A rule without
 * a page or a README without the table markers is a problem to fix by hand, not to generate.
 */
export function docsChanges(root: string, rules: readonly AnyRule[]): { changes: DocsChange[]; problems: string[] } {
  const changes: DocsChange[] = [];
  const problems: string[] = [];
  for (const rule of rules) {
    const file = path.join(root, rule.meta.docs);
    if (!existsSync(file)) {
      problems.push(`${rule.meta.docs}: missing; write the rule's page (why, options, examples), then run \`npm run docs\`.`);
      continue;
    }
    const current = readFileSync(file, 'utf8');
    const expected = updatePage(current, rule.id, rule.meta);
    if (expected !== current) changes.push({ file: rule.meta.docs, current, expected });
  }
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const expected = updateReadme(readme, rules);
  if (expected === undefined) problems.push('README.md: the <!-- rules-table:start --> / <!-- rules-table:end --> markers are missing.');
  else if (expected !== readme) changes.push({ file: 'README.md', current: readme, expected });
  return { changes, problems };
}
