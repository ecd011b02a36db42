import type { DraftKind, Platform, PostDocument, Prose } from '../../types.js';

export interface HistoryOptions {
  /** The archive or folder, for messages. */
  archive: string;
  since?: Date;
}

export interface HistoryItem {
  platform: Platform;
  kind?: DraftKind;
  prose: Prose;
  entry: string;
  /** YYYY-MM-DD when the export dates it. */
  date?: string;
  to?: string;
}

/** Whether an item passes --since (undated items cannot be placed, so they are left out then). */
export function inRange(date: string | undefined, since: Date | undefined): boolean {
  if (!since) return true;
  return date !== undefined && date >= since.toISOString().slice(0, 10);
}

/** A post (or sent invite) from an export, linted by the draft rules like a Markdown draft. */
export function historyPost(item: HistoryItem, options: HistoryOptions): PostDocument {
  const kind = item.kind ?? 'post';
  return {
    type: 'post',
    meta: {
      platforms: [item.platform],
      kind,
      ...(item.to ? { to: item.to } : {}),
      ...(item.date ? { date: item.date } : {}),
      raw: {},
    },
    body: item.prose,
    parts: [item.prose],
    origin: { archive: options.archive, entry: item.entry, ...(item.date ? { date: item.date } : {}) },
  };
}
