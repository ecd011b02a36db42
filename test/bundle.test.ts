import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, withTempDir } from './helpers/cli.js';

const bundle = path.join(repoRoot, 'dist/cli/main.js');

/** Loads a bundle through bin/load-bundle.js in a fresh Node (the flags V8 checks the cache against). */
function probe(file: string): { rejected: boolean | 'not offered'; run: string } {
  const loader = path.join(repoRoot, 'bin/load-bundle.js');
  const script = `
    const { loadBundle } = await import(${JSON.stringify(loader)});
    const { exports, script } = loadBundle(${JSON.stringify(file)});
    console.log(JSON.stringify({ rejected: script.cachedDataRejected ?? 'not offered', run: typeof exports.run }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('bundled CLI', () => {
  it('is one file whose code cache the build wrote is accepted', () => {
    expect(probe(bundle)).toEqual({ rejected: false, run: 'function' });
  });

  it('runs from source when the cache belongs to another build or is not V8 data', () =>
    withTempDir((dir) => {
      const copy = path.join(dir, 'main.js');
      copyFileSync(bundle, copy);
      writeFileSync(path.join(dir, 'package.json'), '{ "type": "commonjs" }\n');
      writeFileSync(`${copy}.cache`, Buffer.concat([Buffer.from('0123456789abcdef01234567\n'), readFileSync(`${bundle}.cache`)]));
      expect(probe(copy)).toEqual({ rejected: 'not offered', run: 'function' });

      const id = /^\/\/ socialint bundle (\w+)\n/.exec(readFileSync(bundle, 'utf8'))![1]!;
      writeFileSync(`${copy}.cache`, `${id}\nthis is not a code cache`);
      expect(probe(copy)).toEqual({ rejected: true, run: 'function' });
    }));

  it("imports a user's formatter module and --rulesdir rules at run time", () =>
    withTempDir((dir) => {
      writeFileSync(path.join(dir, 'post.md'), '---\nplatform: x\n---\n\nShipped the new release today.\n');
      writeFileSync(path.join(dir, 'count.mjs'), 'export default (results) => `files: ${results.length}\\n`;\n');
      mkdirSync(path.join(dir, 'rules'));
      writeFileSync(
        path.join(dir, 'rules/no-shipped.mjs'),
        `export default {
  id: 'no-shipped',
  meta: { description: 'test', docs: 'rules/no-shipped.md', fixable: false, hasSuggestions: false, defaultSeverity: 'warn',
    appliesTo: ['post'], category: 'suggestion', schema: { type: 'object' } },
  check(context) { if (context.document.body.text.includes('Shipped')) context.report({ message: 'Says shipped.', loc: { prose: context.document.body, start: 0 } }); },
};\n`,
      );
      const formatted = runCli(['--no-config-lookup', '-f', './count.mjs', 'post.md'], { cwd: dir });
      expect(formatted).toMatchObject({ code: 0, stdout: 'files: 1\n', stderr: '' });
      const ruled = runCli(['--no-config-lookup', '--rulesdir', 'rules', '--rule', 'no-shipped:error', '-f', 'compact', 'post.md'], { cwd: dir });
      expect(ruled.stderr).toBe('');
      expect(ruled.stdout).toContain('post.md: line 5, col 1, Error - Says shipped. (no-shipped)');
      expect(ruled.code).toBe(1);
    }));

  it('loads crypto, child_process and worker_threads only when a run uses them', () =>
    withTempDir((dir) => {
      writeFileSync(path.join(dir, 'post.md'), '---\nplatform: x\n---\n\nShipped the new release today.\n');
      const preload = path.join(dir, 'loaded.cjs');
      writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(path.join(dir, 'loaded.txt'))}, process.moduleLoadList.join('\\n')));\n`);
      const loaded = (args: string[]) => {
        const run = runCli(['--no-config-lookup', '-f', 'compact', ...args, 'post.md'], { cwd: dir, env: { NODE_OPTIONS: `--require ${preload}` } });
        expect(run).toMatchObject({ code: 0, stderr: '' });
        return new Set(readFileSync(path.join(dir, 'loaded.txt'), 'utf8').split('\n'));
      };
      const plain = loaded([]);
      for (const builtin of ['crypto', 'child_process', 'worker_threads']) expect(plain.has(`NativeModule ${builtin}`), builtin).toBe(false);
      // Sharding hashes each path: crypto loads on its first use and works as before.
      expect(loaded(['--shard', '1/2']).has('NativeModule crypto')).toBe(true);
      const shares = ['1/2', '2/2'].map((shard) => JSON.parse(runCli(['--no-config-lookup', '-f', 'json', '--shard', shard, 'post.md'], { cwd: dir }).stdout));
      expect(shares.flat()).toEqual(JSON.parse(runCli(['--no-config-lookup', '-f', 'json', 'post.md'], { cwd: dir }).stdout));
    }));

  it('says in one line that it is not built when dist/ is missing', () =>
    withTempDir((dir) => {
      mkdirSync(path.join(dir, 'bin'));
      for (const file of ['socialint.js', 'load-bundle.js']) copyFileSync(path.join(repoRoot, 'bin', file), path.join(dir, 'bin', file));
      const result = spawnSync(process.execPath, [path.join(dir, 'bin/socialint.js'), '.'], { cwd: dir, encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('socialint: not built yet; run `npm run build` in the socialint folder.\n');
    }));

  it('npm pack ships everything bin/socialint.js loads', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const files = new Set((JSON.parse(result.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const needed of [
      'package.json',
      'bin/socialint.js',
      'bin/load-bundle.js',
      'bin/package.json',
      'dist/cli/main.js',
      'dist/cli/main.js.cache',
      'dist/cli/package.json',
      'dist/word-model.bin',
      'dist/src/index.js',
      'docs/rules/hashtag-case.md',
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect([...files].some((f) => f.startsWith('scripts/') || f.startsWith('node_modules/'))).toBe(false);
  });
});
