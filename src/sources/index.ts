import path from 'node:path';
import type { Html } from 'mdast';
import type { LintDocument, LintMessage } from '../types.js';

/** What a source hands the engine: its documents, problems found while reading, and directives. */
export interface LoadedSource {
  documents: LintDocument[];
  /** Errors in the input itself (bad front matter, a malformed CSV in an archive). */
  problems: LintMessage[];
  /** Markdown comments, for inline `socialint-disable` directives. */
  comments?: Html[];
  /** The file's text, for sources whose findings can carry fixes. */
  text?: string;
}

export interface LoadOptions {
  maxFileBytes?: number;
  /** Also turn the posts and invites inside profile exports into documents. */
  history?: boolean;
  /** With history: only posts from this date on. */
  since?: Date;
}

/** One kind of input: Markdown drafts, or one platform's profile export. */
export interface SourceType {
  name: string;
  /** Globs (relative) that discovery uses to find this source's files in a folder. */
  patterns: string[];
  /** Whether a path (named on the command line or found by discovery) is this source's. */
  claims(filePath: string): boolean;
  load(filePath: string, options: LoadOptions): Promise<LoadedSource>;
}

const markdownSource: SourceType = {
  name: 'markdown',
  patterns: ['**/*.md', '**/*.markdown'],
  claims: (filePath) => /\.(md|markdown)$/i.test(filePath),
  load: async (filePath, options) => (await import('./markdown-source.js')).loadMarkdown(filePath, options),
};

/** Every input socialint reads. Profile adapters register here too. */
export const sourceTypes: SourceType[] = [markdownSource];

export function sourceFor(filePath: string): SourceType | undefined {
  return sourceTypes.find((source) => source.claims(filePath));
}

export function discoveryPatterns(): string[] {
  return sourceTypes.flatMap((source) => source.patterns);
}

export function displayName(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative.startsWith('..') ? filePath : relative;
}
