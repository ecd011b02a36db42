import type { AnyRule, SeverityName } from '../types.js';
import type { RuleEntry } from './types.js';

export const PRESETS = ['socialint:recommended', 'socialint:strict'] as const;

/**
 * `recommended` turns each rule on at the severity its author chose; `strict` turns every rule on
 * and makes warnings errors, for people who want CI to hold the line.
 */
export function presetRules(name: string, rules: Iterable<AnyRule>): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {};
  for (const rule of rules) {
    const severity: SeverityName =
      name === 'socialint:strict' ? 'error' : rule.meta.defaultSeverity;
    entries[rule.id] = severity;
  }
  return entries;
}
