import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from './helpers/cli.js';
import { onlyTestRules, runInProcess } from './helpers/in-process.js';

const rules = onlyTestRules('fixable', ['test-shout', 'test-bang', 'test-slash-break', 'test-utilize']);
const draft = 'We utilize tests.\r\n\r\nWe utilize reviews.\r\n\r\nWe utilize CI and it is GREAT.\r\n';

describe('--apply-suggestions', () => {
  it('applies the first suggestion of every finding of that rule, and nothing else', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), draft);
      const run = await runInProcess(['a.md', '--apply-suggestions', 'test-utilize', ...rules], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(draft.replaceAll('utilize', 'use'));
      expect(run.stdout).toContain('"GREAT" reads as shouting.');
      expect(run.stdout).not.toContain('utilize');
    });
  });

  it('refuses a rule that is unknown or has no suggestions', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), draft);
      expect(await runInProcess(['a.md', '--apply-suggestions', 'nope', ...rules], dir)).toMatchObject({
        code: 2,
        stderr: 'socialint: --apply-suggestions nope: unknown rule; `socialint rules` lists them.\n',
      });
      expect((await runInProcess(['a.md', '--apply-suggestions', 'test-shout', ...rules], dir)).stderr).toBe(
        'socialint: --apply-suggestions test-shout: this rule offers no suggestions.\n',
      );
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(draft);
    });
  });

  it('works as socialint fix --apply-suggestions', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We utilize it!!\n');
      await runInProcess(['fix', 'a.md', '--apply-suggestions', 'test-utilize', ...rules], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We use it!!\n');
    });
  });
});

describe('--apply-suggestions with --fix', () => {
  it('applies both the fixes and that rule\'s suggestions', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We utilize it!!\n');
      await runInProcess(['a.md', '--fix', '--apply-suggestions', 'test-utilize', ...rules], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We use it!\n');
    });
  });
});

describe('socialint fix', () => {
  it('without --interactive applies fixes like --fix', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We utilize it!!\n');
      await runInProcess(['fix', 'a.md', ...rules], dir);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We utilize it!\n');
    });
  });
});

describe('socialint fix --interactive', () => {
  it('accepts, skips and picks the second suggestion, answered line by line', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), draft);
      const run = await runInProcess(['fix', '--interactive', 'a.md', ...rules], dir, 'a\ns\n2\n');
      expect(run.code).toBe(0);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We use tests.\r\n\r\nWe utilize reviews.\r\n\r\nWe employ CI and it is GREAT.\r\n');
      expect(run.stdout).toContain('a.md:1:4  warning  "utilize" says no more than "use".  (test-utilize)\n  1) Write "use"  → "use"\n  2) Write "employ"  → "employ"\n');
      // Positions come from re-linting after each change: the third finding is asked at its line.
      expect(run.stdout).toContain('a.md:5:4  warning');
      expect(run.stdout.match(/Apply\?/g)).toHaveLength(3);
      expect(run.stdout).toContain('Apply? [a]ccept, [s]kip, [e]dit, [q]uit, 1-2 to pick one: s\n');
      expect(run.stdout).toContain('socialint: applied 2 suggestions; 1 file changed.\n');
    });
  });

  it('edits: the typed text replaces what the suggestion would', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'We utilize tests.\n');
      await runInProcess(['fix', '--interactive', 'a.md', ...rules], dir, 'e\nlean on\n');
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('We lean on tests.\n');
    });
  });

  it('asks again on an unknown answer; quit keeps what was accepted and stops', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), draft);
      writeFileSync(path.join(dir, 'b.md'), 'We utilize it.\n');
      const run = await runInProcess(['fix', '-i', 'a.md', 'b.md', ...rules], dir, 'maybe\na\nq\n');
      expect(run.stdout).toContain('Please answer a, s, e or q or 1-2.');
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(draft.replace('utilize', 'use'));
      expect(readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe('We utilize it.\n');
      expect(run.stdout).not.toContain('b.md:');
    });
  });

  it('the end of the input is a quit, not a hang', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), draft);
      const run = await runInProcess(['fix', '--interactive', 'a.md', ...rules], dir, 's\n');
      expect(run).toMatchObject({ code: 0 });
      expect(run.stdout).toContain('socialint: applied 0 suggestions; 0 files changed.');
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(draft);
    });
  });

  it('does not walk through fixes, only suggestions', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'a.md'), 'It is GREAT!!\n');
      const run = await runInProcess(['fix', '--interactive', 'a.md', ...rules], dir, 'a\n');
      expect(run.stdout).toBe('socialint: applied 0 suggestions; 0 files changed.\n');
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('It is GREAT!!\n');
    });
  });
});
