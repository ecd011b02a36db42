import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sourceFor } from '../src/sources/index.js';
import { bin, repoRoot, withTempDir } from './helpers/cli.js';

/** The hook exactly as the README tells people to install it. */
function readmeHook(): string {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const match = /```sh\n(#!\/bin\/sh\n# \.git\/hooks\/pre-commit[\s\S]*?)```/.exec(readme);
  if (!match) throw new Error('README.md has no plain git pre-commit hook block');
  return match[1]!;
}

function git(cwd: string, ...args: string[]) {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 'Ana Test', GIT_AUTHOR_EMAIL: 'ana@example.org',
      GIT_COMMITTER_NAME: 'Ana Test', GIT_COMMITTER_EMAIL: 'ana@example.org',
      GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
    },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const tooLong = `---\nplatform: x\n---\n\n${'Shipping the new accessibility checker today, with thanks to everyone who tested it. '.repeat(5)}\n`;
const good = '---\nplatform: linkedin\n---\n\nWe shipped the accessibility checker today. Thanks to everyone who tested it.\n';

describe('plain git pre-commit hook (from the README)', () => {
  it('refuses a commit with a bad staged draft and lets a good one through', () =>
    withTempDir((dir) => {
      expect(git(dir, 'init', '-q', '-b', 'main').code).toBe(0);
      // socialint "installed" in the content repository, as the README asks, pointing at this build.
      mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
      symlinkSync(bin, path.join(dir, 'node_modules/.bin/socialint'));
      writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
      const hook = path.join(dir, '.git/hooks/pre-commit');
      writeFileSync(hook, readmeHook());
      chmodSync(hook, 0o755);

      // Files the hook must not hand to socialint (it would refuse them as not drafts).
      writeFileSync(path.join(dir, 'notes.txt'), 'not a draft\n');
      expect(git(dir, 'add', '.gitignore', 'notes.txt').code).toBe(0);
      expect(git(dir, 'commit', '-q', '-m', 'no drafts yet').code).toBe(0);

      mkdirSync(path.join(dir, 'drafts/x'), { recursive: true });
      writeFileSync(path.join(dir, 'drafts/x/launch thread.md'), tooLong);
      git(dir, 'add', 'drafts');
      const refused = git(dir, 'commit', '-q', '-m', 'bad draft');
      expect(refused.code).not.toBe(0);
      expect(refused.out).toMatch(/drafts\/x\/launch thread\.md/);
      expect(refused.out).toMatch(/post-length/);
      expect(git(dir, 'log', '--oneline').out.trim().split('\n')).toHaveLength(1);

      writeFileSync(path.join(dir, 'drafts/x/launch thread.md'), good);
      git(dir, 'add', 'drafts');
      const accepted = git(dir, 'commit', '-q', '-m', 'good draft');
      expect(accepted.out).toBe('');
      expect(accepted.code).toBe(0);
      expect(git(dir, 'log', '--oneline').out.trim().split('\n')).toHaveLength(2);
    }));
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find((h: { id: string }) => h.id === 'socialint');

  it('declares the socialint hook for the pre-commit framework', () => {
    expect(hook).toMatchObject({ id: 'socialint', name: 'socialint', entry: 'socialint', language: 'node' });
    expect(hook.types_or).toContain('markdown');
  });

  it('selects exactly the files socialint reads by name', () => {
    // pre-commit matches `files` with Python's re.search; (?i) is its case-insensitive flag.
    const files = new RegExp(hook.files.replace(/^\(\?i\)/, ''), hook.files.startsWith('(?i)') ? 'i' : '');
    const names = [
      'drafts/launch.md', 'drafts/NOTES.MD', 'posts/a.markdown', 'me.profile.yaml', 'me.profile.yml', 'team/me.profile.json',
      'exports/Basic_LinkedInDataExport_03-14-2026.zip', 'exports/archive-20240101.tar.gz', 'exports/mastodon.tgz',
      'package.json', 'config.yaml', 'notes.txt', 'image.png', 'drafts/launch.md.bak',
    ];
    for (const name of names) expect([name, files.test(name)]).toEqual([name, sourceFor(path.join('/nowhere', name)) !== undefined]);
  });
});
