import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../config/errors.js';
import { normalisePlatform } from '../config/resolve.js';
import type { ConfigData } from '../config/types.js';
import { PLATFORMS, type Platform } from '../types.js';
import type { CliIO } from './main.js';
import { linePrompter, type Prompter } from './prompt.js';
import { writeAtomically } from './write-file.js';

export const INIT_FILE = '.socialintrc.json';

/** Every file name socialint reads a config from, in lookup order (package.json only with a "socialint" key). */
const CONFIG_FILES = ['package.json', '.socialintrc', '.socialintrc.json', '.socialintrc.yaml', '.socialintrc.yml', 'socialint.config.js', 'socialint.config.mjs', 'socialint.config.cjs'];

export interface InitOptions {
  platform?: string;
  force?: boolean;
}

/** `socialint init`: writes a starting config for the platforms named, or asked for in a terminal. */
export async function runInit(options: InitOptions, io: CliIO, prompter?: Prompter): Promise<number> {
  const existing = existingConfigs(io.cwd);
  if (existing.length && !options.force) {
    throw new UsageError(`init: ${existing[0]} already configures socialint here; nothing written (use --force to write ${INIT_FILE} anyway).`);
  }
  let answer = options.platform;
  if (answer === undefined) {
    if (!prompter && !io.isTTY) throw new UsageError('init: name your platforms with --platform, e.g. --platform x,linkedin.');
    const ask = prompter ?? linePrompter(io.stdin, io.stdout);
    try {
      answer = await askPlatforms(ask, io);
    } finally {
      ask.close();
    }
  }
  const platforms = parsePlatforms(answer);
  const file = path.join(io.cwd, INIT_FILE);
  const content = `${JSON.stringify(starterConfig(platforms), null, 2)}\n`;
  if (options.force) {
    await writeAtomically(file, content);
  } else {
    // 'wx' fails instead of overwriting a config that appeared since the check above.
    await writeFile(file, content, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(error.code === 'EEXIST' ? `init: ${INIT_FILE} already exists; use --force to overwrite it.` : `init: cannot write ${INIT_FILE}: ${error.message}`);
    });
  }
  io.stdout.write(`socialint: wrote ${INIT_FILE} for ${platforms.join(', ')}. Run \`npx socialint\` to lint your drafts.\n`);
  const winner = existing.find((name) => CONFIG_FILES.indexOf(name) < CONFIG_FILES.indexOf(INIT_FILE));
  if (winner) io.stderr.write(`socialint: warning: ${winner} is read before ${INIT_FILE}; remove its socialint config for the new one to apply.\n`);
  return 0;
}

async function askPlatforms(prompter: Prompter, io: CliIO): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await prompter.ask(`Which platforms do you post on? (${PLATFORMS.join(', ')}; comma-separated): `);
    if (answer === undefined) break;
    try {
      parsePlatforms(answer);
      return answer;
    } catch (error) {
      io.stdout.write(`${error instanceof Error ? error.message.replace(/^init: /, '') : String(error)}\n`);
    }
  }
  throw new UsageError('init: no platforms given; nothing written.');
}

export function parsePlatforms(list: string): Platform[] {
  const names = list.split(/[\s,]+/).map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`init: --platform needs at least one of ${PLATFORMS.join(', ')}.`);
  const unknown = names.filter((name) => name !== 'twitter' && !(PLATFORMS as readonly string[]).includes(name));
  if (unknown.length) throw new UsageError(`init: unknown platform "${unknown[0]}"; choose from ${PLATFORMS.join(', ')}.`);
  return [...new Set(names.map(normalisePlatform))];
}

/** The recommended rules, the platforms as targets of drafts that name none, and their account settings. */
export function starterConfig(platforms: Platform[]): ConfigData {
  const config: ConfigData = { extends: 'socialint:recommended' };
  if (platforms.length === 1) config.platform = platforms[0];
  else config.platforms = platforms;
  const settings: Record<string, unknown> = {};
  if (platforms.includes('linkedin')) settings.linkedinAccount = 'free';
  if (platforms.includes('x')) settings.xAccount = 'free';
  // Mastodon's default; an instance may set its own (configuration.statuses.max_characters), so it is spelled out to edit.
  if (platforms.includes('mastodon')) settings.mastodonMaxCharacters = 500;
  if (Object.keys(settings).length) config.settings = settings;
  return config;
}

function existingConfigs(cwd: string): string[] {
  return CONFIG_FILES.filter((name) => {
    const file = path.join(cwd, name);
    if (!existsSync(file)) return false;
    if (name !== 'package.json') return true;
    try {
      return JSON.parse(readFileSync(file, 'utf8')).socialint !== undefined;
    } catch {
      return false;
    }
  });
}
