import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { repoRoot, runCli, withTempDir } from './helpers/cli.js';

const write = (dir: string, name: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
};

const tooManyTags = '---\nplatform: x\n---\n\nNew project! #a #b #c #d\n';
const clean = '---\nplatform: linkedin\n---\n\nShipped the checker today.\n';

describe('socialint CLI', () => {
  it('lints the bundled fixtures: findings with file:line:col, exit 1', () => {
    const run = runCli(['fixtures/drafts']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fixtures/drafts/bad/hashtag-wall.md');
    expect(run.stdout).toMatch(/ {2}7:21 +warning +6 hashtags; X posts .* hashtag-count/);
    expect(run.stdout).toMatch(/ {2}5:3001 +error +This post is 3,297 characters; LinkedIn allows 3,000 for a post \(297 over; UTF-16 units: most emoji count 2\)\. +post-length/);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    expect(run.stdout).not.toContain('fixtures/drafts/good');
  });

  it('exits 0 on clean files and prints nothing', () => {
    const run = runCli(['fixtures/drafts/good']);
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 0 with warnings only, 1 past --max-warnings', async () => {
    await withTempDir((dir) => {
      write(dir, 'a.md', tooManyTags);
      expect(runCli(['a.md'], { cwd: dir }).code).toBe(0);
      const strict = runCli(['a.md', '--max-warnings', '0'], { cwd: dir });
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain('too many warnings (maximum: 0)');
    });
  });

  it('--quiet drops warnings; --rule raises a rule to error', async () => {
    await withTempDir((dir) => {
      write(dir, 'a.md', tooManyTags);
      expect(runCli(['a.md', '--quiet'], { cwd: dir }).stdout).toBe('');
      const raised = runCli(['a.md', '--rule', 'hashtag-count:error'], { cwd: dir });
      expect(raised.code).toBe(1);
      expect(raised.stdout).toMatch(/error +4 hashtags/);
    });
  });

  it('exit 2 with one line for usage errors, never a stack trace', async () => {
    await withTempDir((dir) => {
      const cases: [string[], RegExp][] = [
        [['missing.md'], /^socialint: No files matching "missing.md" were found/],
        [['--format', 'xml', '.'], /^socialint: Unknown format "xml"/],
        [['--rule', 'nope:error', '.'], /^socialint: --rule nope: unknown rule/],
        [['--platform', 'myspace', '.'], /argument 'myspace' is invalid/],
        [['--bogus'], /unknown option '--bogus'/],
        [['explain', 'nope'], /^socialint: explain: unknown rule "nope"/],
        [['notes.txt'], /^socialint: notes.txt: not a draft/],
      ];
      write(dir, 'notes.txt', 'hello');
      for (const [args, message] of cases) {
        const run = runCli(args, { cwd: dir });
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stderr, args.join(' ')).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
    });
  });

  it('a broken config is a one-line error naming the file and key, exit 2', async () => {
    await withTempDir((dir) => {
      write(dir, 'a.md', clean);
      write(dir, '.socialintrc.json', '{"rules": {"hashtag-count": ["warn", {"max": -1}]}}');
      const run = runCli(['a.md'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe('socialint: .socialintrc.json: rules.hashtag-count[1].max: must be >= 0');
    });
  });

  it('--no-error-on-unmatched-pattern lets an empty run pass', async () => {
    await withTempDir((dir) => {
      expect(runCli(['*.md', '--no-error-on-unmatched-pattern'], { cwd: dir }).code).toBe(0);
    });
  });

  it('binary, invalid UTF-8 and broken front matter are per-file errors; other files are still linted', async () => {
    await withTempDir((dir) => {
      write(dir, 'binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      write(dir, 'latin1.md', Buffer.from('caf\xe9 au lait\n', 'latin1'));
      write(dir, 'broken.md', '---\nplatform: [x\n---\n\nText\n');
      write(dir, 'tags.md', tooManyTags);
      const run = runCli(['.', '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(1);
      const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string; fatal?: boolean; line: number }[] }[];
      const byName = Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages]));
      expect(byName['binary.md']).toEqual([expect.objectContaining({ fatal: true, message: 'Binary file (it contains NUL bytes), not a text draft.' })]);
      expect(byName['latin1.md']).toEqual([expect.objectContaining({ fatal: true, message: 'File is not valid UTF-8 (first bad byte at 1:4); save it as UTF-8.' })]);
      expect(byName['broken.md']![0]).toMatchObject({ fatal: true, message: expect.stringMatching(/^Front matter is not valid YAML/) });
      expect(byName['tags.md']).toHaveLength(1);
      expect(results.every((r) => path.isAbsolute(r.filePath))).toBe(true);
    });
  });

  it('respects .gitignore, .socialintignore, config ignores and --ignore-pattern; --no-ignore lints all', async () => {
    await withTempDir((dir) => {
      for (const name of ['drafts/a.md', 'archive/b.md', 'private/c.md', 'tmp/d.md', 'node_modules/x/e.md', 'f.md']) write(dir, name, tooManyTags);
      write(dir, '.gitignore', 'archive/\n');
      write(dir, '.socialintignore', 'private/\n');
      write(dir, '.socialintrc.json', '{"ignores": ["tmp/**"]}');
      const linted = (args: string[]) =>
        (JSON.parse(runCli([...args, '-f', 'json'], { cwd: dir }).stdout) as { filePath: string }[]).map((r) => path.relative(dir, r.filePath)).sort();
      expect(linted(['.'])).toEqual(['drafts/a.md', 'f.md']);
      expect(linted(['.', '--ignore-pattern', 'f.md'])).toEqual(['drafts/a.md']);
      expect(linted(['.', '--no-ignore'])).toEqual(['archive/b.md', 'drafts/a.md', 'f.md', 'private/c.md', 'tmp/d.md']);
      expect(linted(['drafts/*.md', 'f.md'])).toEqual(['drafts/a.md', 'f.md']);
    });
  });

  it('lints standard input under --stdin-filename, with the config for that name', async () => {
    await withTempDir((dir) => {
      write(dir, '.socialintrc.json', '{"overrides": [{"files": "x/**", "platform": "x"}]}');
      const run = runCli(['--stdin', '--stdin-filename', 'x/post.md'], { cwd: dir, input: 'Hi #a #b #c\n' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('x/post.md');
      expect(run.stdout).toContain('3 hashtags; X posts');
    });
  });

  it('--fix writes atomically and keeps the file mode', async () => {
    await withTempDir((dir) => {
      const rule = `export default { id: 'no-shouting', meta: { description: 'd', docs: 'x', fixable: true, hasSuggestions: false, defaultSeverity: 'error', appliesTo: ['post'] },
        check(context) { const p = context.document.body; const i = p.text.indexOf('LOUD'); if (i >= 0) context.report({ message: 'Shouting.', loc: { prose: p, start: i, end: i + 4 }, fix: { range: [p.fileOffset(i), p.fileOffset(i + 4)], text: 'loud' } }); } };`;
      write(dir, 'rules/no-shouting.js', rule);
      write(dir, '.socialintrc.json', '{"rules": {"no-shouting": "error"}}');
      write(dir, 'a.md', 'Say it LOUD and LOUD.\n');
      chmodSync(path.join(dir, 'a.md'), 0o640);
      const run = runCli(['a.md', '--rulesdir', 'rules', '--fix'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('Say it loud and loud.\n');
      expect(statSync(path.join(dir, 'a.md')).mode & 0o777).toBe(0o640);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  });

  it('--print-config shows the rules and platforms for a file', async () => {
    await withTempDir((dir) => {
      write(dir, 'a.md', tooManyTags);
      write(dir, '.socialintrc.json', '{"rules": {"hashtag-count": ["error", {"max": 1}]}}');
      const run = runCli(['--print-config', 'a.md'], { cwd: dir });
      expect(run.code).toBe(0);
      const printed = JSON.parse(run.stdout);
      expect(printed).toMatchObject({ platforms: ['x'], kind: 'post', rules: { 'hashtag-count': ['error', { max: 1 }], 'post-length': 'error' } });
      expect(printed.configFile).toBe(path.join(dir, '.socialintrc.json'));
    });
  });

  it('-o writes the report to a file and nothing to stdout', async () => {
    await withTempDir((dir) => {
      write(dir, 'a.md', tooManyTags);
      const run = runCli(['a.md', '-f', 'compact', '-o', 'report.txt'], { cwd: dir });
      expect(run.stdout).toBe('');
      expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('a.md: line 5, col 20, Warning');
    });
  });

  it('colours when forced and never under NO_COLOR', async () => {
    await withTempDir((dir) => {
      write(dir, 'a.md', tooManyTags);
      expect(runCli(['a.md', '--color'], { cwd: dir }).stdout).toMatch(/\u001b\[/);
      expect(runCli(['a.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
    });
  });

  it('`rules` lists every rule and `explain` prints its docs page', () => {
    const list = runCli(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^post-length +error/m);
    const explain = runCli(['explain', 'post-length']);
    expect(explain.code).toBe(0);
    // The page's description (its generated header starts with a marker comment explain leaves out).
    expect(explain.stdout).toContain(builtinRules.find((r) => r.id === 'post-length')!.meta.description);
    expect(explain.stdout).toContain('\nWhy\n');
    expect(explain.stdout).not.toContain('<!--');
  });

  it('`rules` and `explain` include --rulesdir and plugin rules, as a lint run sees them', async () => {
    await withTempDir((dir) => {
      const rule = "export default { id: 'no-shouting', meta: { description: 'Whole words in capitals.', docs: 'https://example.org/no-shouting', fixable: false, hasSuggestions: false, defaultSeverity: 'warn', appliesTo: ['post'] }, check() {} };\n";
      write(dir, 'local-rules/no-shouting.mjs', rule);
      const list = runCli(['rules', '--rulesdir', 'local-rules'], { cwd: dir });
      expect(list.code).toBe(0);
      expect(list.stdout).toMatch(/^no-shouting +warn +- +Whole words in capitals\./m);
      expect(list.stdout).toMatch(/^post-length +error/m);
      const explain = runCli(['explain', 'no-shouting', '--rulesdir', 'local-rules'], { cwd: dir });
      expect(explain).toMatchObject({ code: 0, stderr: '' });
      expect(explain.stdout).toContain('Docs: https://example.org/no-shouting');
      expect(runCli(['explain', 'no-shouting'], { cwd: dir }).code).toBe(2);
    });
  });

  it('--version and --help', () => {
    expect(runCli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
    expect(runCli(['--help']).stdout).toContain('Usage: socialint [options] [command] [paths...]');
  });
});
