import path from 'node:path';
import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import type { CrossDocumentRule, Platform, PostDocument, ReportLocation } from '../src/types.js';

interface Options {
  /** The longest gap, in days, between two dated posts on one platform. */
  maxGapDays?: number;
}

const DEFAULTS = { maxGapDays: 14 };
const DAY = 24 * 60 * 60 * 1000;

const rule: CrossDocumentRule<Options> = {
  id: 'posting-cadence',
  meta: {
    description: 'Gaps longer than a chosen maximum between dated drafts on a platform (off by default).',
    docs: docsPath('posting-cadence'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'off',
    appliesTo: ['post', 'thread', 'newsletter'],
    category: 'suggestion',
    crossDocument: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxGapDays: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: DEFAULTS,
  },
  checkAll(context) {
    const maxGapDays = context.options.maxGapDays ?? DEFAULTS.maxGapDays;
    const byPlatform = new Map<Platform | '', { document: PostDocument; time: number; date: string }[]>();
    for (const { document, platforms } of context.documents) {
      if (document.type !== 'post') continue;
      const date = document.meta.date ?? document.origin?.date;
      const time = date === undefined ? NaN : Date.parse(date);
      if (Number.isNaN(time)) continue;
      for (const platform of platforms.length ? platforms : ['' as const]) {
        const list = byPlatform.get(platform);
        if (list) list.push({ document, time, date: date! });
        else byPlatform.set(platform, [{ document, time, date: date! }]);
      }
    }
    for (const [platform, posts] of byPlatform) {
      posts.sort((a, b) => a.time - b.time);
      for (let i = 1; i < posts.length; i++) {
        const previous = posts[i - 1]!;
        const current = posts[i]!;
        const days = Math.floor((current.time - previous.time) / DAY);
        if (days <= maxGapDays) continue;
        const on = platform ? ` on ${PLATFORM_SPECS[platform].name}` : '';
        context.report(current.document, {
          message: `${days} days without a post${on} before this one (previous: ${previous.date.slice(0, 10)}, ${describe(previous.document)}); your cadence allows at most ${maxGapDays}.`,
          loc: dateLocation(current.document),
        });
      }
    }
  },
};

/** The `date:` line of the front matter when there is one, else the start of the text. */
function dateLocation(document: PostDocument): ReportLocation {
  const yaml = document.tree?.children[0];
  if (yaml?.type === 'yaml' && yaml.position) {
    const index = yaml.value.split('\n').findIndex((line) => /^date\s*:/.test(line));
    if (index !== -1) return { at: { line: yaml.position.start.line + 1 + index, column: 1 } };
  }
  return { prose: document.body, start: 0 };
}

function describe(document: PostDocument): string {
  if (document.file) return path.basename(document.file.path);
  return document.origin ? `${path.basename(document.origin.archive)}:${document.origin.entry}` : 'a post';
}

export default rule;
