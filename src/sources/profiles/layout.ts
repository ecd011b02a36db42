import { existsSync } from 'node:fs';
import path from 'node:path';

export type ExportKind = 'linkedin' | 'x' | 'mastodon';

/** Files whose presence says which platform an export is from (relative to the export's root). */
const MARKERS: Record<ExportKind, string[]> = {
  linkedin: ['Profile.csv', 'Positions.csv', 'Skills.csv', 'Connections.csv', 'Shares.csv'],
  x: ['data/account.js', 'data/profile.js', 'data/tweets.js', 'data/tweet.js'],
  mastodon: ['actor.json', 'outbox.json'],
};

export interface ExportLayout {
  kind: ExportKind;
  /** Prefix of the export's files inside the archive ('' or e.g. 'archive-20240101/'). */
  root: string;
}

/**
 * Which export a list of entries is. Archives are sometimes re-zipped with a top folder, so the
 * marker nearest the top decides, and its folder becomes the root.
 */
export function detectLayout(names: readonly string[]): ExportLayout | undefined {
  let best: (ExportLayout & { depth: number }) | undefined;
  for (const name of names) {
    for (const [kind, markers] of Object.entries(MARKERS) as [ExportKind, string[]][]) {
      for (const marker of markers) {
        if (name !== marker && !name.endsWith(`/${marker}`)) continue;
        const root = name.slice(0, name.length - marker.length);
        const depth = root.split('/').length;
        if (!best || depth < best.depth) best = { kind, root, depth };
      }
    }
  }
  return best && { kind: best.kind, root: best.root };
}

/** Whether a folder is an extracted export (checked synchronously, by its marker files). */
export function isExportFolder(folder: string): boolean {
  return Object.values(MARKERS).some((markers) => markers.some((marker) => existsSync(path.join(folder, marker))));
}

/** For a marker file found while searching a folder, the export folder it belongs to. */
export function exportFolderOfMarker(file: string): string | undefined {
  const normal = file.split(path.sep).join('/');
  for (const markers of Object.values(MARKERS)) {
    for (const marker of markers) {
      if (normal.endsWith(`/${marker}`)) return path.normalize(normal.slice(0, normal.length - marker.length - 1));
    }
  }
  return undefined;
}

/** Globs that find export folders by their markers during folder discovery. */
export const MARKER_GLOBS = ['**/Profile.csv', '**/data/profile.js', '**/data/account.js', '**/actor.json'];

const WANTED = new Set([...Object.values(MARKERS).flat(), 'Education.csv', 'Invitations.csv']);

/** Entries a profile or its history may need, kept while a tar.gz streams past. */
export function isWantedEntry(name: string): boolean {
  const inRoot = (n: string) => [...WANTED].some((w) => n === w || n.endsWith(`/${w}`));
  return (
    inRoot(name) ||
    /(^|\/)data\/tweets?(-part\d+)?\.js$/.test(name) ||
    /(^|\/)data\/profile_media\/[^/]+$/.test(name) ||
    /(^|\/)(avatar|header)\.[a-z]+$/i.test(name)
  );
}
