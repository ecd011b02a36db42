import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, SEARCH_PLACES } from '../src/config/load.js';
import { certainlyNoConfig } from '../src/config/no-config.js';

// A home folder of its own, so the search stops inside the test's folder whatever lies above it.
let root: string;
let home: string;
let project: string;
const saved = { HOME: process.env.HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME };
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'socialint-lookup-'));
  home = path.join(root, 'home');
  project = path.join(home, 'repo', 'drafts', 'may');
  mkdirSync(project, { recursive: true });
  process.env.HOME = home;
  process.env.XDG_CONFIG_HOME = path.join(home, 'xdg');
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(root, { recursive: true, force: true });
});

const write = (relative: string, text: string) => {
  mkdirSync(path.dirname(path.join(home, relative)), { recursive: true });
  writeFileSync(path.join(home, relative), text);
};

/** cosmiconfig's own answer, searched the way src/config/load.ts searches. */
async function cosmiconfigFinds(): Promise<string | null | 'error'> {
  try {
    const found = await cosmiconfig('socialint', { searchPlaces: SEARCH_PLACES, searchStrategy: 'global' }).search(project);
    return found && !found.isEmpty ? found.filepath : null;
  } catch {
    return 'error';
  }
}

describe('certainlyNoConfig', () => {
  it.each([
    ['nothing anywhere', [], true],
    ['package.json files without a "socialint" key', [['repo/package.json', '{ "name": "drafts" }'], ['repo/drafts/package.json', '{}']], true],
    ['a config above the home folder, where the search stops', [['../.socialintrc.json', '{}']], true],
    ['other tools\' configs', [['repo/.eslintrc.json', '{}'], ['repo/drafts/.markdownlint.json', '{}']], true],
    ['a package.json with a "socialint" key', [['repo/package.json', '{ "socialint": { "platform": "x" } }']], false],
    ['a package.json that is not JSON', [['repo/package.json', '{ name: drafts }']], false],
    ['an empty package.json', [['repo/package.json', '']], false],
    ['a package.json array', [['repo/drafts/package.json', '[]']], false],
    ['a .socialintrc.json two folders up', [['repo/.socialintrc.json', '{ "platform": "x" }']], false],
    ['a socialint.config.mjs in the folder itself', [['repo/drafts/may/socialint.config.mjs', 'export default {};\n']], false],
    ['an empty .socialintrc in the home folder', [['.socialintrc', '']], false],
    ['a global config folder', [['xdg/socialint/config.json', '{ "platform": "x" }']], false],
  ] as const)('%s', async (_name, files, expected) => {
    for (const [file, text] of files) write(file, text);
    const certain = certainlyNoConfig(project, 'socialint', SEARCH_PLACES);
    expect(certain).toBe(expected);
    // Never certain where cosmiconfig finds a config or fails on one.
    if (certain) expect(await cosmiconfigFinds()).toBeNull();
  });

  it('finds the same config through loadConfig either way', async () => {
    write('repo/.socialintrc.json', '{ "platform": "mastodon" }');
    const loaded = await loadConfig({ cwd: project });
    expect(loaded.filePath).toBe(path.join(home, 'repo/.socialintrc.json'));
    expect(loaded.data.platform).toBe('mastodon');
    mkdirSync(path.join(home, 'other'));
    const none = await loadConfig({ cwd: path.join(home, 'other') });
    expect(none.filePath).toBeUndefined();
    expect(none.data).toEqual((await loadConfig({ cwd: project, noConfigLookup: true })).data);
  });
});
