import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../types.js';
import { ConfigError, UsageError } from './errors.js';
import { certainlyNoConfig } from './no-config.js';
import { PRESETS, presetRules } from './presets.js';
import { configSchema } from './schema.js';
import type { ConfigData, LoadedConfig, RuleEntry } from './types.js';

export interface LoadConfigOptions {
  cwd?: string;
  /** An explicit config file (`--config`). */
  configFile?: string;
  /** Skip looking for a config file (`--no-config-lookup`). */
  noConfigLookup?: boolean;
  /** Folders of extra rule modules (`--rulesdir`). */
  rulesDirs?: string[];
}

const MODULE = 'socialint';
export const SEARCH_PLACES = [
  'package.json',
  '.socialintrc',
  '.socialintrc.json',
  '.socialintrc.yaml',
  '.socialintrc.yml',
  'socialint.config.js',
  'socialint.config.mjs',
  'socialint.config.cjs',
];

// ajv and cosmiconfig are loaded on first use: a run with no config file (a pre-commit hook with
// --no-config-lookup, the default config) needs neither, and they are a sixth of its start-up.
let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
  if (!ajvInstance) {
    const { Ajv: AjvClass } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    ajvInstance = new AjvClass({ allErrors: false, strict: false, useDefaults: false });
  }
  return ajvInstance;
}
async function cosmiconfig(...args: Parameters<typeof import('cosmiconfig').cosmiconfig>) {
  return (await import('cosmiconfig')).cosmiconfig(...args);
}
let validateConfig: ValidateFunction | undefined;
const ruleValidators = new WeakMap<AnyRule, ValidateFunction>();

/** Finds, reads and validates the config; every problem is a ConfigError naming file and key. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaders = { '.js': importJsConfig, '.mjs': importJsConfig, '.cjs': importJsConfig };
  const explorer = () => cosmiconfig(MODULE, { searchPlaces: SEARCH_PLACES, searchStrategy: 'global', loaders });
  let filePath: string | undefined;
  let data: ConfigData = { extends: 'socialint:recommended' };

  if (options.configFile) {
    filePath = path.resolve(cwd, options.configFile);
    const found = await readConfigFile(async () => (await explorer()).load(filePath!), filePath, cwd);
    data = (found?.config ?? {}) as ConfigData;
  } else if (!options.noConfigLookup && !certainlyNoConfig(cwd, MODULE, SEARCH_PLACES)) {
    const found = await readConfigFile(async () => (await explorer()).search(cwd), cwd, cwd);
    if (found && !found.isEmpty) {
      filePath = found.filepath;
      data = found.config as ConfigData;
    }
  }
  const file = filePath ? path.relative(cwd, filePath) || filePath : '<default config>';
  const baseDir = filePath ? path.dirname(filePath) : cwd;

  // The built-in default is valid by construction; compiling the config schema for it is wasted.
  if (filePath) validateShape(data, file);
  const rules = new Map<string, AnyRule>(builtinRules.map((rule) => [rule.id, rule]));
  for (const dir of options.rulesDirs ?? []) await loadRulesDir(path.resolve(cwd, dir), rules);
  for (const plugin of data.plugins ?? []) await loadPlugin(plugin, baseDir, file, rules);

  const flattened = await flattenExtends(data, baseDir, file, rules, new Set());
  validateRules(flattened.rules ?? {}, rules, file, 'rules');
  flattened.overrides?.forEach((override, i) =>
    validateRules(override.rules ?? {}, rules, file, `overrides[${i}].rules`),
  );
  return { filePath, baseDir, data: flattened, rules };
}

async function readConfigFile<T>(read: () => Promise<T>, file: string, cwd?: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A search only knows the folder; the loaders name the file they failed on ("JSON Error in <file>:")
    // and add a code frame, of which one line is enough.
    const named = /^(?:JSON|YAML|JS) Error in (.+?):\s*\n([\s\S]*)$/.exec(message);
    // Without a folder to be relative to, `file` is already the name the user wrote (an `extends` entry).
    const failed = named && cwd ? named[1]! : file;
    const where = cwd ? path.relative(cwd, failed) || failed : failed;
    const lines = (named ? named[2]! : message).split('\n').map((line) => line.trim());
    const reason = lines.find((line) => line && !/^(?:>\s*)?\d*\s*\||^-+\^$/.test(line)) ?? 'unreadable';
    throw new UsageError(`${where}: cannot read config: ${reason}`);
  }
}

/**
 * cosmiconfig retries a failed import() with require(), and on Node 20 the require() error hides
 * the config's own mistake (a syntax error becomes "Cannot require() ES Module").
 */
async function importJsConfig(filepath: string): Promise<unknown> {
  try {
    return ((await import(pathToFileURL(filepath).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new Error(`JS Error in ${filepath}:\n${error instanceof Error ? error.message : String(error)}`);
  }
}

function validateShape(data: unknown, file: string): asserts data is ConfigData {
  validateConfig ??= ajv().compile(configSchema);
  if (!validateConfig(data)) throw new ConfigError(file, keyPath(validateConfig.errors![0]!), describe(validateConfig.errors![0]!));
}

/** `extends` entries are presets or other config files/packages; later entries win, then the file itself. */
async function flattenExtends(
  data: ConfigData,
  baseDir: string,
  file: string,
  rules: Map<string, AnyRule>,
  seen: Set<string>,
): Promise<ConfigData> {
  // A config file that says nothing about `extends` builds on the recommended rules; `extends: []`
  // starts from nothing. Configs pulled in through `extends` add only what they say.
  const implicit = seen.size === 0 ? ['socialint:recommended'] : [];
  const parents = data.extends === undefined ? implicit : Array.isArray(data.extends) ? data.extends : [data.extends];
  let merged: ConfigData = {};
  for (const parent of parents) {
    let base: ConfigData;
    if ((PRESETS as readonly string[]).includes(parent)) {
      base = { rules: presetRules(parent, rules.values()) };
    } else if (parent.startsWith('socialint:')) {
      throw new ConfigError(file, 'extends', `unknown preset "${parent}"; expected one of ${PRESETS.join(', ')}`);
    } else {
      const resolved = resolveModule(parent, baseDir, file, 'extends');
      if (seen.has(resolved)) throw new ConfigError(file, 'extends', `"${parent}" extends itself`);
      const loaded = await importConfig(resolved, parent);
      validateShape(loaded, parent);
      base = await flattenExtends(loaded, path.dirname(resolved), parent, rules, new Set([...seen, resolved]));
    }
    merged = mergeConfigs(merged, base);
  }
  return mergeConfigs(merged, { ...data, extends: undefined });
}

function mergeConfigs(base: ConfigData, over: ConfigData): ConfigData {
  const merged: ConfigData = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof ConfigData, unknown][]) {
    if (value === undefined) continue;
    if (key === 'rules' || key === 'settings') {
      (merged as Record<string, unknown>)[key] = { ...(base[key] ?? {}), ...(value as object) };
    } else if (key === 'overrides' || key === 'ignores' || key === 'plugins') {
      (merged as Record<string, unknown>)[key] = [...(base[key] ?? []), ...(value as unknown[])];
    } else {
      (merged as Record<string, unknown>)[key] = value;
    }
  }
  delete merged.extends;
  return merged;
}

function validateRules(entries: Record<string, RuleEntry>, rules: Map<string, AnyRule>, file: string, at: string): void {
  for (const [id, entry] of Object.entries(entries)) {
    const rule = rules.get(id);
    if (!rule) throw new ConfigError(file, `${at}.${id}`, `unknown rule "${id}"${suggestRule(id, rules)}`);
    const options = Array.isArray(entry) ? entry[1] : undefined;
    if (options === undefined) continue;
    if (!rule.meta.schema) throw new ConfigError(file, `${at}.${id}`, 'this rule takes no options');
    let validate = ruleValidators.get(rule);
    if (!validate) {
      validate = ajv().compile(rule.meta.schema);
      ruleValidators.set(rule, validate);
    }
    if (!validate(options)) {
      const error = mostSpecific(validate.errors!);
      throw new ConfigError(file, `${at}.${id}[1]${keyPath(error) ? `.${keyPath(error)}` : ''}`, describe(error));
    }
  }
}

function suggestRule(id: string, rules: Map<string, AnyRule>): string {
  const candidates = [...rules.keys()].filter((known) => known.includes(id) || id.includes(known) || known.slice(0, 6) === id.slice(0, 6));
  // Several rules share a prefix (hashtag-case, hashtag-count): name the nearest by edit distance.
  const close = candidates.sort((a, b) => editDistance(a, id) - editDistance(b, id))[0];
  return close ? ` (did you mean "${close}"?)` : '; `socialint rules` lists them';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * With `anyOf`, ajv reports every branch's failure: `{"max": {"linkdin": 3}}` fails "must be
 * integer" too. The error naming the real problem is the one that is not about the branch's type.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  return errors.find((e) => !['anyOf', 'type', 'propertyNames'].includes(e.keyword)) ?? errors[0]!;
}

function keyPath(error: ErrorObject): string {
  const parts = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  if (error.propertyName !== undefined) parts.push(error.propertyName);
  return parts.map((p) => (/^\d+$/.test(p) ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return 'unknown key';
    case 'enum':
      if (error.propertyName !== undefined) return `unknown key; expected one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'anyOf':
      return 'has the wrong type (a severity "off" | "warn" | "error", or [severity, options])';
    default:
      return error.message ?? 'is invalid';
  }
}

function resolveModule(specifier: string, baseDir: string, file: string, key: string): string {
  try {
    return createRequire(path.join(baseDir, 'noop.js')).resolve(specifier);
  } catch {
    throw new ConfigError(file, key, `cannot find "${specifier}" from ${baseDir}`);
  }
}

async function importConfig(resolved: string, file: string): Promise<ConfigData> {
  if (/\.(json|ya?ml)$/.test(resolved) || !/\.[cm]?js$/.test(resolved)) {
    const result = await readConfigFile(async () => (await cosmiconfig(MODULE)).load(resolved), file);
    return (result?.config ?? {}) as ConfigData;
  }
  const module = await readConfigFile(() => import(pathToFileURL(resolved).href), file);
  return (module.default ?? module) as ConfigData;
}

/** Plugin rules are named `<plugin>/<rule>`: `socialint-plugin-acme` gives `acme/…`. */
export function pluginPrefix(specifier: string): string {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    return path.basename(specifier).replace(/\.[cm]?[jt]s$/, '').replace(/^socialint-plugin-/, '');
  }
  const scoped = specifier.match(/^(@[^/]+)\/(?:socialint-plugin-?)?(.*)$/);
  if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1]!;
  return specifier.replace(/^socialint-plugin-/, '');
}

async function loadPlugin(specifier: string, baseDir: string, file: string, rules: Map<string, AnyRule>): Promise<void> {
  const resolved = resolveModule(specifier, baseDir, file, 'plugins');
  const module = await readConfigFile(() => import(pathToFileURL(resolved).href), file);
  const plugin = (module.default ?? module) as { rules?: Record<string, AnyRule> };
  if (!plugin.rules || typeof plugin.rules !== 'object') {
    throw new ConfigError(file, 'plugins', `"${specifier}" exports no \`rules\` object`);
  }
  const prefix = pluginPrefix(specifier);
  for (const [name, rule] of Object.entries(plugin.rules)) {
    checkRuleModule(rule, `${specifier} (rule "${name}")`);
    const id = `${prefix}/${name}`;
    rules.set(id, { ...rule, id } as AnyRule);
  }
}

async function loadRulesDir(dir: string, rules: Map<string, AnyRule>): Promise<void> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => /\.[cm]?js$/.test(name)).sort();
  } catch {
    throw new UsageError(`--rulesdir ${dir}: cannot read that folder`);
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const module = await readConfigFile(() => import(pathToFileURL(file).href), file);
    const rule = (module.default ?? module) as AnyRule;
    checkRuleModule(rule, file);
    rules.set(rule.id, rule);
  }
}

function checkRuleModule(rule: unknown, where: string): asserts rule is AnyRule {
  const candidate = rule as Partial<AnyRule> & { check?: unknown; checkAll?: unknown };
  if (!candidate || typeof candidate.id !== 'string' || !candidate.meta || (typeof candidate.check !== 'function' && typeof candidate.checkAll !== 'function')) {
    throw new UsageError(`${where}: not a socialint rule (needs id, meta and check)`);
  }
}
