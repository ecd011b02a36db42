import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { proseEntities, type HashtagEntity } from './platforms/entities.js';
import { PLATFORMS, type JSONSchema, type LintDocument, type Platform, type ProfileField, type Prose } from './types.js';

/** Where a rule's page lives, relative to the package root. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export type Hashtag = HashtagEntity;

/** Hashtags in prose as the platform links them (see src/platforms/entities.ts), shared across rules. */
export function findHashtags(prose: Prose, platform?: Platform): Hashtag[] {
  return proseEntities(prose, platform).hashtags;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

/** Schema of an option that is one number for every platform or an object of numbers by platform. */
export function perPlatformNumberSchema(minimum: number): JSONSchema {
  return {
    anyOf: [
      { type: 'integer', minimum },
      { type: 'object', propertyNames: { enum: [...PLATFORMS] }, additionalProperties: { type: 'integer', minimum } },
    ],
  };
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

const nodesOfTree = new WeakMap<Root, readonly Nodes[]>();

/**
 * Every node of a Markdown tree, the root first, in unist-util-visit's order. Collected in one
 * walk per tree and shared by the rules that look for images, HTML and code blocks, which each
 * walked the whole tree before.
 */
export function treeNodes(tree: Root): readonly Nodes[] {
  let nodes = nodesOfTree.get(tree);
  if (!nodes) {
    const list: Nodes[] = [];
    visit(tree, (node: Nodes) => {
      list.push(node);
    });
    nodesOfTree.set(tree, (nodes = list));
  }
  return nodes;
}
