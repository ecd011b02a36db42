import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/engine/lint.js';
import type { LoadedConfig } from '../../src/config/types.js';
import type { AnyRule, LintMessage, Platform } from '../../src/types.js';

export interface RuleCase {
  /** Shown in the test name; defaults to the text. */
  name?: string;
  /** A Markdown draft, front matter included. */
  text: string;
  /** Target platform when the front matter names none. */
  platform?: Platform;
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface ExpectedError {
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase extends RuleCase {
  /** One entry per expected finding, in order; a number only checks the count. */
  errors: number | ExpectedError[];
  /** The text after --fix; omit when the rule must not fix this case (the text then stays). */
  output?: string;
  /** Descriptions of the suggestions on the first finding. */
  suggestions?: string[];
  /** Text after applying the first suggestion of the first finding. */
  suggestionOutput?: string;
}

export function configFor(rule: AnyRule, c: RuleCase): LoadedConfig {
  const rules = new Map<string, AnyRule>(builtinRules.map((r) => [r.id, r]));
  rules.set(rule.id, rule);
  return {
    baseDir: process.cwd(),
    rules,
    data: { rules: { [rule.id]: ['error', c.options ?? {}] }, settings: c.settings },
  };
}

export async function lintCase(rule: AnyRule, c: RuleCase, fix = false) {
  const config = configFor(rule, c);
  const [result] = await lintText(c.text, { config, platform: c.platform, fix, filePath: 'case.md' });
  return result!;
}

const ruleMessages = (messages: LintMessage[], id: string) => {
  const foreign = messages.filter((m) => m.ruleId === null);
  if (foreign.length) throw new Error(`the case itself has problems: ${foreign.map((m) => m.message).join('; ')}`);
  return messages.filter((m) => m.ruleId === id);
};

/**
 * Table tests in the manner of ESLint's RuleTester: valid cases must produce no finding of the
 * rule; invalid ones exactly the listed findings, and the listed fix output.
 */
export function testRule(rule: AnyRule, cases: { valid: (RuleCase | string)[]; invalid: InvalidCase[] }): void {
  const title = (c: RuleCase) => c.name ?? c.text.replace(/^---[\s\S]*?---\n/, '').trim().slice(0, 70).replace(/\n/g, '⏎');
  describe(rule.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { text: raw } : raw;
        it(title(c), async () => {
          const result = await lintCase(rule, c);
          expect(ruleMessages(result.messages, rule.id).map((m) => m.message)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(title(c), async () => {
          const result = await lintCase(rule, c);
          const messages = ruleMessages(result.messages, rule.id);
          if (typeof c.errors === 'number') {
            expect(messages, messages.map((m) => m.message).join('\n')).toHaveLength(c.errors);
          } else {
            expect(messages, messages.map((m) => m.message).join('\n')).toHaveLength(c.errors.length);
            c.errors.forEach((expected, i) => {
              const actual = messages[i]!;
              if (expected.message instanceof RegExp) expect(actual.message).toMatch(expected.message);
              else if (expected.message !== undefined) expect(actual.message).toBe(expected.message);
              for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
                if (expected[key] !== undefined) expect(actual[key], key).toBe(expected[key]);
              }
            });
          }
          const fixed = await lintCase(rule, c, true);
          expect(fixed.output ?? c.text).toBe(c.output ?? c.text);
          if (c.suggestions) {
            expect(messages[0]?.suggestions?.map((s) => s.desc)).toEqual(c.suggestions);
          }
          if (c.suggestionOutput !== undefined) {
            const fix = messages[0]!.suggestions![0]!.fix;
            expect(c.text.slice(0, fix.range[0]) + fix.text + c.text.slice(fix.range[1])).toBe(c.suggestionOutput);
          }
        });
      }
    });
  });
}
