import { describe, expect, it } from 'vitest';
import { getFormatter } from '../src/formatters/index.js';
import type { LintResult } from '../src/types.js';

const cwd = '/repo';
const result = (filePath: string, message: string, extra: Partial<LintResult['messages'][number]> = {}): LintResult => ({
  filePath,
  messages: [{ ruleId: 'rule:with,odd', severity: 2, message, line: 4, column: 2, ...extra }],
  errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
});

async function format(name: string, results: LintResult[]): Promise<string> {
  return (await getFormatter(name))(results, { cwd, color: false, rulesMeta: {} });
}

/** Reads a workflow command back the way the Actions runner does (actions/toolkit's command parsing). */
function parseCommand(line: string) {
  const match = /^::(\w+) (.*?)::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties = Object.fromEntries(match[2]!.split(',').map((kv) => {
    const at = kv.indexOf('=');
    return [kv.slice(0, at), unescape(kv.slice(at + 1))];
  }));
  return { command: match[1], properties, data: unescape(match[3]!) };
}

describe('github formatter escaping', () => {
  it('round-trips %, CR, LF in data and :, , in properties', async () => {
    const message = '100% sure: a, b\r\nthen %0A literally';
    const out = await format('github', [result('/repo/dir,with:odd%/post.md', message)]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('::error file=dir%2Cwith%3Aodd%25/post.md,line=4,col=2,title=rule%3Awith%2Codd::100%25 sure: a, b%0D%0Athen %250A literally');
    expect(parseCommand(lines[0]!)).toEqual({
      command: 'error',
      properties: { file: 'dir,with:odd%/post.md', line: '4', col: '2', title: 'rule:with,odd' },
      data: message,
    });
  });

  it('annotates an archive as a whole and names the entry and position in the text', async () => {
    const out = await format('github', [result('/repo/export.zip', 'No headline.', { entry: 'Profile.csv', line: 2, column: 5, endLine: 2, endColumn: 9 })]);
    expect(parseCommand(out.trimEnd())).toEqual({
      command: 'error',
      properties: { file: 'export.zip', title: 'rule:with,odd' },
      data: 'Profile.csv:2:5: No headline.',
    });
  });
});

describe('compact formatter', () => {
  it('keeps one finding per line when a message has line breaks', async () => {
    const out = await format('compact', [result('/repo/a.md', 'first\r\nsecond\nthird')]);
    expect(out.split('\n')[0]).toBe('a.md: line 4, col 2, Error - first second third (rule:with,odd)');
  });
});
