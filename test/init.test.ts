import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../src/cli/init.js';
import { loadConfig } from '../src/config/load.js';
import { withTempDir } from './helpers/cli.js';
import { memoryIO, runInProcess } from './helpers/in-process.js';

const configOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, '.socialintrc.json'), 'utf8'));

describe('socialint init', () => {
  it('writes a config for the named platforms that socialint then loads', async () => {
    await withTempDir(async (dir) => {
      const run = await runInProcess(['init', '--platform', 'x,LinkedIn'], dir);
      expect(run).toMatchObject({ code: 0, stdout: 'socialint: wrote .socialintrc.json for x, linkedin. Run `npx socialint` to lint your drafts.\n' });
      expect(configOf(dir)).toEqual({ extends: 'socialint:recommended', platforms: ['x', 'linkedin'], settings: { linkedinAccount: 'free', xAccount: 'free' } });
      const loaded = await loadConfig({ cwd: dir });
      expect(loaded.filePath).toBe(path.join(dir, '.socialintrc.json'));
      expect(loaded.data.platforms).toEqual(['x', 'linkedin']);
    });
  });

  it('one platform becomes the default platform; twitter means x', async () => {
    await withTempDir(async (dir) => {
      await runInProcess(['init', '-p', 'twitter'], dir);
      expect(configOf(dir)).toMatchObject({ platform: 'x' });
      expect(configOf(dir).platforms).toBeUndefined();
    });
  });

  it('never overwrites a config without --force', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, '.socialintrc.json'), '{"platform": "mastodon"}\n');
      const run = await runInProcess(['init', '--platform', 'x'], dir);
      expect(run).toMatchObject({ code: 2, stderr: 'socialint: init: .socialintrc.json already configures socialint here; nothing written (use --force to write .socialintrc.json anyway).\n' });
      expect(readFileSync(path.join(dir, '.socialintrc.json'), 'utf8')).toBe('{"platform": "mastodon"}\n');
      expect((await runInProcess(['init', '--platform', 'x', '--force'], dir)).code).toBe(0);
      expect(configOf(dir)).toMatchObject({ platform: 'x' });
    });
  });

  it('counts other config files and a "socialint" key in package.json as a config', async () => {
    await withTempDir(async (dir) => {
      writeFileSync(path.join(dir, 'package.json'), '{"name": "drafts"}');
      writeFileSync(path.join(dir, '.socialintrc.yaml'), 'platform: x\n');
      expect((await runInProcess(['init', '-p', 'x'], dir)).stderr).toContain('.socialintrc.yaml already configures socialint here');
      writeFileSync(path.join(dir, 'package.json'), '{"name": "drafts", "socialint": {}}');
      const forced = await runInProcess(['init', '-p', 'x', '--force'], dir);
      expect(forced.stderr).toBe('socialint: warning: package.json is read before .socialintrc.json; remove its socialint config for the new one to apply.\n');
      expect(existsSync(path.join(dir, '.socialintrc.json'))).toBe(true);
    });
  });

  it('rejects an unknown platform in one line', async () => {
    await withTempDir(async (dir) => {
      const run = await runInProcess(['init', '--platform', 'x,myspace'], dir);
      expect(run).toMatchObject({ code: 2, stderr: expect.stringMatching(/^socialint: init: unknown platform "myspace"; choose from linkedin, x, .*\n$/) });
      expect(existsSync(path.join(dir, '.socialintrc.json'))).toBe(false);
    });
  });

  it('outside a terminal and without --platform, says how to name them', async () => {
    await withTempDir(async (dir) => {
      expect(await runInProcess(['init'], dir)).toMatchObject({ code: 2, stderr: 'socialint: init: name your platforms with --platform, e.g. --platform x,linkedin.\n' });
    });
  });

  it('in a terminal, asks (and asks again after a wrong answer)', async () => {
    await withTempDir(async (dir) => {
      const io = memoryIO(dir, 'myspace\nmastodon, bluesky\n', true);
      expect(await runInit({}, io)).toBe(0);
      await new Promise((resolve) => setImmediate(resolve));
      expect(io.out().match(/Which platforms do you post on\?/g)).toHaveLength(2);
      expect(io.out()).toContain('unknown platform "myspace"');
      expect(configOf(dir)).toEqual({ extends: 'socialint:recommended', platforms: ['mastodon', 'bluesky'], settings: { mastodonMaxCharacters: 500 } });
    });
  });

  it('takes an injected prompt; no answer writes nothing', async () => {
    await withTempDir(async (dir) => {
      const asked: string[] = [];
      const prompter = { ask: async (q: string) => (asked.push(q), undefined), close: () => undefined };
      await expect(runInit({}, memoryIO(dir), prompter)).rejects.toThrow('init: no platforms given; nothing written.');
      expect(asked).toHaveLength(1);
      expect(existsSync(path.join(dir, '.socialintrc.json'))).toBe(false);
    });
  });
});
