import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isIgnoredByConfig } from '../config/resolve.js';
import type { LoadedConfig } from '../config/types.js';
import { UsageError } from '../config/errors.js';
import { discoveryPatterns, documentPathOf, sourceFor } from '../sources/index.js';

export interface DiscoverOptions {
  cwd: string;
  config: LoadedConfig;
  /** Respect .gitignore, .socialintignore and config `ignores` (default true). */
  ignore?: boolean;
  ignorePatterns?: string[];
  errorOnUnmatchedPattern?: boolean;
}

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands paths, folders and globs into the files socialint reads, sorted so every run reports in
 * the same order. A file named explicitly is linted even when an ignore file lists it, except for
 * --ignore-pattern, which the user gave on this very command line.
 */
export async function discoverFiles(patterns: string[], options: DiscoverOptions): Promise<string[]> {
  const { cwd, config } = options;
  const useIgnores = options.ignore !== false;
  const ignorer = useIgnores ? loadIgnoreFiles(cwd) : undefined;
  const cliIgnorer = ignore().add(options.ignorePatterns ?? []);
  const found = new Set<string>();
  const exportFolders = new Set<string>();
  const unmatched: string[] = [];
  // The ignore package only takes paths below cwd; files elsewhere are matched by config globs only.
  const insideCwd = (file: string) => {
    const relative = path.relative(cwd, file).split(path.sep).join('/');
    return relative && !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative) ? relative : undefined;
  };
  const ignoredByCli = (file: string) => {
    const relative = insideCwd(file);
    return relative !== undefined && cliIgnorer.ignores(relative);
  };
  const isIgnored = (file: string) => {
    if (ignoredByCli(file)) return true;
    if (!useIgnores) return false;
    const relative = insideCwd(file);
    return (relative !== undefined && ignorer!.ignores(relative)) || isIgnoredByConfig(config, file);
  };

  for (const pattern of patterns.length ? patterns : ['.']) {
    const before = found.size;
    const absolute = path.resolve(cwd, pattern);
    const kind = statKind(absolute);
    if (kind === 'file' && !isDynamicPattern(pattern)) {
      if (!sourceFor(absolute)) throw new UsageError(`${pattern}: not a draft (.md, .markdown) or a profile export socialint can read`);
      if (!ignoredByCli(absolute)) found.add(absolute);
    } else if (kind === 'dir' && sourceFor(absolute)?.folderOf) {
      // An extracted export is one document; a folder that merely has a draft's name (`notes.md/`) is searched.
      found.add(absolute);
      exportFolders.add(absolute);
    } else {
      const folder = kind === 'dir' ? absolute : cwd;
      const globs = kind === 'dir' ? discoveryPatterns() : [pattern];
      const files = await glob(globs, { cwd: folder, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, expandDirectories: false });
      for (const file of files.sort()) {
        // A marker file (an export's actor.json) stands for its folder: one export, one document.
        const normal = documentPathOf(path.normalize(file));
        if (!sourceFor(normal) || isIgnored(normal)) continue;
        found.add(normal);
        if (normal !== path.normalize(file)) exportFolders.add(normal);
      }
    }
    if (found.size === before) unmatched.push(pattern);
  }
  // Files inside an extracted export belong to that export, not to the run on their own.
  const folders = [...exportFolders].map((dir) => dir + path.sep);
  if (folders.length) for (const file of found) if (folders.some((dir) => file.startsWith(dir))) found.delete(file);
  if (unmatched.length && options.errorOnUnmatchedPattern !== false) {
    throw new UsageError(`No files matching ${unmatched.map((p) => `"${p}"`).join(', ')} were found (or all were ignored).`);
  }
  return [...found];
}

function statKind(file: string): 'file' | 'dir' | undefined {
  try {
    const stats = statSync(file);
    return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** .gitignore and .socialintignore at the folder socialint runs in (as ESLint reads .eslintignore). */
function loadIgnoreFiles(cwd: string): Ignore {
  const ig = ignore();
  for (const name of ['.gitignore', '.socialintignore']) {
    const file = path.join(cwd, name);
    if (existsSync(file)) ig.add(readFileSync(file, 'utf8'));
  }
  return ig;
}
