import { resolveFileConfig, type ResolveInput } from '../config/resolve.js';
import type { LoadedConfig, ResolvedFileConfig } from '../config/types.js';
import { readLocalAsset } from '../privacy/local-asset.js';
import type {
  AnyRule,
  CrossDocumentRule,
  DocumentKind,
  Fix,
  LintDocument,
  LintMessage,
  Platform,
  ProfileScore,
  ReportDescriptor,
  Rule,
  ScoreDescriptor,
  SeverityName,
} from '../types.js';

export interface RunSettings {
  config: LoadedConfig;
  cliPlatform?: Platform;
  cliRules?: Record<string, SeverityName>;
}

export function documentKind(document: LintDocument): DocumentKind {
  return document.type === 'profile' ? 'profile' : document.meta.kind;
}

export function documentPlatforms(document: LintDocument): Platform[] {
  return document.type === 'profile' ? [document.profile.platform] : document.meta.platforms;
}

const resolvedFor = new WeakMap<LintDocument, { settings: RunSettings; filePath: string; resolved: ResolvedFileConfig }>();

/** The config for one document, resolved once however many steps ask (its rules, then `collect`). */
export function configForDocument(settings: RunSettings, filePath: string, document: LintDocument): ResolvedFileConfig {
  const known = resolvedFor.get(document);
  if (known?.settings === settings && known.filePath === filePath) return known.resolved;
  const resolved = resolveConfig(settings, filePath, document);
  resolvedFor.set(document, { settings, filePath, resolved });
  return resolved;
}

function resolveConfig(settings: RunSettings, filePath: string, document: LintDocument): ResolvedFileConfig {
  const input: ResolveInput = {
    filePath,
    documentPlatforms: documentPlatforms(document),
    kind: documentKind(document),
    cliPlatform: settings.cliPlatform,
    cliRules: settings.cliRules,
  };
  return resolveFileConfig(settings.config, input);
}

export const isCrossDocument = (rule: AnyRule): rule is CrossDocumentRule => 'checkAll' in rule;

/** Runs every enabled single-document rule on one document, each reading the same parsed input. */
export async function runRules(
  document: LintDocument,
  resolved: ResolvedFileConfig,
  rules: Map<string, AnyRule>,
  fileText: string | undefined,
  /** Collects the scores rules hand over (profile completeness), for the result's metadata. */
  scores?: ProfileScore[],
): Promise<LintMessage[]> {
  const messages: LintMessage[] = [];
  const kind = documentKind(document);
  // Images next to a Markdown draft; history posts inside an export have no folder of their own.
  const draftPath = document.type === 'post' && !document.origin ? document.file?.path : undefined;
  for (const [id, setting] of resolved.rules) {
    const rule = rules.get(id);
    if (!rule || isCrossDocument(rule) || !rule.meta.appliesTo.includes(kind)) continue;
    const severity = setting.severity === 'error' ? 2 : 1;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...setting.options };
    const context = {
      ruleId: id,
      document,
      platforms: resolved.platforms,
      options,
      settings: resolved.settings,
      report: (descriptor: ReportDescriptor) => messages.push(toMessage(id, severity, descriptor, fileText)),
      reportScore: (score: ScoreDescriptor) => scores?.push({ platform: score.platform ?? documentPlatforms(document)[0]!, score: score.score, missing: score.missing }),
      loadAsset: draftPath ? (reference: string) => readLocalAsset(draftPath, reference) : undefined,
    };
    try {
      // Most rules are synchronous; awaiting only promises spares a microtask per rule and draft.
      const pending = (rule as Rule).check(context) as unknown as Promise<void> | undefined;
      if (pending) await pending;
    } catch (error) {
      throw new RuleFailure(id, error, document.file?.path);
    }
  }
  return messages;
}

/** A rule threw: a bug in socialint or a plugin, not in the user's input. */
export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly original: unknown,
    /** The file it failed on, so whoever reports the bug can reproduce it. */
    readonly filePath?: string,
  ) {
    const where = filePath ? ` on ${filePath}` : '';
    super(`rule "${ruleId}" failed${where}: ${original instanceof Error ? original.message : String(original)}`, { cause: original });
  }
}

/** Turns a rule's report into a finding in ESLint's shape, dropping fixes that are unsafe to apply. */
export function toMessage(ruleId: string, severity: 1 | 2, descriptor: ReportDescriptor, fileText: string | undefined): LintMessage {
  const { loc } = descriptor;
  let start;
  let end;
  if ('prose' in loc) {
    start = loc.prose.locate(loc.start);
    end = loc.prose.locate(loc.end ?? loc.start);
  } else {
    start = loc.at;
    end = loc.endAt;
  }
  const message: LintMessage = {
    ruleId,
    severity: descriptor.severity === 'error' ? 2 : severity,
    message: descriptor.message,
    line: start.line,
    column: start.column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    ...(start.entry ? { entry: start.entry } : {}),
  };
  if (descriptor.fix && validFix(descriptor.fix, fileText)) message.fix = descriptor.fix;
  const suggestions = descriptor.suggestions?.filter((s) => validFix(s.fix, fileText));
  if (suggestions?.length) message.suggestions = suggestions;
  return message;
}

function validFix(fix: Fix, fileText: string | undefined): boolean {
  if (fileText === undefined) return false;
  const [from, to] = fix.range;
  return Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= fileText.length;
}
