import path from 'node:path';
import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import type { CrossDocumentRule, Platform, PostDocument, SourceLocation } from '../src/types.js';

interface Options {
  /** The longest gap, in days, between two dated posts on one platform. */
  maxGapDays?: number;
}

const DEFAULTS = { maxGapDays: 14 };
const DAY = 24 * 60 * 60 * 1000;

/** What is kept of each dated post until every file is linted. */
interface Kept {
  time: number;
  date: string;
  name: string;
  loc: { at: SourceLocation; endAt?: SourceLocation };
}

const rule: CrossDocumentRule<Options, Kept> = {
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
  collect(document) {
    if (document.type !== 'post') return undefined;
    const date = document.meta.date ?? document.origin?.date;
    const time = date === undefined ? NaN : Date.parse(date);
    if (Number.isNaN(time)) return undefined;
    return { time, date: date!, name: describe(document), loc: dateLocation(document) };
  },
  checkAll(context) {
    const maxGapDays = context.options.maxGapDays ?? DEFAULTS.maxGapDays;
    const byPlatform = new Map<Platform | '', Kept[]>();
    for (const { document, platforms } of context.documents) {
      for (const platform of platforms.length ? platforms : ['' as const]) {
        const list = byPlatform.get(platform);
        if (list) list.push(document);
        else byPlatform.set(platform, [document]);
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
        context.report(current, {
          message: `${days} days without a post${on} before this one (previous: ${previous.date.slice(0, 10)}, ${previous.name}); your cadence allows at most ${maxGapDays}.`,
          loc: current.loc,
        });
      }
    }
  },
};

/** The `date:` line of the front matter when there is one, else the start of the text. */
function dateLocation(document: PostDocument): Kept['loc'] {
  const yaml = document.tree?.children[0];
  if (yaml?.type === 'yaml' && yaml.position) {
    const index = yaml.value.split('\n').findIndex((line) => /^date\s*:/.test(line));
    if (index !== -1) return { at: { line: yaml.position.start.line + 1 + index, column: 1 } };
  }
  const start = document.body.locate(0);
  return { at: start, endAt: start };
}

function describe(document: PostDocument): string {
  if (document.file) return path.basename(document.file.path);
  return document.origin ? `${path.basename(document.origin.archive)}:${document.origin.entry}` : 'a post';
}

export default rule;
