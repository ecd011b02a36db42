import type { DraftKind, Platform } from '../types.js';
import { extractEntities } from './entities.js';
import { PLATFORM_SPECS, type CountingMethod } from './specs.js';
import type { ParseTweetOptions } from 'twitter-text';
import { twitterText } from './twitter-text.js';
import { codePointCount, graphemeCount, graphemesOf, threadsLength, utf8Length } from './unicode.js';

/** Settings shared by all rules that change a platform's limits. */
export interface PlatformSettings {
  /** LinkedIn free accounts get 200 characters for an invite note instead of 300. */
  linkedinAccount?: 'free' | 'premium';
  /** The instance's `configuration.statuses.max_characters` (500 on mastodon.social). */
  mastodonMaxCharacters?: number;
  /** Paid X accounts may post up to 25,000. */
  xAccount?: 'free' | 'premium';
}

export interface MeasureOptions {
  platform: Platform;
  kind?: DraftKind;
  settings?: PlatformSettings | Record<string, unknown>;
}

export interface Measurement {
  /** The length as the platform counts it. */
  length: number;
  /** The platform's limit for this kind, undefined when it has none. */
  limit: number | undefined;
  /** By how much the text is over the limit; 0 when it fits. */
  over: number;
  method: CountingMethod;
  /** UTF-8 size and cap, where the platform also caps bytes (Bluesky). */
  bytes?: number;
  byteLimit?: number;
}

const URL_WEIGHT = 23;

/** How long a text is for a platform and kind of draft, and whether it fits. */
export function measure(text: string, options: MeasureOptions): Measurement {
  const kind = options.kind ?? 'post';
  const spec = PLATFORM_SPECS[options.platform];
  const method = spec.kindMethods?.[kind] ?? spec.method;
  const limit = limitFor(options.platform, kind, (options.settings ?? {}) as PlatformSettings);
  const length = countIn(text, method);
  const measurement: Measurement = { length, limit, over: limit === undefined ? 0 : Math.max(0, length - limit), method };
  if (spec.byteLimit !== undefined) {
    measurement.bytes = utf8Length(text);
    measurement.byteLimit = spec.byteLimit;
  }
  return measurement;
}

function limitFor(platform: Platform, kind: DraftKind, settings: PlatformSettings): number | undefined {
  const base = PLATFORM_SPECS[platform].limits[kind];
  if (base === undefined) return undefined;
  if (platform === 'linkedin' && kind === 'invite' && settings.linkedinAccount === 'free') return 200;
  if (platform === 'mastodon' && typeof settings.mastodonMaxCharacters === 'number') return settings.mastodonMaxCharacters;
  if (platform === 'x' && settings.xAccount === 'premium' && kind !== 'dm') return 25000;
  return base;
}

/** A text's length by one counting method. */
export function countIn(text: string, method: CountingMethod): number {
  switch (method) {
    case 'x-weighted':
      return twitterText().parseTweet(text).weightedLength;
    case 'graphemes':
      return graphemeCount(text);
    case 'mastodon':
      return graphemeCount(mastodonCountable(text));
    case 'threads':
      return threadsLength(text);
    case 'codepoints':
      return codePointCount(text);
    case 'utf16':
      return text.length;
  }
}

/**
 * Mastodon's StatusLengthValidator: each URL with a scheme stands for 23 characters and a remote
 * mention for its local part, then grapheme clusters are counted.
 */
function mastodonCountable(text: string): string {
  const { urls, mentions } = extractEntities(text, { platform: 'mastodon' });
  const edits = [
    ...urls.map((u) => ({ start: u.start, end: u.end, text: 'x'.repeat(URL_WEIGHT) })),
    ...mentions.filter((m) => m.domain).map((m) => ({ start: m.start, end: m.end, text: `@${m.username}` })),
  ].sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * Where a text goes over: the UTF-16 offset just past the longest run of whole characters from the
 * start that fits `limit` by `method` (and `byteLimit` in UTF-8). `text.length` when it all fits.
 */
export function overflowIndex(text: string, method: CountingMethod, limit: number, byteLimit?: number): number {
  if (method === 'x-weighted' && byteLimit === undefined && Number.isFinite(limit) && text.normalize('NFC') === text) {
    return xOverflowIndex(text, limit);
  }
  const fits = (end: number) => {
    const prefix = text.slice(0, end);
    return countIn(prefix, method) <= limit && (byteLimit === undefined || utf8Length(prefix) <= byteLimit);
  };
  if (fits(text.length)) return text.length;
  const boundaries = graphemesOf(text).map((g) => g.index);
  let low = 0;
  let high = boundaries.length - 1;
  // Boundary `low` always fits (the empty prefix does); find the last one that does.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(boundaries[mid]!)) low = mid;
    else high = mid - 1;
  }
  return boundaries[low]!;
}

/**
 * X's own answer: twitter-text's valid range, so a URL that crosses the limit counts as over from its
 * first character, as X shows it. Its indices are exact only on text that NFC leaves alone; the
 * end is moved back to a grapheme boundary so no character is split.
 */
function xOverflowIndex(text: string, limit: number): number {
  const tt = twitterText();
  // `configs` (the v3 weights) is exported at run time but missing from @types/twitter-text.
  const { defaults } = (tt as unknown as { configs: { defaults: ParseTweetOptions } }).configs;
  const parsed = tt.parseTweet(text, { ...defaults, maxWeightedTweetLength: limit });
  if (parsed.weightedLength <= limit) return text.length;
  const end = parsed.validRangeEnd + 1;
  let boundary = 0;
  for (const { index } of graphemesOf(text)) {
    if (index > end) break;
    boundary = index;
  }
  return boundary;
}
