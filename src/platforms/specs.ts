import type { DraftKind, Platform } from '../types.js';
import { graphemeCount } from './unicode.js';

/**
 * How a platform counts a text towards its limit:
 * - `x-weighted`: twitter-text v3 (most scripts 1, CJK and emoji 2, every URL 23, NFC first);
 * - `graphemes`: characters as people see them (`Intl.Segmenter`);
 * - `mastodon`: graphemes, every URL 23, a remote `@user@domain` counted as `@user`;
 * - `threads`: graphemes, but an emoji counts its UTF-8 bytes;
 * - `codepoints`: Unicode code points (Ruby's and Python's string length);
 * - `utf16`: UTF-16 code units (a web form's `maxlength`; an emoji counts 2).
 */
export type CountingMethod = 'x-weighted' | 'graphemes' | 'mastodon' | 'threads' | 'codepoints' | 'utf16';

/** How a counting method reads, for messages: "weighted: CJK and emoji count 2, links 23". */
export const METHOD_DESCRIPTIONS: Record<CountingMethod, string> = {
  'x-weighted': 'weighted: CJK and emoji count 2, links 23',
  graphemes: 'characters as people see them',
  mastodon: 'links count 23, a remote @user@domain as @user',
  threads: 'an emoji counts its UTF-8 bytes',
  codepoints: 'Unicode code points',
  utf16: 'UTF-16 units: most emoji count 2',
};

export const PROFILE_FIELDS = ['displayName', 'username', 'headline', 'bio', 'location', 'website', 'fieldName', 'fieldValue', 'positionTitle', 'positionDescription'] as const;
export type ProfileFieldName = (typeof PROFILE_FIELDS)[number];

export interface Limit {
  limit: number;
  method: CountingMethod;
  /** A second cap in UTF-8 bytes (Bluesky). */
  byteLimit?: number;
}

export interface PlatformSpec {
  id: Platform;
  name: string;
  /** How drafts are counted, unless a kind says otherwise. */
  method: CountingMethod;
  /** Hard limits per kind of draft, in the platform's own counting. */
  limits: Partial<Record<DraftKind, number>>;
  /** Kinds counted differently from `method` (X direct messages are plain characters). */
  kindMethods?: Partial<Record<DraftKind, CountingMethod>>;
  /** A UTF-8 byte cap on top of the character limit (Bluesky's 3,000). */
  byteLimit?: number;
  /** Profile field limits. */
  profile: Partial<Record<ProfileFieldName, Limit>>;
  /** How many hashtags the guides recommend at most (a convention, configurable). */
  recommendedHashtags: number;
  /** More hashtags than this and the platform rejects the post. */
  maxHashtags?: number;
  /** More mentions than this and the platform rejects the post. */
  maxMentions?: number;
  /** What a hashtag and a mention look like there, for messages and docs. */
  hashtagSyntax: string;
  mentionSyntax: string;
}

/** Numbers from ../shared/platform-facts.md; docs/platforms.md cites each one. */
export const PLATFORM_SPECS: Record<Platform, PlatformSpec> = {
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    method: 'utf16',
    limits: { post: 3000, thread: 3000, comment: 1250, invite: 300, dm: 1900, newsletter: 125000 },
    profile: {
      headline: { limit: 220, method: 'utf16' },
      bio: { limit: 2600, method: 'utf16' },
      positionTitle: { limit: 100, method: 'utf16' },
      positionDescription: { limit: 2000, method: 'utf16' },
    },
    recommendedHashtags: 5,
    hashtagSyntax: '#Word (letters, digits, _)',
    mentionSyntax: '@Name, picked from the composer',
  },
  x: {
    id: 'x',
    name: 'X',
    method: 'x-weighted',
    limits: { post: 280, thread: 280, comment: 280, dm: 10000 },
    kindMethods: { dm: 'codepoints' },
    profile: {
      displayName: { limit: 50, method: 'codepoints' },
      username: { limit: 15, method: 'codepoints' },
      bio: { limit: 160, method: 'codepoints' },
      location: { limit: 30, method: 'codepoints' },
      website: { limit: 100, method: 'codepoints' },
    },
    recommendedHashtags: 2,
    hashtagSyntax: '#tag (twitter-text: at least one letter)',
    mentionSyntax: '@username (1–15 of A–Z, 0–9, _)',
  },
  mastodon: {
    id: 'mastodon',
    name: 'Mastodon',
    method: 'mastodon',
    limits: { post: 500, thread: 500, comment: 500, dm: 500 },
    profile: {
      displayName: { limit: 30, method: 'codepoints' },
      username: { limit: 30, method: 'codepoints' },
      bio: { limit: 500, method: 'mastodon' },
      fieldName: { limit: 255, method: 'codepoints' },
      fieldValue: { limit: 255, method: 'codepoints' },
    },
    recommendedHashtags: 5,
    hashtagSyntax: '#tag (word characters, at least one letter)',
    mentionSyntax: '@user or @user@instance',
  },
  bluesky: {
    id: 'bluesky',
    name: 'Bluesky',
    method: 'graphemes',
    limits: { post: 300, thread: 300, comment: 300 },
    byteLimit: 3000,
    profile: {
      displayName: { limit: 64, method: 'graphemes', byteLimit: 640 },
      bio: { limit: 256, method: 'graphemes', byteLimit: 2560 },
      username: { limit: 253, method: 'codepoints' },
    },
    recommendedHashtags: 5,
    hashtagSyntax: '#tag after a space, up to 64 characters',
    mentionSyntax: '@handle.domain (a domain name, e.g. @ana.bsky.social)',
  },
  threads: {
    id: 'threads',
    name: 'Threads',
    method: 'threads',
    limits: { post: 500, thread: 500, comment: 500 },
    profile: { bio: { limit: 150, method: 'graphemes' } },
    recommendedHashtags: 1,
    hashtagSyntax: 'one #topic per post',
    mentionSyntax: '@username (letters, digits, _ and .)',
  },
  instagram: {
    id: 'instagram',
    name: 'Instagram',
    method: 'utf16',
    limits: { post: 2200, comment: 2200 },
    profile: {
      displayName: { limit: 30, method: 'utf16' },
      username: { limit: 30, method: 'codepoints' },
      bio: { limit: 150, method: 'utf16' },
    },
    recommendedHashtags: 5,
    maxHashtags: 30,
    maxMentions: 20,
    hashtagSyntax: '#tag (letters, digits, _)',
    mentionSyntax: '@username (letters, digits, _ and ., up to 30)',
  },
  facebook: {
    id: 'facebook',
    name: 'Facebook',
    method: 'utf16',
    limits: { post: 63206, comment: 8000 },
    profile: {},
    recommendedHashtags: 3,
    hashtagSyntax: '#tag (letters, digits, _)',
    mentionSyntax: '@Name, picked from the composer',
  },
};

/** A profile field's limit on a platform, or undefined when the platform has no such field or cap. */
export function profileFieldLimit(platform: Platform, field: ProfileFieldName): Limit | undefined {
  return PLATFORM_SPECS[platform].profile[field];
}

/** Characters as people see them (grapheme clusters). Platform counting is `measure`'s job. */
export function countCharacters(text: string): number {
  return graphemeCount(text);
}
