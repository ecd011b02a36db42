import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { loadConfig } from '../src/config/load.js';

const lint = async (body: string, reportUnused: 'off' | 'warn' = 'off') => {
  const config = await loadConfig({ noConfigLookup: true });
  const [result] = await lintText(`---\nplatform: x\n---\n\n${body}`, { config, reportUnusedDisableDirectives: reportUnused });
  return result!.messages.map((m) => (m.ruleId ? `${m.line}:${m.ruleId}` : `${m.line}:-:${m.message.slice(0, 40)}`));
};

const tags = '#a #b #c #d';

describe('inline directives', () => {
  it('reports without directives', async () => {
    expect(await lint(`${tags}\n`)).toEqual(['5:hashtag-count']);
  });

  it('disable-next-line silences only the next line and only the named rule', async () => {
    expect(await lint(`<!-- socialint-disable-next-line hashtag-count -->\n${tags}\n`)).toEqual([]);
    expect(await lint(`<!-- socialint-disable-next-line post-length -->\n${tags}\n`)).toHaveLength(1);
  });

  it('disable-line silences findings on its own line', async () => {
    expect(await lint(`${tags} <!-- socialint-disable-line -->\n`)).toEqual([]);
  });

  it('disable and enable bound a region; a reason after -- is allowed', async () => {
    const body = `<!-- socialint-disable hashtag-count -- launch day, agreed with the team -->\n\n${tags}\n\n<!-- socialint-enable hashtag-count -->\n`;
    expect(await lint(body)).toEqual([]);
    const after = `<!-- socialint-disable hashtag-count -->\n\nquiet\n\n<!-- socialint-enable -->\n\n${tags}\n`;
    expect(await lint(after)).toHaveLength(1);
  });

  it('reports unused directives when asked, and unknown rules always', async () => {
    expect(await lint('<!-- socialint-disable post-length -->\n\nfine\n', 'warn')).toEqual([
      '5:-:Unused socialint-disable directive (no p',
    ]);
    expect(await lint('<!-- socialint-disable-next-line no-such-rule -->\nfine\n')).toEqual([
      '5:-:Unknown rule "no-such-rule" in socialint',
    ]);
  });

  it('does not treat other comments as directives', async () => {
    expect(await lint(`<!-- socialint-disabled -->\n${tags}\n`)).toHaveLength(1);
  });
});
