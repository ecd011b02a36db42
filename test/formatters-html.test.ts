import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintFiles } from '../src/engine/lint.js';
import { getFormatter } from '../src/formatters/index.js';
import type { LintResult, RuleMeta } from '../src/types.js';
import { repoRoot } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const outDir = path.join(repoRoot, 'test/tmp');
const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((r) => [r.id, r.meta]));

const hostile = '<script>alert(1)</script><img src="https://tracker.example/p.gif"> & "quotes"';
const profiles: LintResult[] = [
  {
    filePath: path.join(repoRoot, 'fixtures/exports/Basic_LinkedInDataExport_03-14-2026.zip'),
    messages: [
      { ruleId: 'bio-completeness', severity: 1, message: 'No headline: add one line on what you do and for whom.', line: 2, column: 6, entry: 'Profile.csv' },
      { ruleId: 'personal-data', severity: 2, message: `Phone number +44 •••• ••• 789 in the summary. ${hostile}`, line: 2, column: 40, entry: 'Profile.csv', fix: { range: [0, 5], text: 'FIXED-TEXT-NEVER-SHOWN' } },
    ],
    errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 1, fixableWarningCount: 0,
    output: 'WHOLE FILE TEXT NEVER SHOWN',
    metadata: { profileScores: [{ platform: 'linkedin', score: 45, missing: ['headline', 'photo', 'skills'] }] },
  },
  {
    filePath: path.join(repoRoot, 'fixtures/exports/mastodon-archive.tar.gz'),
    messages: [],
    errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    metadata: { profileScores: [{ platform: 'mastodon', score: 100, missing: [] }] },
  },
  {
    filePath: path.join(repoRoot, 'fixtures/exports/bluesky-profile.json'),
    messages: [{ ruleId: 'bio-completeness', severity: 1, message: 'No banner image.', line: 1, column: 1 }],
    errorCount: 0, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    metadata: { profileScores: [{ platform: 'bluesky', score: 70, missing: ['banner'] }] },
  },
];

async function render(results: LintResult[]): Promise<string> {
  return (await getFormatter('html'))(results, { cwd: repoRoot, color: false, rulesMeta });
}

describe('html formatter', () => {
  it('escapes every finding and leaves out fixes and file text', async () => {
    const page = await render(profiles);
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(page).not.toContain('FIXED-TEXT-NEVER-SHOWN');
    expect(page).not.toContain('WHOLE FILE TEXT NEVER SHOWN');
    expect(page).toContain('+44 •••• ••• 789');
  });

  it('loads nothing from outside the page', async () => {
    const page = await render(profiles);
    expect(page).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(page).not.toMatch(/<[^>]*\s(src|href)\s*=/i);
    expect(page).not.toMatch(/@import|url\(/);
  });

  it('says so when there is nothing to report', async () => {
    const page = await render([{ filePath: '/x/a.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }]);
    expect(page).toContain('No problems in 1 file.');
    expect(page).not.toContain('id="by-file"');
    expect(page).not.toContain('<svg');
  });
});

describe('html report in headless Chromium', () => {
  let userDataDir: string;
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium); .ci/run does.`);
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'socialint-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1100, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('renders the findings and the score chart with no console errors and no requests', async () => {
    // The bundled drafts and exports, linted for real, after the hand-made hostile results.
    const linted = await lintFiles([path.join(repoRoot, 'fixtures')], { cwd: repoRoot, noConfigLookup: true });
    expect(linted.some((r) => r.messages.length > 0)).toBe(true);
    const all = [...profiles, ...linted];
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, 'report.html');
    writeFileSync(file, await render(all));
    const reportUrl = pathToFileURL(file).href;

    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    context.on('request', (r) => {
      if (r.url() !== reportUrl) requests.push(r.url());
    });

    await page.goto(reportUrl, { waitUntil: 'load' });
    expect(await page.title()).toBe('socialint report');
    expect(await page.locator('h1').textContent()).toBe('socialint report');

    // Findings by file: every file with findings has a heading and one row per finding.
    const withFindings = all.filter((r) => r.messages.length > 0);
    expect(await page.locator('#by-file h3').count()).toBe(withFindings.length);
    expect(await page.locator('#by-file tbody tr').count()).toBe(withFindings.reduce((n, r) => n + r.messages.length, 0));
    expect(await page.locator('#by-rule tbody tr', { hasText: 'post-length' }).count()).toBe(1);

    // The hostile message is shown as text, not run or loaded.
    expect(await page.locator('#by-file').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#by-file script, #by-file img').count()).toBe(0);

    // A bar per profile score, drawn in proportion to the score (the first three are the hand-made ones).
    const bars = page.locator('svg .bar');
    expect(await bars.count()).toBe(all.reduce((n, r) => n + (r.metadata?.profileScores?.length ?? 0), 0));
    const widths = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(widths[2]).toBeGreaterThan(widths[0]!);
    expect(widths[0]! / widths[1]!).toBeCloseTo(0.45, 2);

    const screenshot = path.join(outDir, 'html-report.png');
    rmSync(screenshot, { force: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);

    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
