import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Whether cosmiconfig's search (strategy "global", as src/config/load.ts runs it) certainly finds
 * nothing: none of the files it would read exists, and each package.json on the way is a JSON
 * object without the tool's key. Anything this cannot judge (a file that exists, a package.json
 * that does not parse or holds the key) answers false and is left to cosmiconfig, so configs and
 * messages stay its own. The usual pre-commit case, no config anywhere, then costs a few dozen stat
 * calls instead of loading cosmiconfig and awaiting ~40 file reads one after another (~4 ms).
 */
export function certainlyNoConfig(cwd: string, moduleName: string, searchPlaces: readonly string[]): boolean {
  for (const folder of searchedFolders(cwd)) {
    for (const place of searchPlaces) {
      if (mayHoldConfig(folder, place, moduleName)) return false;
    }
  }
  // cosmiconfig first reads its own settings from the process's folder; they can change the search.
  for (const place of META_SEARCH_PLACES) {
    if (mayHoldConfig(process.cwd(), place, 'cosmiconfig')) return false;
  }
  return !existsSync(globalConfigFolder(moduleName));
}

/** cosmiconfig's `metaSearchPlaces` (dist/defaults.js, version 9). */
const META_SEARCH_PLACES = ['package.json', 'package.yaml', '.config'];

/** From `cwd` up to the home folder, or to the root when `cwd` is not inside it (getGlobalDirs). */
function* searchedFolders(cwd: string): Generator<string> {
  const stop = path.resolve(homedir());
  let folder = path.resolve(cwd);
  yield folder;
  while (folder !== stop) {
    const parent = path.dirname(folder);
    if (parent === folder) return;
    yield parent;
    folder = parent;
  }
}

/** Whether cosmiconfig could find a config at `place` in `folder`: a package.json that may hold `key`, or any other file that exists. */
function mayHoldConfig(folder: string, place: string, key: string): boolean {
  const file = path.join(folder, place);
  return place === 'package.json' ? !packageWithout(file, key) : existsSync(file);
}

/** True when `file` is absent, or a JSON object without `key`; false for anything else. */
function packageWithout(file: string, key: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null && !Array.isArray(data) && !Object.hasOwn(data, key);
  } catch {
    return false;
  }
}

/** Where cosmiconfig looks last: env-paths' config folder for the tool, without a suffix. */
function globalConfigFolder(moduleName: string): string {
  const home = homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Preferences', moduleName);
  if (process.platform === 'win32') return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), moduleName, 'Config');
  return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), moduleName);
}
