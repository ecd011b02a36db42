import type { Root } from 'mdast';

export const PLATFORMS = ['linkedin', 'x', 'mastodon', 'bluesky', 'threads', 'instagram', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const DRAFT_KINDS = ['post', 'thread', 'invite', 'dm', 'comment', 'newsletter'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
/** What a rule can apply to: a draft of some kind, or a profile. */
export type DocumentKind = DraftKind | 'profile';

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numeric severities, kept so existing CI tooling reads our JSON. */
export type SeverityLevel = 0 | 1 | 2;

/**
 * A place in a source. `entry` names a file inside an archive (`Profile.csv` in a LinkedIn ZIP),
 * so a finding can read `export.zip:Profile.csv:2:5`. Lines and columns are 1-based.
 */
export interface SourceLocation {
  line: number;
  column: number;
  entry?: string;
}

/** A text edit on the original file, in UTF-16 offsets (as ESLint's `fix`). */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** One finding, in ESLint's message shape plus `entry` for files inside archives. */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  entry?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  fatal?: boolean;
}

export interface ProfileScore {
  platform: Platform;
  score: number;
  missing: string[];
}

export interface LintResult {
  /** Absolute path. */
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Text after fixes, set only when a fix changed the file (never printed by formatters). */
  output?: string;
  metadata?: {
    profileScores?: ProfileScore[];
    unusedDirectives?: number;
  };
}

/**
 * A run of text people wrote, as rules read it, with a way back to where each character came from.
 * Drafts hand rules the prose of the Markdown (markup stripped); profiles hand one Prose per field.
 */
export interface Prose {
  readonly text: string;
  /** Where the character at `index` of `text` came from. `index === text.length` is allowed. */
  locate(index: number): SourceLocation;
  /**
   * The UTF-16 offset in the original file of the character at `index`, when the prose maps
   * exactly onto editable file text; undefined otherwise (a fix there would be unsafe).
   */
  fileOffset(index: number): number | undefined;
}

export interface SourceFile {
  /** Absolute path, or the stdin file name. */
  path: string;
  text: string;
}

/** Front matter of a draft, validated. */
export interface DraftMeta {
  platforms: Platform[];
  kind: DraftKind;
  to?: string;
  date?: string;
  tags?: string[];
  consented?: string[];
  /** Everything the front matter held, for rules with their own keys. */
  raw: Record<string, unknown>;
}

export interface PostDocument {
  type: 'post';
  meta: DraftMeta;
  /** The whole text of the draft (all thread parts). */
  body: Prose;
  /** Thread parts split at thematic breaks; a single element for everything else. */
  parts: Prose[];
  /** Present for Markdown drafts; absent for posts that came from an export's history. */
  file?: SourceFile;
  tree?: Root;
  /** For history posts: which export and which post (for messages). */
  origin?: { archive: string; entry: string; date?: string };
}

export interface ProfileField {
  value: string;
  prose: Prose;
}

export interface ProfilePosition {
  title?: ProfileField;
  company?: ProfileField;
  description?: ProfileField;
  location?: ProfileField;
  startedOn?: string;
  finishedOn?: string;
  at: SourceLocation;
}

export interface ProfileEducation {
  school?: ProfileField;
  degree?: ProfileField;
  notes?: ProfileField;
  at: SourceLocation;
}

export interface ProfileImage {
  /** Inside the archive or next to the profile file, when the image itself is available. */
  entry?: string;
  width?: number;
  height?: number;
  at: SourceLocation;
}

/** Every platform's profile, normalised by one adapter per export format. */
export interface Profile {
  platform: Platform;
  /** Which adapter produced it, e.g. "linkedin-export". */
  adapter: string;
  username?: ProfileField;
  displayName?: ProfileField;
  headline?: ProfileField;
  /** LinkedIn's About/summary, X's bio, Mastodon's note, Bluesky's description. */
  bio?: ProfileField;
  location?: ProfileField;
  industry?: ProfileField;
  websites: ProfileField[];
  /** Mastodon profile metadata fields (name/value pairs). */
  fields: { name: ProfileField; value: ProfileField }[];
  /** Undefined means the export cannot tell (LinkedIn's basic export has no photo). */
  photo?: ProfileImage | null;
  header?: ProfileImage | null;
  positions: ProfilePosition[];
  education: ProfileEducation[];
  skills: ProfileField[];
  /** Where the profile as a whole is reported when no field fits (missing items). */
  at: SourceLocation;
}

export interface ProfileDocument {
  type: 'profile';
  profile: Profile;
  /** The file's path as given (the ZIP, the folder, or the plain profile file). */
  file: SourceFile;
}

export type LintDocument = PostDocument | ProfileDocument;

/** JSON Schema (draft-07 subset that ajv accepts). */
export type JSONSchema = Record<string, unknown>;

export interface RuleMeta {
  description: string;
  /** Path of the rule's page, relative to the package root. */
  docs: string;
  fixable: boolean;
  hasSuggestions: boolean;
  defaultSeverity: SeverityName;
  /** Which documents the rule reads. */
  appliesTo: DocumentKind[];
  /** Schema of the options object; options not given fall back to `defaultOptions`. */
  schema?: JSONSchema;
  defaultOptions?: Record<string, unknown>;
  /** For --fix-type: what kind of change the fix makes. */
  category?: 'problem' | 'suggestion' | 'layout';
  /** Set for rules that need every document of the run (cross-document phase). */
  crossDocument?: boolean;
}

export type ReportLocation =
  /** Characters [start, end) of a Prose. */
  | { prose: Prose; start: number; end?: number }
  /** A place given directly (e.g. a profile as a whole). */
  | { at: SourceLocation; endAt?: SourceLocation };

export interface ReportDescriptor {
  message: string;
  loc: ReportLocation;
  /**
   * Raises this one finding to an error whatever the configured severity: for hard platform limits
   * (Instagram refuses a 31st hashtag) inside rules whose other findings are advice.
   */
  severity?: 'error';
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly ruleId: string;
  readonly document: LintDocument;
  /** The platforms this document targets (from front matter, overrides, --platform or the profile). */
  readonly platforms: Platform[];
  readonly options: Options;
  /** Settings shared by all rules (e.g. `region` for phone numbers, `linkedinAccount`). */
  readonly settings: Record<string, unknown>;
  report(descriptor: ReportDescriptor): void;
  /** Hands a score to the result's metadata (profile completeness); absent where no result collects one. */
  reportScore?(score: ScoreDescriptor): void;
  /**
   * Reads a local file the draft refers to (an image), relative to the draft; only read when a rule
   * asks. URLs, absolute paths, paths outside the content folder and oversized files are refused.
   * Absent for documents that are not Markdown files.
   */
  readonly loadAsset?: (reference: string) => Promise<LocalAsset>;
}

/** A file a draft refers to, as `RuleContext.loadAsset` hands it over, or why it was not read. */
export type LocalAsset =
  | { ok: true; path: string; bytes: Uint8Array }
  | { ok: false; reason: 'remote' | 'outside' | 'missing' | 'too-large' | 'invalid' };

export interface ScoreDescriptor {
  /** 0–100. */
  score: number;
  /** What is missing, in words a person acts on ("headline", "5 skills"). */
  missing: string[];
  /** Defaults to the document's platform. */
  platform?: Platform;
}

export interface Rule<Options = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext<Options>): void;
}

/**
 * A rule that needs every document of the run, e.g. duplicate invites. What it needs of each
 * document is held until the last file is linted, so a rule that says what that is (`collect`)
 * keeps memory flat; without `collect`, checkAll receives the documents themselves.
 */
export interface CrossDocumentRule<Options = Record<string, unknown>, Kept extends object = LintDocument> {
  id: string;
  meta: RuleMeta & { crossDocument: true };
  /**
   * What the rule keeps of one document it applies to, taken right after the file's own rules ran
   * (on the worker thread that linted it, when there are workers): a small object that
   * `structuredClone` can copy (no functions, no Prose, no class instances), or undefined to leave
   * the document out. It waits as bytes, and checkAll sees a copy (class instances come back as plain
   * objects). Positions the rule
   * may report must be worked out here, as a `{ at, endAt }` location.
   */
  collect?(document: LintDocument, context: CollectContext<Options>): Kept | undefined;
  checkAll(context: CrossDocumentContext<Options, Kept>): void | Promise<void>;
}

/** What `collect` knows besides the document: the same options, settings and platforms checkAll will get. */
export interface CollectContext<Options = Record<string, unknown>> {
  readonly ruleId: string;
  readonly platforms: Platform[];
  readonly options: Options;
  readonly settings: Record<string, unknown>;
}

export interface CrossDocumentContext<Options = Record<string, unknown>, Kept extends object = LintDocument> {
  readonly ruleId: string;
  /** The documents the rule applies to, or copies of what `collect` kept of each, in the order of the files. */
  readonly documents: readonly { document: Kept; platforms: Platform[] }[];
  readonly options: Options;
  readonly settings: Record<string, unknown>;
  /** Reports on a document (or its kept record, by identity) of `documents`. */
  report(document: Kept, descriptor: ReportDescriptor): void;
}

export type AnyRule = Rule<any> | CrossDocumentRule<any, any>;
