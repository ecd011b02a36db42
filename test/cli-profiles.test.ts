import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from './helpers/cli.js';

const linkedinIncomplete = 'fixtures/exports/incomplete/Basic_LinkedInDataExport_01-09-2026.zip';
const xComplete = 'fixtures/exports/complete/twitter-2026-03-14-ana_builds.zip';

describe('CLI on profile exports', () => {
  it('lints a LinkedIn ZIP: findings inside the archive and the completeness score', () => {
    const run = runCli(['--no-config-lookup', linkedinIncomplete]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('linkedin profile completeness: 13/100 (missing: About section, location, industry, a position with a description, education, 5 skills, website or contact)');
    expect(run.stdout).toMatch(/Profile\.csv:2:15\s+warning\s+The headline is only a job title \("Software Engineer"\)/);
    expect(run.stdout).toMatch(/Skills\.csv:2:1\s+warning\s+LinkedIn profile: missing 5 skills/);
  });

  it('json carries the score in metadata and the entry on each message', () => {
    const run = runCli(['--no-config-lookup', '-f', 'json', linkedinIncomplete]);
    const [result] = JSON.parse(run.stdout);
    expect(result.metadata.profileScores).toEqual([
      { platform: 'linkedin', score: 13, missing: ['About section', 'location', 'industry', 'a position with a description', 'education', '5 skills', 'website or contact'] },
    ]);
    expect(result.messages.find((m: { ruleId: string }) => m.ruleId === 'headline-quality')).toMatchObject({ entry: 'Profile.csv', line: 2, column: 15 });
  });

  it('compact names the file inside the archive', () => {
    const run = runCli(['--no-config-lookup', '-f', 'compact', linkedinIncomplete]);
    expect(run.stdout).toContain(`${linkedinIncomplete}:Profile.csv: line 2, col 15, Warning - The headline is only a job title`);
  });

  it('--history lints the posts inside the archive, quoting their date; --since filters', () => {
    const all = runCli(['--no-config-lookup', '--history', xComplete]);
    expect(all.stdout).toMatch(/data\/tweets\.js:\d+:\d+\s+warning\s+7 hashtags; X posts read best with at most 2\..* \(post of 2023-09-08\)\s+hashtag-count/);
    expect(all.stdout).toContain('(post of 2024-02-20)');
    const recent = runCli(['--no-config-lookup', '--history', '--since', '2024-01-01', xComplete]);
    expect(recent.stdout).toContain('(post of 2024-02-20)');
    expect(recent.stdout).not.toContain('2023-09-08');
    const none = runCli(['--no-config-lookup', xComplete]);
    expect(none.stdout).not.toContain('post of');
  });

  it('--history lints sent LinkedIn invites as invites and shares as posts', () => {
    const run = runCli(['--no-config-lookup', '--history', 'fixtures/exports/complete/Basic_LinkedInDataExport_03-14-2026.zip']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Invitations\.csv:4:\d+\s+warning\s+.*\(post of 2025-01-15\)\s+generic-invite/);
    expect(run.stdout).toMatch(/Shares\.csv:4:\d+\s+error\s+.*\(post of 2024-08-30\)\s+personal-data/);
    expect(run.stdout).not.toContain('42 Elm Tree');
  });

  it('history from config: history: true', () => {
    return withTempDir((dir) => {
      writeFileSync(path.join(dir, '.socialintrc.json'), JSON.stringify({ history: true }));
      const run = runCli([path.resolve(xComplete)], { cwd: dir });
      expect(run.stdout).toContain('(post of 2023-09-08)');
    });
  });

  it('a broken archive is one line for that file, no stack trace, exit 1', () => {
    return withTempDir((dir) => {
      writeFileSync(path.join(dir, 'export.zip'), 'this is not a zip');
      const run = runCli(['--no-config-lookup', 'export.zip'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^export\.zip\n {2}1:1\s+error\s+Not a readable ZIP archive: [^\n]+\n\n/);
      expect(run.stdout + run.stderr).not.toMatch(/\bat \S+ \(/);
    });
  });

  it('fixtures/ shows the exports with their scores and fails on the bad ones', () => {
    const run = runCli(['fixtures/']);
    expect(run.code).toBe(1);
    for (const platform of ['linkedin', 'x', 'mastodon', 'bluesky']) expect(run.stdout).toContain(`${platform} profile completeness:`);
    expect(run.stdout).toContain('fixtures/exports/incomplete/mastodon-archive-minimal\n');
    expect(run.stdout).not.toContain('mastodon-archive-minimal/actor.json');
  });
});
