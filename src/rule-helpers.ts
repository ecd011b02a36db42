import type { Platform, Prose } from './types.js';

/** Where a rule's page lives, relative to the package root. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export interface Hashtag {
  /** Without the `#`. */
  tag: string;
  start: number;
  end: number;
}

/**
 * Hashtags in prose: `#` after a non-word character, then letters, digits or `_` with at least
 * one letter (`#2024` is not a hashtag on any platform).
 */
export function findHashtags(prose: Prose): Hashtag[] {
  const found: Hashtag[] = [];
  for (const match of prose.text.matchAll(/(?<![\p{L}\p{N}_&/#＃])[#＃]([\p{L}\p{M}\p{N}_]+)/gu)) {
    const tag = match[1]!;
    if (!/\p{L}/u.test(tag)) continue;
    found.push({ tag, start: match.index!, end: match.index! + match[0].length });
  }
  return found;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** A per-platform number from options, else the default table. */
export function perPlatform(option: unknown, platform: Platform, fallback: number): number {
  if (typeof option === 'number') return option;
  if (option && typeof option === 'object' && platform in option) return (option as Record<string, number>)[platform]!;
  return fallback;
}
