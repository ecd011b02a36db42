import type { LintDocument } from '../../types.js';
import type { LoadedSource, LoadOptions } from '../index.js';
import { openContainer } from './container.js';
import { EntryReader, type ExportRead } from './entries.js';
import { EntryProblem, problemMessage } from './errors.js';
import type { HistoryOptions } from './history.js';
import { detectLayout, isWantedEntry } from './layout.js';

/** A platform's export (ZIP, tar.gz or extracted folder): one profile, plus its posts with --history. */
export async function loadExport(filePath: string, options: LoadOptions): Promise<LoadedSource> {
  const container = await openContainer(filePath, isWantedEntry);
  try {
    const layout = detectLayout(container.names);
    if (!layout) {
      // Folder search meets every archive in a repository (a press kit, a backup): say why it is
      // skipped, as a warning a .socialintignore entry silences, rather than failing the run.
      const message = 'Not a profile export socialint knows (no Profile.csv, data/profile.js or actor.json inside); skipped.';
      return { documents: [], problems: [problemMessage(message, { line: 1, column: 1 }, 1)] };
    }
    const reader = new EntryReader(container, layout.root);
    const history: HistoryOptions | undefined = options.history ? { archive: filePath, ...(options.since ? { since: options.since } : {}) } : undefined;
    const adapters = {
      linkedin: async () => (await import('./linkedin.js')).readLinkedIn,
      x: async () => (await import('./x.js')).readX,
      mastodon: async () => (await import('./mastodon.js')).readMastodon,
    };
    const read: ExportRead = await (await adapters[layout.kind]())(reader, history);
    const documents: LintDocument[] = [{ type: 'profile', profile: read.profile, file: { path: filePath, text: '' } }, ...read.posts];
    return { documents, problems: reader.problems };
  } finally {
    await container.close();
  }
}

export async function loadBluesky(filePath: string, options: LoadOptions): Promise<LoadedSource> {
  const { readBluesky } = await import('./bluesky.js');
  try {
    const profile = await readBluesky(filePath, options.maxFileBytes);
    return { documents: [{ type: 'profile', profile, file: { path: filePath, text: '' } }], problems: [] };
  } catch (error) {
    if (error instanceof EntryProblem) return { documents: [], problems: [{ ...problemMessage(error.message, error.at), fatal: true }] };
    throw error;
  }
}

export async function loadProfileFile(filePath: string, options: LoadOptions): Promise<LoadedSource> {
  const { readPlainProfile } = await import('./plain.js');
  const { profile, problems } = await readPlainProfile(filePath, options.maxFileBytes);
  return { documents: profile ? [{ type: 'profile', profile, file: { path: filePath, text: '' } }] : [], problems };
}
