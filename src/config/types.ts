import type { AnyRule, DocumentKind, Platform, SeverityName } from '../types.js';

export type SeverityValue = SeverityName | 0 | 1 | 2;
export type RuleEntry = SeverityValue | [SeverityValue] | [SeverityValue, Record<string, unknown>];

export interface Override {
  files?: string | string[];
  excludedFiles?: string | string[];
  /** Applies only to documents targeting one of these platforms. */
  platforms?: Platform[];
  /** Applies only to documents of these kinds. */
  kinds?: DocumentKind[];
  /** Sets the target platform of matching files that do not name one. */
  platform?: Platform;
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
}

/** The config as a user writes it. */
export interface ConfigData {
  extends?: string | string[];
  platform?: Platform;
  platforms?: Platform[];
  rules?: Record<string, RuleEntry>;
  settings?: Record<string, unknown>;
  ignores?: string[];
  plugins?: string[];
  overrides?: Override[];
  /** Lint the posts and sent invites inside profile exports too. */
  history?: boolean;
}

export interface RuleSetting {
  severity: SeverityName;
  options: Record<string, unknown>;
}

/** A loaded config: extends flattened, plugins loaded, every entry validated. */
export interface LoadedConfig {
  /** The config file, or undefined when none was found or lookup was off. */
  filePath?: string;
  /** Globs in `files`, `ignores` and `overrides` are relative to this folder. */
  baseDir: string;
  data: ConfigData;
  /** Every rule the run knows: built-in, from plugins and from --rulesdir. */
  rules: Map<string, AnyRule>;
}

export interface ResolvedFileConfig {
  platforms: Platform[];
  rules: Map<string, RuleSetting>;
  settings: Record<string, unknown>;
}
