import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from './helpers/cli.js';
import { onlyTestRules } from './helpers/in-process.js';

// The built executable, as a terminal or a hook runs it: real standard input, real file system.
const rules = onlyTestRules('fixable', ['test-shout', 'test-bang', 'test-slash-break', 'test-utilize']);
const BOM = '\uFEFF';

describe('fixing through the built CLI', () => {
  it('--fix keeps BOM and CRLF byte for byte, and a second run has nothing left', async () => {
    await withTempDir((dir) => {
      const file = path.join(dir, 'post.md');
      writeFileSync(file, `${BOM}---\r\nplatform: x\r\n---\r\n\r\nSo PROUD!! // Thanks.\r\n`);
      expect(runCli(['post.md', '--fix', ...rules], { cwd: dir })).toMatchObject({ code: 0, stdout: '', stderr: '' });
      const fixed = readFileSync(file);
      expect(fixed.toString('utf8')).toBe(`${BOM}---\r\nplatform: x\r\n---\r\n\r\nSo proud!\r\nThanks.\r\n`);
      expect(runCli(['post.md', '--fix', ...rules], { cwd: dir }).code).toBe(0);
      expect(readFileSync(file).equals(fixed)).toBe(true);
    });
  });

  it('fix --interactive reads answers from standard input', async () => {
    await withTempDir((dir) => {
      writeFileSync(path.join(dir, 'post.md'), 'We utilize tests and utilize reviews.\n');
      const run = runCli(['fix', '--interactive', 'post.md', ...rules], { cwd: dir, input: '2\ne\nrely on\n' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('socialint: applied 2 suggestions; 1 file changed.');
      expect(readFileSync(path.join(dir, 'post.md'), 'utf8')).toBe('We employ tests and rely on reviews.\n');
    });
  });

  it('--stdin --fix-dry-run prints the diff', () => {
    const run = runCli(['--stdin', '--fix-dry-run', ...rules], { input: 'So PROUD!!\n' });
    expect(run.stdout).toBe('--- a/<stdin>.md\n+++ b/<stdin>.md\n@@ -1,1 +1,1 @@\n-So PROUD!!\n+So proud!\n');
  });
});
