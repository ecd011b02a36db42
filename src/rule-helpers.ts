import type { LintDocument, Platform, ProfileField, Prose } from './types.js';

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

export interface LabelledProse {
  /** What the text is, for messages: "post", "headline", "position 2 description". */
  label: string;
  prose: Prose;
}

/**
 * Every piece of free text in a document, so rules about what people write (oversharing, tone)
 * read drafts and profile fields alike. Thread parts are given separately for their positions.
 */
export function textsOf(document: LintDocument): LabelledProse[] {
  if (document.type === 'post') {
    return document.parts.map((prose, i) => ({ label: document.parts.length > 1 ? `part ${i + 1}` : document.meta.kind, prose }));
  }
  const p = document.profile;
  const texts: LabelledProse[] = [];
  const add = (label: string, field: ProfileField | undefined) => {
    if (field && field.value.trim()) texts.push({ label, prose: field.prose });
  };
  add('display name', p.displayName);
  add('username', p.username);
  add('headline', p.headline);
  add('bio', p.bio);
  add('location', p.location);
  add('industry', p.industry);
  p.websites.forEach((w, i) => add(`website ${i + 1}`, w));
  p.fields.forEach((f, i) => {
    add(`profile field ${i + 1} name`, f.name);
    add(`profile field ${i + 1} value`, f.value);
  });
  p.positions.forEach((pos, i) => {
    add(`position ${i + 1} title`, pos.title);
    add(`position ${i + 1} description`, pos.description);
  });
  p.education.forEach((edu, i) => add(`education ${i + 1} notes`, edu.notes));
  p.skills.forEach((s, i) => add(`skill ${i + 1}`, s));
  return texts;
}
