import { PLATFORM_SPECS, proseEntities } from '../src/platforms/index.js';
import { docsPath, perPlatform, perPlatformNumberSchema } from '../src/rule-helpers.js';
import type { Platform, Rule } from '../src/types.js';

interface Options {
  /** At most this many people mentioned in one post, per platform or one number for all. */
  max?: number | Record<string, number>;
}

/** Tagging people who are not in the post reads as tag spam; networking guides suggest a handful. */
const DEFAULT_MAX = 5;

/**
 * Too many people mentioned in one post: tag spam, and on Instagram past 20 the post fails. Counts
 * distinct accounts as the platform links them, so `@ana` twice is one person.
 */
const rule: Rule<Options> = {
  id: 'mention-count',
  meta: {
    description: 'More people mentioned in one post than is sensible (or than the platform accepts).',
    docs: docsPath('mention-count'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: perPlatformNumberSchema(0),
      },
    },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const platforms: (Platform | undefined)[] = context.platforms.length ? context.platforms : [undefined];
    for (const platform of platforms) {
      const spec = platform ? PLATFORM_SPECS[platform] : undefined;
      const max = platform ? perPlatform(context.options.max, platform, DEFAULT_MAX) : typeof context.options.max === 'number' ? context.options.max : DEFAULT_MAX;
      for (const part of document.parts) {
        const people = new Map<string, { start: number; end: number }>();
        for (const m of proseEntities(part, platform).mentions) {
          const key = `${m.username}@${m.domain ?? ''}`.toLowerCase();
          if (!people.has(key)) people.set(key, m);
        }
        const mentions = [...people.values()];
        const hard = spec?.maxMentions !== undefined && mentions.length > spec.maxMentions;
        const limit = hard ? spec!.maxMentions! : max;
        if (mentions.length <= limit) continue;
        context.report({
          message: hard
            ? `${mentions.length} people mentioned: ${spec!.name} rejects posts that mention more than ${limit}.`
            : `${mentions.length} people mentioned in one post${spec ? ` on ${spec.name}` : ''}; more than ${limit} reads as tag spam. Mention only the people the post is about.`,
          loc: { prose: part, start: mentions[limit]!.start, end: mentions.at(-1)!.end },
          ...(hard ? { severity: 'error' as const } : {}),
        });
      }
    }
  },
};

export default rule;
