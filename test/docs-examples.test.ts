import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { lintFiles, lintText } from '../src/engine/lint.js';
import { builtinRules } from '../rules/index.js';
import type { AnyRule } from '../src/types.js';
import { repoRoot, withTempDir } from './helpers/cli.js';

// A rule page's examples are what users copy to see a rule at work: an "Invalid"/"Incorrect" draft
// must get a finding from that rule, a "Valid"/"Correct" one none.

interface Example {
  label: string;
  invalid: boolean;
  text: string;
}

const LABEL = /^(invalid|incorrect|valid|correct)\b/i;

function examplesOf(rule: AnyRule): Example[] {
  const page = readFileSync(path.join(repoRoot, 'docs/rules', `${rule.id}.md`), 'utf8');
  const section = page.slice(page.indexOf('\n## Examples'));
  const examples: Example[] = [];
  let label = '';
  // A fence of three or more backticks closes only on the same run, so examples may hold code blocks.
  const fence = /^(`{3,})markdown\n([\s\S]*?)^\1$|^(.+)$/gm;
  for (const match of section.matchAll(fence)) {
    if (match[3] !== undefined) {
      if (LABEL.test(match[3])) label = match[3];
      continue;
    }
    if (label) examples.push({ label, invalid: /^in/i.test(label), text: match[2]! });
  }
  return examples;
}

/** Images in examples live next to the fixtures that hold them. */
const FOLDER: Record<string, { invalid: string; valid: string }> = {
  'image-metadata': { invalid: 'fixtures/drafts/bad', valid: 'fixtures/drafts/good' },
};

const findingsOf = (messages: { ruleId: string | null }[], id: string) => messages.filter((m) => m.ruleId === id);

describe('rule pages: the examples do what they say', async () => {
  const config = await loadConfig({ cwd: repoRoot, noConfigLookup: true });

  for (const rule of builtinRules as AnyRule[]) {
    const examples = examplesOf(rule);
    const crossDocument = 'checkAll' in rule;

    if (crossDocument) {
      const invalid = examples.filter((e) => e.invalid);
      if (invalid.length < 2) continue;
      it(`${rule.id}: the incorrect drafts, linted together, are each reported`, async () => {
        await withTempDir(async (dir) => {
          invalid.forEach((example, i) => writeFileSync(path.join(dir, `example-${i}.md`), example.text));
          const results = await lintFiles([dir], { cwd: dir, config, rules: { [rule.id]: 'error' } });
          for (const result of results) expect(findingsOf(result.messages, rule.id), result.filePath).not.toHaveLength(0);
        });
      });
      continue;
    }

    it.each(examples.map((e) => [e.label, e] as const))(`${rule.id}: %s`, async (_label, example) => {
      const folder = FOLDER[rule.id]?.[example.invalid ? 'invalid' : 'valid'] ?? 'docs/rules';
      const [result] = await lintText(example.text, {
        cwd: repoRoot,
        config,
        rules: { [rule.id]: 'error' },
        filePath: path.join(repoRoot, folder, 'example.md'),
      });
      const found = findingsOf(result!.messages, rule.id);
      if (example.invalid) expect(found, example.text).not.toHaveLength(0);
      else expect(found.map((m) => (m as { message: string }).message), example.text).toEqual([]);
    });
  }

  it('every rule with draft examples has at least one of each kind', () => {
    for (const rule of builtinRules as AnyRule[]) {
      const examples = examplesOf(rule);
      if (!examples.length || 'checkAll' in rule) continue;
      expect([rule.id, examples.some((e) => e.invalid)]).toEqual([rule.id, true]);
      expect([rule.id, examples.some((e) => !e.invalid)]).toEqual([rule.id, true]);
    }
  });
});
