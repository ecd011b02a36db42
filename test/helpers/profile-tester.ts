import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import type { AnyRule, LintMessage, LintResult } from '../../src/types.js';
import { configFor, type ExpectedError } from './rule-tester.js';

export interface ProfileCase {
  name: string;
  /** A plain profile file (`case.profile.yaml`), the most direct way to write a profile. */
  yaml?: string;
  /** Or an export to lint as it is (a fixture ZIP, folder or Bluesky record). */
  file?: string;
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface InvalidProfileCase extends ProfileCase {
  /** One entry per expected finding of the rule, in report order (entry, line, column). */
  errors: number | (ExpectedError & { entry?: string })[];
}

export interface ScoreCase extends ProfileCase {
  score: number;
  missing?: string[];
}

/** Lints one profile with only `rule` switched on (at error, with the case's options). */
export async function lintProfile(rule: AnyRule, c: ProfileCase): Promise<LintResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socialint-profile-'));
  try {
    const target = c.file ? path.resolve(c.file) : path.join(dir, 'case.profile.yaml');
    if (c.yaml !== undefined) writeFileSync(target, c.yaml);
    const config = { ...configFor(rule, { text: '', options: c.options, settings: c.settings }), baseDir: dir };
    config.data = { ...config.data, extends: [] } as typeof config.data;
    const [result] = await lintFiles([target], { config, cwd: dir });
    return result!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function messagesOf(result: LintResult, id: string): LintMessage[] {
  const foreign = result.messages.filter((m) => m.ruleId === null && m.severity === 2);
  if (foreign.length) throw new Error(`the case itself has problems: ${foreign.map((m) => m.message).join('; ')}`);
  return result.messages.filter((m) => m.ruleId === id);
}

/** Table tests for profile rules, in the manner of testRule: quiet valid cases, exact invalid ones. */
export function testProfileRule(rule: AnyRule, cases: { valid: ProfileCase[]; invalid: InvalidProfileCase[]; scores?: ScoreCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          expect(messagesOf(await lintProfile(rule, c), rule.id).map((m) => m.message)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const messages = messagesOf(await lintProfile(rule, c), rule.id);
          const list = messages.map((m) => `${m.entry ? `${m.entry}:` : ''}${m.line}:${m.column} ${m.message}`).join('\n');
          if (typeof c.errors === 'number') {
            expect(messages, list).toHaveLength(c.errors);
            return;
          }
          expect(messages, list).toHaveLength(c.errors.length);
          c.errors.forEach((expected, i) => {
            const actual = messages[i]!;
            if (expected.message instanceof RegExp) expect(actual.message).toMatch(expected.message);
            else if (expected.message !== undefined) expect(actual.message).toBe(expected.message);
            for (const key of ['line', 'column', 'endLine', 'endColumn', 'entry'] as const) {
              if (expected[key] !== undefined) expect(actual[key], key).toBe(expected[key]);
            }
          });
        });
      }
    });
    if (cases.scores?.length) {
      describe('score', () => {
        for (const c of cases.scores!) {
          it(c.name, async () => {
            const result = await lintProfile(rule, c);
            const [score] = result.metadata?.profileScores ?? [];
            expect(score?.score).toBe(c.score);
            if (c.missing) expect(score?.missing).toEqual(c.missing);
          });
        }
      });
    }
  });
}
