import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintFiles } from '../src/engine/lint.js';
import { getFormatter } from '../src/formatters/index.js';
import type { LintResult, RuleMeta } from '../src/types.js';
import { repoRoot } from './helpers/cli.js';

// The official SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's SARIF SDK for JavaScript.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's `language` pattern has a stray `]`, legal only in non-Unicode regular expressions.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((r) => [r.id, r.meta]));
const cwd = '/home/ana/content repo';
const results: LintResult[] = [
  {
    filePath: '/home/ana/content repo/posts/launch day.md',
    messages: [
      { ruleId: 'post-length', severity: 2, message: 'Too long, by 5.', line: 3, column: 281, endLine: 3, endColumn: 286 },
      { ruleId: 'hashtag-count', severity: 1, message: '6 hashtags; X posts read best with at most 2.', line: 5, column: 1, fix: { range: [120, 134], text: '' } },
    ],
    errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 1,
    output: 'SECRET FULL TEXT',
  },
  {
    filePath: '/home/ana/content repo/exports/Basic_LinkedInDataExport.zip',
    messages: [
      { ruleId: 'bio-completeness', severity: 1, message: 'No headline.', line: 2, column: 5, entry: 'Profile.csv' },
      { ruleId: 'bio-completeness', severity: 1, message: 'No skills.', line: 1, column: 1, entry: 'Skills.csv' },
    ],
    errorCount: 0, warningCount: 2, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
  },
  {
    filePath: '/home/ana/content repo/drafts/broken.md',
    messages: [{ ruleId: null, severity: 2, fatal: true, message: 'Front matter is not valid YAML.', line: 3, column: 1 }],
    errorCount: 1, warningCount: 0, fatalErrorCount: 1, fixableErrorCount: 0, fixableWarningCount: 0,
  },
  { filePath: '/elsewhere/clean.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
];

async function render(input: LintResult[]) {
  const text = (await getFormatter('sarif'))(input, { cwd, color: false, rulesMeta });
  return { text, log: JSON.parse(text) };
}

describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema', async () => {
    const { log } = await render(results);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is valid for the bundled drafts and exports, linted for real', async () => {
    const linted = await lintFiles([path.join(repoRoot, 'fixtures')], { cwd: repoRoot, noConfigLookup: true });
    const log = JSON.parse((await getFormatter('sarif'))(linted, { cwd: repoRoot, color: false, rulesMeta }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.length).toBe(linted.reduce((n, r) => n + r.messages.length, 0));
  });

  it('the schema check is not vacuous: a broken log fails it', async () => {
    const { log } = await render(results);
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    delete log.runs[0].tool.driver.name;
    expect(validate(log)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/tool/driver', '/runs/0/results/0/locations/0/physicalLocation/region/startLine']),
    );
  });

  it('describes every configured rule with its docs page and default level', async () => {
    const { log } = await render(results);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('socialint');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    for (const rule of builtinRules) expect(ids).toContain(rule.id);
    const postLength = driver.rules.find((r: { id: string }) => r.id === 'post-length');
    expect(postLength.shortDescription.text).toBe(rulesMeta['post-length']!.description);
    expect(postLength.helpUri).toMatch(/^file:\/\/.*\/docs\/rules\/post-length\.md$/);
    expect(postLength.help.markdown).toContain('# post-length');
    expect(postLength.defaultConfiguration.level).toBe('error');
    // Ids the config does not know (a plugin's, or findings about the file itself) are still described.
    expect(ids).toEqual(expect.arrayContaining(['bio-completeness', 'socialint']));
    for (const r of log.runs[0].results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('places findings with relative, encoded paths and regions', async () => {
    const { log } = await render(results);
    const run = log.runs[0];
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///home/ana/content%20repo/');
    const [first, second] = run.results;
    expect(first).toMatchObject({
      ruleId: 'post-length',
      level: 'error',
      message: { text: 'Too long, by 5.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'posts/launch%20day.md', uriBaseId: 'SRCROOT' },
            region: { startLine: 3, startColumn: 281, endLine: 3, endColumn: 286 },
          },
        },
      ],
    });
    expect(second.level).toBe('warning');
    expect(second.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 120, charLength: 14 }, insertedContent: { text: '' } });
    const fatal = run.results.find((r: { ruleId: string }) => r.ruleId === 'socialint');
    expect(fatal).toMatchObject({ level: 'error', message: { text: 'Front matter is not valid YAML.' } });
  });

  it('puts findings inside an archive on the archive and on the nested file', async () => {
    const { log } = await render(results);
    const run = log.runs[0];
    const inArchive = run.results.filter((r: { ruleId: string }) => r.ruleId === 'bio-completeness');
    expect(inArchive).toHaveLength(2);
    const [headline] = inArchive;
    expect(headline.message.text).toBe('Profile.csv:2:5: No headline.');
    const archiveLocation = headline.locations[0].physicalLocation.artifactLocation;
    expect(archiveLocation.uri).toBe('exports/Basic_LinkedInDataExport.zip');
    const nested = headline.relatedLocations[0].physicalLocation;
    expect(nested.region).toEqual({ startLine: 2, startColumn: 5 });
    const nestedArtifact = run.artifacts[nested.artifactLocation.index];
    expect(nestedArtifact).toEqual({ location: { uri: 'Profile.csv' }, parentIndex: archiveLocation.index });
    // Each file is one artifact, however many findings point at it.
    const uris = run.artifacts.map((a: { location: { uri: string } }) => a.location.uri);
    expect(new Set(uris).size).toBe(uris.length);
  });

  it('never carries the fixed text of a file', async () => {
    const { text } = await render(results);
    expect(text).not.toContain('SECRET FULL TEXT');
  });

  it('is a valid empty run for clean results', async () => {
    const { log } = await render([results[3]!]);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});
