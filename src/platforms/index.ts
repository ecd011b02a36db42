import type { DraftKind, Platform } from '../types.js';

export interface PlatformSpec {
  id: Platform;
  name: string;
  /** Hard limits per kind of draft, in the platform's own counting. */
  limits: Partial<Record<DraftKind, number>>;
  /** How many hashtags the guides recommend at most (a convention, configurable). */
  recommendedHashtags: number;
  /** More hashtags than this and the platform rejects the post. */
  maxHashtags?: number;
}

/** Numbers from ../shared/platform-facts.md; docs/platforms.md cites each one. */
export const PLATFORM_SPECS: Record<Platform, PlatformSpec> = {
  linkedin: { id: 'linkedin', name: 'LinkedIn', limits: { post: 3000, thread: 3000, comment: 1250, invite: 300, dm: 1900, newsletter: 125000 }, recommendedHashtags: 5 },
  x: { id: 'x', name: 'X', limits: { post: 280, thread: 280, comment: 280, dm: 10000 }, recommendedHashtags: 2 },
  mastodon: { id: 'mastodon', name: 'Mastodon', limits: { post: 500, thread: 500, comment: 500, dm: 500 }, recommendedHashtags: 5 },
  bluesky: { id: 'bluesky', name: 'Bluesky', limits: { post: 300, thread: 300, comment: 300 }, recommendedHashtags: 5 },
  threads: { id: 'threads', name: 'Threads', limits: { post: 500, thread: 500, comment: 500 }, recommendedHashtags: 1 },
  instagram: { id: 'instagram', name: 'Instagram', limits: { post: 2200, comment: 2200 }, recommendedHashtags: 5, maxHashtags: 30 },
  facebook: { id: 'facebook', name: 'Facebook', limits: { post: 63206, comment: 8000 }, recommendedHashtags: 3 },
};

/** Characters as people see them (grapheme clusters); exact per-platform counting replaces this. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of segmenter().segment(text)) count++;
  return count;
}

let graphemes: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemes;
}
