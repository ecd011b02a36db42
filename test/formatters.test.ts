import { describe, expect, it } from 'vitest';
import { formatterNames, getFormatter } from '../src/formatters/index.js';
import type { LintResult } from '../src/types.js';

const cwd = '/repo';
const results: LintResult[] = [
  {
    filePath: '/repo/posts/launch.md',
    messages: [
      { ruleId: 'post-length', severity: 2, message: 'Too long, by 5.', line: 3, column: 281, endLine: 3, endColumn: 286 },
      { ruleId: 'hashtag-count', severity: 1, message: 'Too many hashtags: 50%, a,b', line: 5, column: 1, suggestions: [{ desc: 'Keep two', fix: { range: [0, 1], text: '' } }] },
    ],
    errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    output: 'SECRET FULL TEXT',
  },
  {
    filePath: '/repo/export.zip',
    messages: [{ ruleId: 'bio-completeness', severity: 1, message: 'No headline.', line: 2, column: 5, entry: 'Profile.csv' }],
    errorCount: 0, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    metadata: { profileScores: [{ platform: 'linkedin', score: 70, missing: ['headline'] }] },
  },
  { filePath: '/repo/clean.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
];

const format = async (name: string) => (await getFormatter(name))(results, { cwd, color: false, rulesMeta: {} });

describe('formatters', () => {
  it('lists the built-in formatters from their files', () => {
    expect(formatterNames()).toEqual(expect.arrayContaining(['compact', 'github', 'json', 'stylish']));
    expect(formatterNames()).not.toContain('common');
  });

  it('stylish groups by file with line:col, suggestions, scores and a summary', async () => {
    expect(await format('stylish')).toBe(
      [
        'posts/launch.md',
        '  3:281  error    Too long, by 5.  post-length',
        '  5:1    warning  Too many hashtags: 50%, a,b  hashtag-count',
        '         suggestion: Keep two',
        '',
        'export.zip',
        '  linkedin profile completeness: 70/100 (missing: headline)',
        '  Profile.csv:2:5  warning  No headline.  bio-completeness',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('stylish colours only when asked', async () => {
    const plain = await format('stylish');
    const coloured = (await getFormatter('stylish'))(results, { cwd, color: true, rulesMeta: {} });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toMatch(/\u001b\[/);
  });

  it('json is ESLint-shaped and never carries the fixed text', async () => {
    const parsed = JSON.parse(await format('json'));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({ filePath: '/repo/posts/launch.md', errorCount: 1, warningCount: 1 });
    expect(parsed[0].messages[0]).toEqual({ ruleId: 'post-length', severity: 2, message: 'Too long, by 5.', line: 3, column: 281, endLine: 3, endColumn: 286 });
    expect(parsed[1].metadata.profileScores[0].score).toBe(70);
    expect(await format('json')).not.toContain('SECRET FULL TEXT');
  });

  it('compact prints one line per finding', async () => {
    expect(await format('compact')).toBe(
      [
        'posts/launch.md: line 3, col 281, Error - Too long, by 5. (post-length)',
        'posts/launch.md: line 5, col 1, Warning - Too many hashtags: 50%, a,b (hashtag-count)',
        'export.zip:Profile.csv: line 2, col 5, Warning - No headline. (bio-completeness)',
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
  });

  it('github escapes workflow-command data and properties', async () => {
    const lines = (await format('github')).trim().split('\n');
    expect(lines[0]).toBe('::error file=posts/launch.md,line=3,col=281,endLine=3,endColumn=286,title=post-length::Too long, by 5.');
    expect(lines[1]).toBe('::warning file=posts/launch.md,line=5,col=1,title=hashtag-count::Too many hashtags: 50%25, a,b');
    expect(lines[2]).toBe('::warning file=export.zip,title=bio-completeness::Profile.csv:2:5: No headline.');
  });

  it('prints nothing for clean results', async () => {
    const clean = [results[2]!];
    for (const name of ['stylish', 'compact', 'github']) {
      expect((await getFormatter(name))(clean, { cwd, color: false, rulesMeta: {} })).toBe('');
    }
  });

  it('rejects an unknown format with the list of known ones', async () => {
    await expect(getFormatter('xml')).rejects.toThrow(/Unknown format "xml"; available: .*stylish/);
  });
});
