import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { lintFiles } from '../src/engine/lint.js';
import { loadFormatter } from '../src/formatters/index.js';
import { fileWriter, streamWriter } from '../src/formatters/report-writer.js';
import type { LintResult, RuleMeta } from '../src/types.js';
import { repoRoot, withTempDir } from './helpers/cli.js';
import { memoryIO, runInProcess } from './helpers/in-process.js';

// The CLI writes the report of a streaming formatter a file at a time; what it prints must be
// exactly what the formatter's array form gives for the whole run, as printed before streaming.
const STREAMING = ['compact', 'github', 'json', 'stylish'];

async function arrayReport(name: string, patterns: string[], cwd: string, color = false, quiet = false): Promise<string> {
  const { format, stream } = await loadFormatter(name);
  expect(stream).toBeTypeOf('function');
  const { loadConfig } = await import('../src/config/load.js');
  const config = await loadConfig({ cwd, noConfigLookup: true });
  const rulesMeta: Record<string, RuleMeta> = {};
  for (const [id, rule] of config.rules) rulesMeta[id] = rule.meta;
  let results = await lintFiles(patterns, { cwd, config });
  if (quiet) results = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0 }));
  return format(results, { cwd, color, rulesMeta });
}

const printed = (report: string) => (report && !report.endsWith('\n') ? `${report}\n` : report);

describe('streamed reports', () => {
  for (const name of STREAMING) {
    it(`${name}: the CLI prints the array form's report, with and without colour, --quiet and on a clean folder`, async () => {
      const plain = await runInProcess(['--no-config-lookup', '-f', name, 'fixtures/'], repoRoot);
      expect(plain.code).toBe(1);
      expect(plain.stdout).toBe(printed(await arrayReport(name, ['fixtures/'], repoRoot)));
      const coloured = await runInProcess(['--no-config-lookup', '--color', '-f', name, 'fixtures/'], repoRoot);
      expect(coloured.stdout).toBe(printed(await arrayReport(name, ['fixtures/'], repoRoot, true)));
      if (name === 'stylish') expect(coloured.stdout).toMatch(/\u001b\[/);
      const quiet = await runInProcess(['--no-config-lookup', '--quiet', '-f', name, 'fixtures/'], repoRoot);
      expect(quiet.stdout).toBe(printed(await arrayReport(name, ['fixtures/'], repoRoot, false, true)));
      const clean = await runInProcess(['--no-config-lookup', '-f', name, 'fixtures/drafts/good'], repoRoot);
      expect(clean).toEqual({ code: 0, stdout: printed(await arrayReport(name, ['fixtures/drafts/good'], repoRoot)), stderr: '' });
    });
  }

  it('stylish: a report of profile scores alone ends as the array form does, without a summary', async () => {
    const { format, stream } = await loadFormatter('stylish');
    const results: LintResult[] = [
      { filePath: '/r/a.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
      {
        filePath: '/r/export.zip', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
        metadata: { profileScores: [{ platform: 'linkedin', score: 100, missing: [] }] },
      },
    ];
    const context = { cwd: '/r', color: false, rulesMeta: {} };
    const report = stream!(context);
    const pieces = [report.start?.() ?? '', ...results.map((r) => report.file(r)), report.end({ errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 })];
    expect(pieces.join('')).toBe('export.zip\n  linkedin profile completeness: 100/100\n');
    expect(format(results, context)).toBe(pieces.join(''));
  });

  it('-o writes the array form to the file, and a failed run leaves no report and no temporary file', async () => {
    await withTempDir(async (dir) => {
      const ok = await runInProcess(['--no-config-lookup', '-f', 'json', '-o', path.join(dir, 'out/report.json'), 'fixtures/'], repoRoot);
      expect(ok).toMatchObject({ code: 1, stdout: '' });
      expect(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).toBe(await arrayReport('json', ['fixtures/'], repoRoot));

      cpSync(path.join(repoRoot, 'fixtures/drafts/bad'), path.join(dir, 'drafts'), { recursive: true });
      writeFileSync(path.join(dir, 'boom.mjs'), BOOM_RULE);
      writeFileSync(path.join(dir, 'drafts/zz-boom.md'), '---\nplatform: linkedin\n---\n\nBOOM goes the draft.\n');
      const failed = await runInProcess(['--no-config-lookup', '--rulesdir', dir, '--rule', 'test-boom:warn', '-f', 'compact', '-o', 'failed.txt', 'drafts'], dir);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toMatch(/test-boom/);
      expect(readdirSync(dir).sort()).toEqual(['boom.mjs', 'drafts', 'out']);
    });
  });

  it('applies a baseline to each result as it comes, as the array path does', async () => {
    await withTempDir(async (dir) => {
      cpSync(path.join(repoRoot, 'fixtures/drafts/bad'), path.join(dir, 'drafts'), { recursive: true });
      // duplicate-post off: the copy below would otherwise be a new finding on its original too.
      const args = ['--no-config-lookup', '--rule', 'duplicate-post:off'];
      const before = JSON.parse((await runInProcess([...args, '-f', 'json', 'drafts'], dir)).stdout) as LintResult[];
      const flagged = before.find((r) => r.messages.some((m) => m.ruleId))!;
      expect((await runInProcess(['baseline', ...args, 'drafts'], dir)).code).toBe(0);
      // Findings the baseline has not seen: a second copy of a flagged draft.
      const copy = `new-${path.basename(flagged.filePath)}`;
      writeFileSync(path.join(dir, 'drafts', copy), readFileSync(flagged.filePath, 'utf8'));
      writeFileSync(path.join(dir, 'array.mjs'), "export default (results) => JSON.stringify(results.map(({ output, ...r }) => r));\n");
      const streamed = await runInProcess([...args, '-f', 'json', 'drafts'], dir);
      const whole = await runInProcess([...args, '-f', './array.mjs', 'drafts'], dir);
      expect(streamed.stdout).toBe(whole.stdout);
      const results = JSON.parse(streamed.stdout) as LintResult[];
      expect(results.filter((r) => r.messages.some((m) => m.ruleId)).map((r) => path.basename(r.filePath))).toEqual([copy]);
    });
  });

  it('a custom formatter may export only `stream`', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(
        path.join(dir, 'count.mjs'),
        'export const stream = () => ({ start: () => "files:", file: (r) => ` ${r.messages.length}`, end: (t) => ` = ${t.errors + t.warnings}` });\n',
      );
      const { format } = await loadFormatter(path.join(dir, 'count.mjs'));
      const results = await lintFiles(['fixtures/drafts/bad'], { cwd: repoRoot, noConfigLookup: true });
      const expected = `files:${results.map((r) => ` ${r.messages.length}`).join('')} = ${results.reduce((n, r) => n + r.messages.length, 0)}`;
      expect(format(results, { cwd: repoRoot, color: false, rulesMeta: {} })).toBe(expected);
      const cli = await runInProcess(['--no-config-lookup', '-f', path.join(dir, 'count.mjs'), 'fixtures/drafts/bad'], repoRoot);
      expect(cli.stdout).toBe(`${expected}\n`);
    });
  });
});

describe('report writers', () => {
  it('wait for drain when the reader is slow, and write everything in order', async () => {
    const slow = new PassThrough({ highWaterMark: 16 });
    let drains = 0;
    slow.on('drain', () => drains++);
    const writer = streamWriter(slow);
    const received: string[] = [];
    // Read only after a pause, so writes have to wait.
    setTimeout(() => slow.on('data', (chunk) => received.push(String(chunk))), 20);
    const piece = 'x'.repeat(70 * 1024);
    await writer.write(piece);
    await writer.write('end');
    await writer.finish();
    expect(drains).toBeGreaterThan(0);
    expect(received.join('')).toBe(`${piece}end\n`);
  });

  it('stop writing when the reader goes away, rather than wait for a drain that cannot come', async () => {
    const gone = new PassThrough({ highWaterMark: 16 });
    const writer = streamWriter(gone);
    const piece = 'x'.repeat(70 * 1024);
    // Nobody reads: the first chunk fills the stream and the writer waits for 'drain' until the reader closes.
    setTimeout(() => gone.destroy(), 20);
    const outcome = await Promise.race([
      (async () => {
        await writer.write(piece);
        await writer.write(piece);
        await writer.finish();
        return 'finished';
      })(),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
    ]);
    expect(outcome).toBe('finished');
  });

  it('a reader gone with EPIPE ends the report quietly; any other stream failure is thrown by finish', async () => {
    for (const [code, expected] of [['EPIPE', undefined], ['EIO', 'standard output: EIO']] as const) {
      const stream = new PassThrough();
      const writer = streamWriter(stream, (error) => new Error(`standard output: ${(error as NodeJS.ErrnoException).code}`));
      stream.destroy(Object.assign(new Error('write failed'), { code }));
      await new Promise((resolve) => setImmediate(resolve));
      await writer.write('x'.repeat(70 * 1024));
      const finished = writer.finish().then(() => undefined, (error: Error) => error.message);
      expect(await finished).toBe(expected);
    }
  });

  it('a file writer handles SIGINT and SIGTERM only while it is open', async () => {
    await withTempDir(async (dir) => {
      const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
      const finished = await fileWriter(path.join(dir, 'a.txt'), (error) => error as Error);
      expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before.map((n) => n + 1));
      await finished.write('report\n');
      await finished.finish();
      const abandoned = await fileWriter(path.join(dir, 'b.txt'), (error) => error as Error);
      await abandoned.abandon();
      expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
      expect(readdirSync(dir)).toEqual(['a.txt']);
    });
  });

  it('a file writer that is abandoned leaves the earlier report in place', async () => {
    await withTempDir(async (dir) => {
      const target = path.join(dir, 'report.txt');
      writeFileSync(target, 'previous\n');
      const writer = await fileWriter(target, (error) => error as Error);
      await writer.write('x'.repeat(200 * 1024));
      await writer.abandon();
      expect(readFileSync(target, 'utf8')).toBe('previous\n');
      expect(readdirSync(dir)).toEqual(['report.txt']);
    });
  });

  it('the CLI waits for a slow standard output', async () => {
    const io = memoryIO(repoRoot);
    const slow = new PassThrough({ highWaterMark: 1 });
    let out = '';
    slow.on('data', (chunk) => (out += chunk));
    const code = await run(['--no-config-lookup', '-f', 'json', 'fixtures/'], { ...io, stdout: slow });
    expect(code).toBe(1);
    expect(out).toBe(printed(await arrayReport('json', ['fixtures/'], repoRoot)));
  });
});

const BOOM_RULE = `export default {
  id: 'test-boom',
  meta: {
    description: 'Fails on drafts that say BOOM (test rule).', docs: 'README.md', fixable: false, hasSuggestions: false,
    defaultSeverity: 'warn', appliesTo: ['post'], category: 'problem', schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    if (context.document.body.text.includes('BOOM')) throw new Error('boom');
  },
};
`;
