import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, pluginPrefix } from '../src/config/load.js';
import { resolveFileConfig } from '../src/config/resolve.js';
import { withTempDir } from './helpers/cli.js';

const write = (dir: string, name: string, content: string) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), content);
};

const expectConfigError = async (dir: string, message: string | RegExp) =>
  expect(loadConfig({ cwd: dir })).rejects.toThrow(message);

describe('config loading', () => {
  it('uses socialint:recommended when there is no config', async () => {
    await withTempDir(async (dir) => {
      const config = await loadConfig({ cwd: dir, noConfigLookup: true });
      expect(config.filePath).toBeUndefined();
      expect(config.data.rules).toMatchObject({ 'post-length': 'error', 'hashtag-count': 'warn' });
    });
  });

  it.each([
    ['.socialintrc.json', '{"platform": "x"}'],
    ['.socialintrc', 'platform: x\n'],
    ['.socialintrc.yaml', 'platform: x\n'],
    ['.socialintrc.yml', 'platform: x\n'],
    ['socialint.config.mjs', 'export default { platform: "x" };\n'],
    ['socialint.config.cjs', 'module.exports = { platform: "x" };\n'],
    ['package.json', '{"name": "content", "socialint": {"platform": "x"}}'],
  ])('finds %s', async (name, content) => {
    await withTempDir(async (dir) => {
      write(dir, name, content);
      const config = await loadConfig({ cwd: dir });
      expect(config.filePath).toBe(path.join(dir, name));
      expect(config.data.platform).toBe('x');
    });
  });

  it('looks up from a subfolder', async () => {
    await withTempDir(async (dir) => {
      write(dir, '.socialintrc.json', '{"platform": "mastodon"}');
      mkdirSync(path.join(dir, 'posts/2026'), { recursive: true });
      const config = await loadConfig({ cwd: path.join(dir, 'posts/2026') });
      expect(config.data.platform).toBe('mastodon');
      expect(config.baseDir).toBe(dir);
    });
  });

  it('names the file and key path of every problem', async () => {
    await withTempDir(async (dir) => {
      write(dir, '.socialintrc.json', '{"rulez": {}}');
      await expectConfigError(dir, '.socialintrc.json: rulez: unknown key');
      write(dir, '.socialintrc.json', '{"rules": {"hashtag-cnt": "warn"}}');
      await expectConfigError(dir, '.socialintrc.json: rules.hashtag-cnt: unknown rule "hashtag-cnt" (did you mean "hashtag-count"?)');
      write(dir, '.socialintrc.json', '{"rules": {"hashtag-count": ["warn", {"maximum": 3}]}}');
      await expectConfigError(dir, '.socialintrc.json: rules.hashtag-count[1].maximum: unknown key');
      write(dir, '.socialintrc.json', '{"rules": {"hashtag-count": ["warn", {"max": {"linkdin": 3}}]}}');
      await expectConfigError(dir, /rules\.hashtag-count\[1\]\.max\.linkdin: unknown key; expected one of linkedin, x,/);
      write(dir, '.socialintrc.json', '{"rules": {"post-length": ["error", {"max": {"x": 0}}]}}');
      await expectConfigError(dir, '.socialintrc.json: rules.post-length[1].max.x: must be >= 1');
      write(dir, '.socialintrc.json', '{"rules": {"post-length": "loud"}}');
      await expectConfigError(dir, /rules\.post-length: must be one of "off", "warn", "error"/);
      write(dir, '.socialintrc.json', '{"platform": "myspace"}');
      await expectConfigError(dir, /platform: must be one of "linkedin"/);
      write(dir, '.socialintrc.json', '{"overrides": [{"files": "*.md", "rules": {"nope": "off"}}]}');
      await expectConfigError(dir, '.socialintrc.json: overrides[0].rules.nope: unknown rule "nope"');
      write(dir, '.socialintrc.json', '{"extends": "socialint:lenient"}');
      await expectConfigError(dir, /extends: unknown preset "socialint:lenient"/);
      write(dir, '.socialintrc.json', '{"rules": ');
      await expectConfigError(dir, /^\.socialintrc\.json: cannot read config: Unexpected end of JSON input/);
    });
  });

  it('extends presets and files, later entries winning', async () => {
    await withTempDir(async (dir) => {
      write(dir, 'base.json', '{"platform": "linkedin", "rules": {"hashtag-count": ["error", {"max": 2}]}}');
      write(dir, '.socialintrc.json', '{"extends": ["socialint:strict", "./base.json"], "rules": {"post-length": "warn"}}');
      const config = await loadConfig({ cwd: dir });
      expect(config.data.platform).toBe('linkedin');
      expect(config.data.rules).toMatchObject({ 'hashtag-count': ['error', { max: 2 }], 'post-length': 'warn' });
    });
  });

  it('refuses a config that extends itself', async () => {
    await withTempDir(async (dir) => {
      write(dir, 'a.json', '{"extends": "./b.json"}');
      write(dir, 'b.json', '{"extends": "./a.json"}');
      write(dir, '.socialintrc.json', '{"extends": "./a.json"}');
      await expectConfigError(dir, /extends itself/);
    });
  });

  it('loads plugin rules under the plugin prefix, and --rulesdir rules by their id', async () => {
    await withTempDir(async (dir) => {
      const rule = (id: string) => `{ id: '${id}', meta: { description: 'd', docs: 'x', fixable: false, hasSuggestions: false, defaultSeverity: 'warn', appliesTo: ['post'] }, check(context) { context.report({ message: 'found', loc: { prose: context.document.body, start: 0 } }); } }`;
      write(dir, 'node_modules/socialint-plugin-acme/package.json', '{"name": "socialint-plugin-acme", "type": "module", "main": "index.js"}');
      write(dir, 'node_modules/socialint-plugin-acme/index.js', `export default { rules: { shout: ${rule('shout')} } };`);
      write(dir, 'local-rules/whisper.js', `export default ${rule('whisper')};`);
      write(dir, '.socialintrc.json', '{"plugins": ["socialint-plugin-acme"], "rules": {"acme/shout": "error"}}');
      const config = await loadConfig({ cwd: dir, rulesDirs: ['local-rules'] });
      expect(config.rules.has('acme/shout')).toBe(true);
      expect(config.rules.has('whisper')).toBe(true);
      expect(config.data.rules?.['acme/shout']).toBe('error');
    });
  });

  it('names plugin prefixes as ESLint does', () => {
    expect(pluginPrefix('socialint-plugin-acme')).toBe('acme');
    expect(pluginPrefix('@corp/socialint-plugin-tone')).toBe('@corp/tone');
    expect(pluginPrefix('@corp/socialint-plugin')).toBe('@corp');
    expect(pluginPrefix('./rules/my-plugin.js')).toBe('my-plugin');
  });
});

describe('config resolution for a file', () => {
  it('applies overrides by glob, platform and kind, then --rule', async () => {
    await withTempDir(async (dir) => {
      write(
        dir,
        '.socialintrc.json',
        JSON.stringify({
          platform: 'linkedin',
          overrides: [
            { files: 'x/**', platform: 'x' },
            { platforms: ['x'], rules: { 'hashtag-count': ['error', { max: 1 }] } },
            { kinds: ['invite'], rules: { 'hashtag-count': 'off' } },
          ],
        }),
      );
      const config = await loadConfig({ cwd: dir });
      const forFile = (rel: string, kind: 'post' | 'invite' = 'post', documentPlatforms: ('x' | 'linkedin')[] = []) =>
        resolveFileConfig(config, { filePath: path.join(dir, rel), documentPlatforms, kind });

      expect(forFile('a.md').platforms).toEqual(['linkedin']);
      expect(forFile('a.md').rules.get('hashtag-count')).toEqual({ severity: 'warn', options: {} });
      expect(forFile('x/a.md').platforms).toEqual(['x']);
      expect(forFile('x/a.md').rules.get('hashtag-count')).toEqual({ severity: 'error', options: { max: 1 } });
      expect(forFile('a.md', 'post', ['x']).platforms).toEqual(['x']);
      expect(forFile('x/a.md', 'invite').rules.has('hashtag-count')).toBe(false);
      const cli = resolveFileConfig(config, { filePath: path.join(dir, 'a.md'), documentPlatforms: [], kind: 'post', cliPlatform: 'mastodon', cliRules: { 'post-length': 'off' } });
      expect(cli.platforms).toEqual(['mastodon']);
      expect(cli.rules.has('post-length')).toBe(false);
    });
  });
});
