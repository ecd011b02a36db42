import path from 'node:path';
import type { Html } from 'mdast';
import type { LintDocument, LintMessage } from '../types.js';
import { isBlueskyRecord, isProfileFileName } from './profiles/claims.js';
import { isArchiveName } from './profiles/container.js';
import { exportFolderOfMarker, isExportFolder, MARKER_GLOBS } from './profiles/layout.js';

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
  /**
   * For a file that a pattern found inside an extracted export (its `actor.json`), the export
   * folder, which is the document; undefined for files that are documents themselves.
   */
  folderOf?(filePath: string): string | undefined;
  load(filePath: string, options: LoadOptions): Promise<LoadedSource>;
}

const markdownSource: SourceType = {
  name: 'markdown',
  patterns: ['**/*.md', '**/*.markdown'],
  claims: (filePath) => /\.(md|markdown)$/i.test(filePath),
  load: async (filePath, options) => (await import('./markdown-source.js')).loadMarkdown(filePath, options),
};

/** A LinkedIn, X or Mastodon export: ZIP, tar.gz, or the folder it was extracted to. */
const exportSource: SourceType = {
  name: 'profile-export',
  patterns: ['**/*.zip', '**/*.tar.gz', '**/*.tgz', ...MARKER_GLOBS],
  claims: (filePath) => isArchiveName(filePath) !== undefined || isExportFolder(filePath),
  folderOf: exportFolderOfMarker,
  load: async (filePath, options) => (await import('./profiles/load.js')).loadExport(filePath, options),
};

/** A profile kept as text in the repository (`*.profile.yaml`, `*.profile.json`). */
const profileFileSource: SourceType = {
  name: 'profile-file',
  patterns: ['**/*.profile.yaml', '**/*.profile.yml', '**/*.profile.json'],
  claims: isProfileFileName,
  load: async (filePath, options) => (await import('./profiles/load.js')).loadProfileFile(filePath, options),
};

/** A saved Bluesky `app.bsky.actor.profile` record. */
const blueskySource: SourceType = {
  name: 'bluesky-profile',
  patterns: ['**/*.json'],
  claims: isBlueskyRecord,
  load: async (filePath, options) => (await import('./profiles/load.js')).loadBluesky(filePath, options),
};

/** Every input socialint reads. Profile adapters register here too. */
export const sourceTypes: SourceType[] = [markdownSource, profileFileSource, exportSource, blueskySource];

export function sourceFor(filePath: string): SourceType | undefined {
  return sourceTypes.find((source) => source.claims(filePath));
}

/** The document a discovered file stands for: itself, or the export folder it marks. */
export function documentPathOf(filePath: string): string {
  for (const source of sourceTypes) {
    const folder = source.folderOf?.(filePath);
    if (folder && source.claims(folder)) return folder;
  }
  return filePath;
}

export function discoveryPatterns(): string[] {
  return sourceTypes.flatMap((source) => source.patterns);
}

export function displayName(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative.startsWith('..') ? filePath : relative;
}
