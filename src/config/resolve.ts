import path from 'node:path';
import picomatch from 'picomatch';
import type { DocumentKind, Platform, SeverityName } from '../types.js';
import type { LoadedConfig, Override, ResolvedFileConfig, RuleEntry, RuleSetting, SeverityValue } from './types.js';

export interface ResolveInput {
  /** Absolute path of the file. */
  filePath: string;
  /** Platforms the document names itself (front matter, or the profile's platform). */
  documentPlatforms: Platform[];
  kind: DocumentKind;
  /** `--platform` from the command line: the default for documents that name none. */
  cliPlatform?: Platform;
  /** `--rule id:severity` from the command line: applied last. */
  cliRules?: Record<string, SeverityName>;
}

const matchers = new Map<string, (file: string) => boolean>();

function matches(globs: string | string[] | undefined, relative: string): boolean {
  if (globs === undefined) return true;
  return (Array.isArray(globs) ? globs : [globs]).some((glob) => {
    let match = matchers.get(glob);
    if (!match) {
      match = picomatch(glob, { dot: true, matchBase: !glob.includes('/') });
      matchers.set(glob, match);
    }
    return match(relative);
  });
}

function relativeTo(config: LoadedConfig, filePath: string): string {
  return path.relative(config.baseDir, filePath).split(path.sep).join('/');
}

function fileMatches(override: Override, relative: string): boolean {
  return matches(override.files, relative) && !(override.excludedFiles !== undefined && matches(override.excludedFiles, relative));
}

/**
 * The platforms a document targets: its own, else an override's `platform` for its path, else
 * `--platform`, else the config's default.
 */
export function targetPlatforms(config: LoadedConfig, input: ResolveInput): Platform[] {
  if (input.documentPlatforms.length > 0) return input.documentPlatforms;
  const relative = relativeTo(config, input.filePath);
  const byPath = config.data.overrides?.filter((o) => o.platform && fileMatches(o, relative)).at(-1)?.platform;
  const chosen = byPath ?? input.cliPlatform ?? config.data.platform;
  if (chosen) return [normalisePlatform(chosen)];
  return (config.data.platforms ?? []).map(normalisePlatform);
}

export function normalisePlatform(name: string): Platform {
  return (name === 'twitter' ? 'x' : name) as Platform;
}

/** Which rules run on a document, at what severity and with which options. */
export function resolveFileConfig(config: LoadedConfig, input: ResolveInput): ResolvedFileConfig {
  const platforms = targetPlatforms(config, input);
  const relative = relativeTo(config, input.filePath);
  const rules = new Map<string, RuleSetting>();
  let settings: Record<string, unknown> = { ...(config.data.settings ?? {}) };

  const apply = (entries: Record<string, RuleEntry> | undefined) => {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const [severity, options] = Array.isArray(entry) ? entry : [entry];
      const previous = rules.get(id);
      rules.set(id, { severity: severityName(severity), options: options ?? previous?.options ?? {} });
    }
  };

  apply(config.data.rules);
  for (const override of config.data.overrides ?? []) {
    if (!fileMatches(override, relative)) continue;
    if (override.platforms && !override.platforms.map(normalisePlatform).some((p) => platforms.includes(p))) continue;
    if (override.kinds && !override.kinds.includes(input.kind)) continue;
    apply(override.rules);
    if (override.settings) settings = { ...settings, ...override.settings };
  }
  for (const [id, severity] of Object.entries(input.cliRules ?? {})) {
    const previous = rules.get(id);
    rules.set(id, { severity, options: previous?.options ?? {} });
  }
  for (const [id, setting] of rules) if (setting.severity === 'off') rules.delete(id);
  return { platforms, rules, settings };
}

/** Whether `config.ignores` excludes a file. */
export function isIgnoredByConfig(config: LoadedConfig, filePath: string): boolean {
  const ignores = config.data.ignores;
  if (!ignores?.length) return false;
  return matches(ignores, relativeTo(config, filePath));
}

export function severityName(value: SeverityValue): SeverityName {
  if (value === 0) return 'off';
  if (value === 1) return 'warn';
  if (value === 2) return 'error';
  return value;
}
