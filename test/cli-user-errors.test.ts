import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, runCli, withTempDir } from './helpers/cli.js';

// What a first user runs into when following the README: each mistake is one line naming the file.

const crowdedDraft = '---\nplatform: x\n---\n\nLaunch day #one #two #three #four\n';

function write(dir: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}

describe('CLI: what a first user runs into', () => {
  it('-o writes into a folder that does not exist yet', async () => {
    await withTempDir((dir) => {
      write(dir, 'drafts/launch.md', crowdedDraft);
      const run = runCli(['--no-config-lookup', '-f', 'junit', '-o', 'reports/ci/socialint.xml', 'drafts/'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readFileSync(path.join(dir, 'reports/ci/socialint.xml'), 'utf8')).toContain('hashtag-count');
    });
  });

  it('-o where a file stands in the way is one line, exit 2', async () => {
    await withTempDir((dir) => {
      write(dir, 'drafts/launch.md', crowdedDraft);
      write(dir, 'reports', 'a file, not a folder');
      const run = runCli(['--no-config-lookup', '-o', 'reports/socialint.txt', 'drafts/'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('socialint: reports/socialint.txt: cannot write the report: a file stands where its folder should be.\n');
    });
  });

  it('--report-unused-disable-directives followed by a path takes the path as a path', async () => {
    await withTempDir((dir) => {
      write(dir, 'drafts/quiet.md', '---\nplatform: x\n---\n\n<!-- socialint-disable-next-line mention-count -->\nA quiet post.\n');
      const before = runCli(['--no-config-lookup', '--report-unused-disable-directives', 'drafts/'], { cwd: dir });
      expect(before.stderr).toBe('');
      expect(before.stdout).toContain('5:1  warning  Unused socialint-disable-next-line directive');
      expect(before.code).toBe(0);
      const asError = runCli(['--no-config-lookup', '--report-unused-disable-directives', 'error', 'drafts/'], { cwd: dir });
      expect(asError.stdout).toMatch(/5:1 +error +Unused/);
      expect(asError.code).toBe(1);
      const afterDashes = runCli(['--no-config-lookup', '--report-unused-disable-directives', '--', 'drafts/quiet.md'], { cwd: dir });
      expect(afterDashes.stdout).toContain('Unused socialint-disable-next-line directive');
    });
  });

  it.each([
    ['.socialintrc.json', '{ "rules": ', /^socialint: \.socialintrc\.json: cannot read config: .*JSON/],
    ['.socialintrc.yaml', 'rules:\n  post-length: [error,\n', /^socialint: \.socialintrc\.yaml: cannot read config: .+\(3:1\)$/],
    ['socialint.config.mjs', 'export default {\n', /^socialint: socialint\.config\.mjs: cannot read config: Unexpected end of input$/],
  ])('a config that does not parse (%s) is one line naming it', async (name, text, message) => {
    await withTempDir((dir) => {
      write(dir, name, text);
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['post.md'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(message);
    });
  });

  it.each([
    ['{ "settings": { "regoin": "GB" } }', 'settings.regoin: unknown key'],
    ['{ "overrides": [{ "files": "*.md", "settings": { "xAcount": "premium" } }] }', 'overrides[0].settings.xAcount: unknown key'],
  ])('a misspelt setting is an error, not silently ignored (%s)', async (config, key) => {
    await withTempDir((dir) => {
      write(dir, '.socialintrc.json', config);
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['post.md'], { cwd: dir });
      expect(run.stderr).toBe(`socialint: .socialintrc.json: ${key}\n`);
      expect(run.code).toBe(2);
    });
  });

  it('a config pulled in by extends that does not parse is named as extends names it', async () => {
    await withTempDir((dir) => {
      write(dir, '.socialintrc.json', '{ "extends": ["./shared/base.mjs"] }');
      write(dir, 'shared/base.mjs', 'export default {\n');
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['post.md'], { cwd: dir });
      expect(run.stderr).toBe('socialint: ./shared/base.mjs: cannot read config: Unexpected end of input\n');
      expect(run.code).toBe(2);
    });
  });

  it('a JavaScript config that loads is used', async () => {
    await withTempDir((dir) => {
      write(dir, 'socialint.config.mjs', 'export default { rules: { "hashtag-count": "error" } };\n');
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['post.md'], { cwd: dir });
      expect(run.stdout).toContain('error    4 hashtags');
      expect(run.code).toBe(1);
    });
  });

  it('a folder named like a draft (notes.md/) is searched, not read as a file', async () => {
    await withTempDir((dir) => {
      write(dir, 'notes.md/launch.md', crowdedDraft);
      const run = runCli(['--no-config-lookup', 'notes.md'], { cwd: dir });
      expect(run.stdout).toContain(`notes.md${path.sep}launch.md`);
      expect(run.stdout).toContain('4 hashtags');
      expect(run.stdout).not.toContain('it is a folder');
    });
  });

  it('--since without the history audit is a usage error, not silently ignored', async () => {
    await withTempDir((dir) => {
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['--no-config-lookup', '--since', '2024-01-01', 'post.md'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('socialint: --since picks posts for the history audit; add --history (or "history": true in the config).\n');
      write(dir, '.socialintrc.json', '{ "history": true }');
      expect(runCli(['--since', '2024-01-01', 'post.md'], { cwd: dir }).stderr).toBe('');
    });
  });

  it('a local rule that throws names itself and the file, without a stack trace', async () => {
    await withTempDir((dir) => {
      write(dir, 'rules/boom.mjs', `export default { id: 'boom', meta: { description: 'Throws.', docs: 'docs/boom.md', fixable: false,
        hasSuggestions: false, defaultSeverity: 'error', appliesTo: ['post'], schema: { type: 'object' } },
        check(context) { if (context.document.file.path.endsWith('post.md')) throw new TypeError('x is undefined'); } };\n`);
      write(dir, 'post.md', crowdedDraft);
      write(dir, 'other.md', crowdedDraft);
      // On one thread and in worker threads alike.
      for (const concurrency of ['off', '2']) {
        const run = runCli(['--no-config-lookup', '--rulesdir', 'rules', '--concurrency', concurrency, 'post.md', 'other.md'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr.split('\n')[0]).toBe(`socialint: internal error: rule "boom" failed on ${path.join(dir, 'post.md')}: x is undefined`);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
    });
  });

  it('a cross-document rule whose checkAll throws names itself; --debug shows where in the rule', async () => {
    await withTempDir((dir) => {
      write(dir, 'rules/boom-all.mjs', `export default { id: 'boom-all', meta: { description: 'Throws.', docs: 'docs/boom.md', fixable: false,
        hasSuggestions: false, defaultSeverity: 'error', appliesTo: ['post'], crossDocument: true, schema: { type: 'object' } },
        collect: () => ({ kept: true }),
        checkAll() { throw new RangeError('nothing to compare'); } };\n`);
      write(dir, 'post.md', crowdedDraft);
      const args = ['--no-config-lookup', '--rulesdir', 'rules', 'post.md'];
      const run = runCli(args, { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe('socialint: internal error: rule "boom-all" failed: nothing to compare');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      const debug = runCli([...args, '--debug'], { cwd: dir });
      expect(debug.code).toBe(2);
      expect(debug.stderr).toMatch(/RangeError: nothing to compare\n\s+at .*boom-all\.mjs:4:/);
    });
  });

  it('--platform accepts twitter for x, as front matter and config do', async () => {
    await withTempDir((dir) => {
      write(dir, 'post.md', 'Launch day #one #two #three\n');
      const run = runCli(['--no-config-lookup', '--platform', 'twitter', 'post.md'], { cwd: dir });
      expect(run.stdout).toContain('3 hashtags; X posts read best with at most 2.');
      const wrong = runCli(['--no-config-lookup', '--platform', 'myspace', 'post.md'], { cwd: dir });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain("argument 'myspace' is invalid. expected one of linkedin, x, mastodon");
    });
  });

  it('--fix-type takes only the categories it documents', async () => {
    await withTempDir((dir) => {
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['--no-config-lookup', '--fix-type', 'layouts', 'post.md'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("argument 'layouts' is invalid. expected problem, suggestion or layout");
    });
  });

  it('--max-file-size names sizes in the unit they were given', async () => {
    await withTempDir((dir) => {
      write(dir, 'post.md', crowdedDraft);
      const run = runCli(['--no-config-lookup', '--max-file-size', '20B', 'post.md'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/1:1 +error +File is 55 bytes; files over 20 bytes are not linted \(raise --max-file-size\)\./);
    });
  });

  it('a reader that closes the pipe early (socialint rules | head -1) gets no stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
