import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { activeCrossRules } from '../src/engine/cross-document-record.js';

const ids = (rules: { id: string }[]) => rules.map((rule) => rule.id).sort();

describe('activeCrossRules', () => {
  it('takes the cross-document rules the config turns on', async () => {
    const config = await loadConfig({ cwd: process.cwd(), noConfigLookup: true });
    expect(ids(activeCrossRules(config, undefined))).toEqual(['duplicate-invite', 'duplicate-post']);
  });

  it('leaves out a rule the command line turns off, whatever the config says', async () => {
    const config = await loadConfig({ cwd: process.cwd(), noConfigLookup: true });
    expect(ids(activeCrossRules(config, { 'duplicate-post': 'off' }))).toEqual(['duplicate-invite']);
    expect(activeCrossRules(config, { 'duplicate-post': 'off', 'duplicate-invite': 'off' })).toEqual([]);
  });

  it('takes a rule the command line turns on that the config leaves off', async () => {
    const config = await loadConfig({ cwd: process.cwd(), noConfigLookup: true });
    expect(ids(activeCrossRules(config, { 'posting-cadence': 'warn' }))).toEqual(['duplicate-invite', 'duplicate-post', 'posting-cadence']);
  });
});
