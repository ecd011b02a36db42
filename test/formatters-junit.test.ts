import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getFormatter } from '../src/formatters/index.js';
import type { LintResult } from '../src/types.js';
import { runCli } from './helpers/cli.js';

const cwd = '/repo';
const tricky = 'Quote "this" & <that> it\'s ]]> done\u0001\nsecond line';
const results: LintResult[] = [
  {
    filePath: '/repo/posts/launch.md',
    messages: [
      { ruleId: 'post-length', severity: 2, message: 'Too long, by 5.', line: 3, column: 281, endLine: 3, endColumn: 286 },
      { ruleId: 'hashtag-count', severity: 1, message: '6 hashtags; X posts read best with at most 2.', line: 5, column: 1 },
      { ruleId: 'hashtag-count', severity: 1, message: tricky, line: 9, column: 4 },
    ],
    errorCount: 1, warningCount: 2, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
  },
  {
    filePath: '/repo/export.zip',
    messages: [{ ruleId: 'bio-completeness', severity: 2, message: 'No headline.', line: 2, column: 5, entry: 'Profile.csv' }],
    errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
  },
  {
    filePath: '/repo/broken.md',
    messages: [{ ruleId: null, severity: 2, fatal: true, message: 'Front matter is not valid YAML.', line: 3, column: 1 }],
    errorCount: 1, warningCount: 0, fatalErrorCount: 1, fixableErrorCount: 0, fixableWarningCount: 0,
  },
  { filePath: '/repo/clean.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
];

// htmlEntities makes the parser decode numeric character references (&#10;) as XML requires.
const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) });

async function render(input: LintResult[]) {
  const xml = (await getFormatter('junit'))(input, { cwd, color: false, rulesMeta: {} });
  return { xml, doc: parser.parse(xml) };
}

describe('junit formatter', () => {
  it('is well-formed XML', async () => {
    const { xml } = await render(results);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  it('has a suite per file and a case per rule, with totals that add up', async () => {
    const { doc } = await render(results);
    const root = doc.testsuites;
    expect(root).toMatchObject({ name: 'socialint', tests: '5', failures: '2', errors: '1' });
    expect(root.testsuite.map((s: { name: string }) => s.name)).toEqual(['posts/launch.md', 'export.zip', 'broken.md', 'clean.md']);
    const [launch, archive, broken, clean] = root.testsuite;
    expect(launch).toMatchObject({ tests: '2', failures: '1', errors: '0' });
    expect(launch.testcase.map((c: { name: string }) => c.name)).toEqual(['post-length', 'hashtag-count']);
    expect(launch.testcase[0].failure).toMatchObject({ message: 'posts/launch.md:3:281: Too long, by 5.', type: 'post-length' });
    expect(launch.testcase[0].failure['#text']).toBe('posts/launch.md:3:281: error: Too long, by 5.');
    expect(archive.testcase[0].failure.message).toBe('export.zip:Profile.csv:2:5: No headline.');
    expect(broken.testcase[0]).toMatchObject({ name: 'socialint', classname: 'broken.md' });
    expect(broken.testcase[0].error.message).toBe('broken.md:3:1: Front matter is not valid YAML.');
    expect(clean).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(clean.testcase[0]).toMatchObject({ name: 'socialint', file: 'clean.md' });
    expect(clean.testcase[0].failure).toBeUndefined();
  });

  it('lists warnings without failing the case', async () => {
    const { doc } = await render(results);
    const hashtags = doc.testsuites.testsuite[0].testcase[1];
    expect(hashtags.failure).toBeUndefined();
    expect(hashtags['system-out']).toContain('posts/launch.md:5:1: warning: 6 hashtags; X posts read best with at most 2.');
    expect(hashtags['system-out']).toContain('posts/launch.md:9:4: warning: Quote');
  });

  it('escapes markup, quotes and line breaks, and replaces characters XML cannot carry', async () => {
    const failing: LintResult = { ...results[0]!, messages: [{ ruleId: 'x&y', severity: 2, message: tricky, line: 1, column: 1 }] };
    const { xml, doc } = await render([failing]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('\u0001');
    const failure = doc.testsuites.testsuite[0].testcase[0].failure;
    expect(doc.testsuites.testsuite[0].testcase[0].name).toBe('x&y');
    const expected = 'Quote "this" & <that> it\'s ]]> done\uFFFD\nsecond line';
    expect(failure.message).toBe(`posts/launch.md:1:1: ${expected}`);
    expect(failure['#text']).toBe(`posts/launch.md:1:1: error: ${expected}`);
  });

  it('is an empty but valid report for no files', async () => {
    const { xml, doc } = await render([]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.testsuites).toMatchObject({ tests: '0', failures: '0' });
  });

  it('comes out of the CLI for the bundled bad drafts', () => {
    const run = runCli(['--format', 'junit', 'fixtures/drafts/bad']);
    expect(run.code).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const suites = parser.parse(run.stdout).testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toContain('fixtures/drafts/bad/linkedin-too-long.md');
    const failure = suites.find((s: { name: string }) => s.name.endsWith('linkedin-too-long.md')).testcase[0].failure;
    expect(failure.message).toMatch(/^fixtures\/drafts\/bad\/linkedin-too-long\.md:5:3001: /);
  });
});
