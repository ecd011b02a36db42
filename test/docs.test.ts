import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { docsChanges } from '../src/docs/check-docs.js';
import { describeType, PAGE_END, pageHeader, TABLE_END, TABLE_START, updatePage, updateReadme } from '../src/docs/rule-docs.js';
import type { AnyRule, RuleMeta } from '../src/types.js';
import { repoRoot } from './helpers/cli.js';

const meta: RuleMeta = {
  description: 'Too many | pipes in a description.',
  docs: 'docs/rules/demo.md',
  fixable: true,
  hasSuggestions: false,
  defaultSeverity: 'warn',
  appliesTo: ['post', 'thread'],
  category: 'layout',
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } }] },
      account: { enum: ['free', 'premium'], description: 'Which LinkedIn account.' },
      words: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    },
  },
  defaultOptions: { threshold: 0.6 },
};

const legacyPage = `# demo

Too many | pipes in a description.

- Default severity: \`warn\`
- Fixable: yes (only when the change is unambiguous)
- Applies to: post, thread

A note someone wrote above the first section.

## Why

Because.

## Examples

\`\`\`markdown
#a #b #c
\`\`\`
`;

describe('rule docs generator', () => {
  it('renders option schemas in words', () => {
    const props = meta.schema!.properties as Record<string, Record<string, unknown>>;
    expect(describeType(props.max!)).toBe('integer ≥ 0, or object of integer ≥ 0 by key');
    expect(describeType(props.account!)).toBe('`"free"` or `"premium"`');
    expect(describeType(props.words!)).toBe('array of string (no repeats)');
    expect(describeType(props.threshold!)).toBe('number > 0, ≤ 1');
    expect(describeType({ type: ['string', 'null'] })).toBe('string or null');
  });

  it('writes a header block with the facts and an options table', () => {
    const header = pageHeader('demo', meta);
    expect(header).toContain('# demo\n\nToo many \\| pipes in a description.');
    expect(header).toContain('| Default severity | `warn` |');
    expect(header).toContain('| Fixable | yes (`--fix`) |');
    expect(header).toContain('| Category | `layout` (for `--fix-type`) |');
    expect(header).toContain('| `threshold` | number > 0, ≤ 1 | `0.6` |  |');
    expect(header).toContain('| `account` | `"free"` or `"premium"` | — | Which LinkedIn account. |');
    expect(pageHeader('demo', { ...meta, schema: { type: 'object', properties: {} } })).toContain('This rule has no options.');
    const undescribed = pageHeader('demo', { ...meta, schema: { type: 'object', properties: { max: { type: 'integer' } } } });
    expect(undescribed).toContain('| option | type | default |\n|---|---|---|\n| `max` | integer | — |\n');
  });

  it('converts a hand-written page without losing its own words, and is idempotent', () => {
    const page = updatePage(legacyPage, 'demo', meta);
    expect(page.startsWith(pageHeader('demo', meta))).toBe(true);
    // Restated facts go; a bullet that says more than the meta does stays, as does the note.
    expect(page).not.toContain('- Default severity');
    expect(page).not.toContain('- Applies to');
    expect(page).toContain('- Fixable: yes (only when the change is unambiguous)');
    expect(page).toContain('A note someone wrote above the first section.');
    expect(page.slice(page.indexOf('## Why'))).toBe(legacyPage.slice(legacyPage.indexOf('## Why')));
    expect(updatePage(page, 'demo', meta)).toBe(page);
  });

  it('replaces only the block when the meta changes', () => {
    const page = updatePage(legacyPage, 'demo', meta);
    const changed = updatePage(page, 'demo', { ...meta, defaultSeverity: 'error' });
    expect(changed).toContain('| Default severity | `error` |');
    expect(changed.slice(changed.indexOf(PAGE_END))).toBe(page.slice(page.indexOf(PAGE_END)));
  });

  it('regenerates the README table between its markers only', () => {
    const rules = [
      { id: 'zeta', meta: { ...meta, docs: 'docs/rules/zeta.md', hasSuggestions: true } },
      { id: 'alpha', meta: { ...meta, docs: 'docs/rules/alpha.md', fixable: false } },
    ] as unknown as AnyRule[];
    const readme = `# Title\n\n${TABLE_START}\nold table\n${TABLE_END}\n\n## After\n`;
    const updated = updateReadme(readme, rules)!;
    expect(updated.startsWith('# Title\n\n<!-- rules-table:start -->\n## Rules')).toBe(true);
    expect(updated.endsWith(`${TABLE_END}\n\n## After\n`)).toBe(true);
    const rows = updated.split('\n').filter((l) => l.startsWith('| ['));
    expect(rows).toEqual([
      '| [alpha](docs/rules/alpha.md) | warn |  | Too many \\| pipes in a description. |',
      '| [zeta](docs/rules/zeta.md) | warn | fix, suggestion | Too many \\| pipes in a description. |',
    ]);
    expect(updateReadme('# no markers', rules)).toBeUndefined();
  });

  it('the committed docs match every rule’s meta (run `npm run docs` if this fails)', () => {
    const { changes, problems } = docsChanges(repoRoot, builtinRules);
    expect(problems).toEqual([]);
    expect(changes.map((c) => `${c.file} is out of date; run \`npm run docs\``)).toEqual([]);
  });
});
