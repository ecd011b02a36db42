import type { Platform, Prose } from '../types.js';
import { extractUrlsWithIndices, twitterText } from './twitter-text.js';
import { onFirstUse } from '../text/on-first-use.js';
import { graphemeCount } from './unicode.js';

export interface Entity {
  /** The raw slice of the text, `text.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the given text, as JavaScript strings index. */
  start: number;
  end: number;
}

export interface HashtagEntity extends Entity {
  /** Without the `#` or `＃`. */
  tag: string;
}

export interface MentionEntity extends Entity {
  /** `@ana@mastodon.social` → `ana`; a Bluesky `@ana.bsky.social` → `ana.bsky.social`. */
  username: string;
  /** The instance of a fediverse mention. */
  domain?: string;
}

export interface UrlEntity extends Entity {
  /** As written (the scheme is optional). */
  url: string;
}

export interface Entities {
  hashtags: HashtagEntity[];
  mentions: MentionEntity[];
  urls: UrlEntity[];
  /** `$TSLA` on X; empty elsewhere. */
  cashtags: Entity[];
}

/**
 * Hashtags, mentions, URLs and cashtags as the platform itself would link them. X uses the official
 * twitter-text; Mastodon and Bluesky follow their own parsers' rules; the platforms that publish
 * none get a conservative reading. Without a platform, the general reading (with fediverse mentions).
 */
export function extractEntities(text: string, options: { platform?: Platform } = {}): Entities {
  switch (options.platform) {
    case 'x':
      return xEntities(text);
    case 'mastodon':
      return mastodonEntities(text);
    case 'bluesky':
      return blueskyEntities(text);
    case undefined:
      return generalEntities(text, true);
    default:
      return generalEntities(text, false);
  }
}

const memo = new WeakMap<Prose, Map<Platform | '', Entities>>();

/**
 * Memoised per Prose object and platform (WeakMap), so all rules share one extraction per text.
 * The readings that differ only in what they keep share one pass: LinkedIn, Threads, Instagram and
 * Facebook keep the general reading's mentions without an instance, and Bluesky's URLs are the
 * general reading's (both take URLs without a scheme); a draft meant for LinkedIn that holds an `@`
 * is otherwise read twice, by its platform and by mention-format's general reading.
 */
export function proseEntities(prose: Prose, platform?: Platform): Entities {
  let perPlatform = memo.get(prose);
  if (!perPlatform) memo.set(prose, (perPlatform = new Map()));
  let entities = perPlatform.get(platform ?? '');
  if (!entities) {
    if (platform === undefined) {
      entities = generalEntities(prose.text, true);
    } else if (isGeneralPlatform(platform)) {
      entities = withoutFediverse(proseEntities(prose));
    } else if (platform === 'bluesky') {
      const general = perPlatform.get('');
      entities = blueskyEntities(prose.text, general && [...general.urls]);
    } else {
      entities = extractEntities(prose.text, { platform });
    }
    perPlatform.set(platform ?? '', entities);
  }
  return entities;
}

function isGeneralPlatform(platform: Platform): boolean {
  return platform !== 'x' && platform !== 'mastodon' && platform !== 'bluesky';
}

/** generalEntities(text, false) from generalEntities(text, true): the same pass, without the mentions that have an instance. */
function withoutFediverse(general: Entities): Entities {
  return { hashtags: [...general.hashtags], mentions: general.mentions.filter((m) => !m.domain), urls: [...general.urls], cashtags: [] };
}

// One pass through twitter-text's extractEntitiesWithIndices (URLs without a scheme included, its
// default), which drops overlapping entities as X does: in `#tag一example.com` the tag wins.
function xEntities(text: string): Entities {
  const entities: Entities = { hashtags: [], mentions: [], urls: [], cashtags: [] };
  for (const e of twitterText().extractEntitiesWithIndices(text)) {
    const [start, end] = e.indices;
    const base = { text: text.slice(start, end), start, end };
    if ('hashtag' in e) entities.hashtags.push({ ...base, tag: e.hashtag });
    else if ('screenName' in e) entities.mentions.push({ ...base, username: e.screenName });
    else if ('url' in e) entities.urls.push({ ...base, url: e.url });
    else if ('cashtag' in e) entities.cashtags.push(base);
  }
  return entities;
}

/** URLs with or without a scheme, by twitter-text's well-kept URL grammar (TLD list included). */
function findUrls(text: string, schemeRequired: boolean): UrlEntity[] {
  return extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: !schemeRequired })
    .map(({ url, indices: [start, end] }) => ({ text: text.slice(start, end), start, end, url }));
}

const outside = (urls: Entity[]) => (e: Entity) => !urls.some((u) => e.start < u.end && u.start < e.end);

// Every hashtag the expressions below match holds `#` or `＃`, and every mention `@` (no other
// character case-folds to them). V8 parses each of these Unicode expressions when it is made and
// compiles it on first use, a millisecond or more that no code cache keeps, and most drafts have no
// mention and many no tag; so each is made on first use and run only past its gate.
export const mayHoldHashtag = (text: string) => text.includes('#') || text.includes('＃');
export const mayHoldMention = (text: string) => text.includes('@');

// Mastodon's HASHTAG_RE and MENTION_RE (app/models/tag.rb, account.rb): a tag of word characters
// (with middle dots and ZWNJ inside) holding a letter; a username, optionally `@domain`.
const MASTODON_HASHTAG = onFirstUse(() => /(?<![/)\p{L}\p{M}\p{N}_])[#＃]([\p{L}\p{M}\p{N}_](?:[\p{L}\p{M}\p{N}_·\u200c]*[\p{L}\p{M}\p{N}_])?)/gu);
const MASTODON_MENTION = onFirstUse(() => /(?<![=/\p{L}\p{M}\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@([\p{L}\p{M}\p{N}_.-]+[\p{L}\p{M}\p{N}_]))?/giu);

function mastodonEntities(text: string): Entities {
  // Mastodon links (and counts as 23) only URLs with a scheme.
  const urls = findUrls(text, true);
  const hashtags = (mayHoldHashtag(text) ? [...text.matchAll(MASTODON_HASHTAG())] : [])
    .filter((m) => /\p{L}/u.test(m[1]!))
    .map((m) => hashtag(m, m[1]!))
    .filter(outside(urls));
  const mentions = (mayHoldMention(text) ? [...text.matchAll(MASTODON_MENTION())] : [])
    .map((m): MentionEntity => ({ ...span(m), username: m[1]!, ...(m[2] ? { domain: m[2] } : {}) }))
    .filter(outside(urls));
  return { hashtags, mentions, urls, cashtags: [] };
}

// Bluesky's rich-text detection (atproto `packages/api/src/rich-text`): a tag follows the start or
// white space, runs to white space, holds something other than digits and punctuation, loses its
// trailing punctuation and is at most 64 characters; a mention is `@` and a domain-name handle.
const INVISIBLE = '\\u00ad\\u2060\\u200a\\u200b\\u200c\\u200d\\u20e2';
const BLUESKY_HASHTAG = onFirstUse(() => new RegExp(`(?<=^|\\s)[#＃]((?!\\ufe0f)[^\\s${INVISIBLE}]*[^\\d\\s\\p{P}${INVISIBLE}]+[^\\s${INVISIBLE}]*)`, 'gu'));
const BLUESKY_MENTION = onFirstUse(() => /(?<=^|\s|\()@([a-zA-Z0-9.-]+)\b/g);
const HANDLE = onFirstUse(() => /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/i);

/** A Bluesky handle: a domain name of at least two labels whose last one starts with a letter. */
export function isBlueskyHandle(handle: string): boolean {
  return handle.length <= 253 && HANDLE().test(handle);
}

function blueskyEntities(text: string, urls = findUrls(text, false)): Entities {
  const hashtags: HashtagEntity[] = [];
  for (const m of mayHoldHashtag(text) ? text.matchAll(BLUESKY_HASHTAG()) : []) {
    const tag = m[1]!.replace(/\p{P}+$/u, '');
    if (!tag || graphemeCount(tag) > 64) continue;
    const start = m.index!;
    const end = start + 1 + tag.length;
    hashtags.push({ text: text.slice(start, end), start, end, tag });
  }
  const mentions = (mayHoldMention(text) ? [...text.matchAll(BLUESKY_MENTION())] : [])
    .filter((m) => isBlueskyHandle(m[1]!))
    .map((m): MentionEntity => ({ ...span(m), username: m[1]! }));
  return { hashtags: hashtags.filter(outside(urls)), mentions: mentions.filter(outside(urls)), urls, cashtags: [] };
}

// LinkedIn, Threads, Instagram and Facebook publish no grammar: a tag of letters, marks, digits and
// `_` with at least one letter, not glued to a word (`C#`, `a#b`); a mention of letters, digits,
// `_` and inner dots, not inside an email address.
const GENERAL_HASHTAG = onFirstUse(() => /(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃]([\p{L}\p{M}\p{N}_]+)/gu);
const GENERAL_MENTION = onFirstUse(() => /(?<![\p{L}\p{M}\p{N}_.@/])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)(?:@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))?(?![\p{L}\p{N}_@])/giu);

function generalEntities(text: string, fediverse: boolean): Entities {
  const urls = findUrls(text, false);
  const hashtags = (mayHoldHashtag(text) ? [...text.matchAll(GENERAL_HASHTAG())] : [])
    .filter((m) => /\p{L}/u.test(m[1]!))
    .map((m) => hashtag(m, m[1]!))
    .filter(outside(urls));
  const mentions = (mayHoldMention(text) ? [...text.matchAll(GENERAL_MENTION())] : [])
    .filter((m) => fediverse || !m[2])
    .map((m): MentionEntity => ({ ...span(m), username: m[1]!, ...(m[2] ? { domain: m[2] } : {}) }))
    .filter(outside(urls));
  return { hashtags, mentions, urls, cashtags: [] };
}

/** The expressions each gate stands before, for the test that no gate refuses a text they match. */
export function gatedPatterns(): { hashtag: RegExp[]; mention: RegExp[] } {
  return { hashtag: [MASTODON_HASHTAG(), BLUESKY_HASHTAG(), GENERAL_HASHTAG()], mention: [MASTODON_MENTION(), BLUESKY_MENTION(), GENERAL_MENTION()] };
}

function span(m: RegExpMatchArray): Entity {
  return { text: m[0], start: m.index!, end: m.index! + m[0].length };
}

function hashtag(m: RegExpMatchArray, tag: string): HashtagEntity {
  return { ...span(m), tag };
}
