import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath, findHashtags, perPlatform, perPlatformNumberSchema } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

interface Options {
  /** At most this many hashtags, per platform or one number for all. */
  max?: number | Record<string, number>;
}

/** Too many hashtags read as spam, and platforms with a hard cap reject the post outright. */
const rule: Rule<Options> = {
  id: 'hashtag-count',
  meta: {
    description: 'More hashtags than recommended for the platform (or than it accepts).',
    docs: docsPath('hashtag-count'),
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
    for (const platform of context.platforms) {
      const spec = PLATFORM_SPECS[platform];
      const max = perPlatform(context.options.max, platform, spec.recommendedHashtags);
      for (const part of document.parts) {
        const tags = findHashtags(part, platform);
        const hard = spec.maxHashtags !== undefined && tags.length > spec.maxHashtags;
        if (hard) {
          context.report({
            message: `${tags.length} hashtags: ${spec.name} rejects posts with more than ${spec.maxHashtags}.`,
            loc: { prose: part, start: tags[spec.maxHashtags!]!.start, end: tags.at(-1)!.end },
            severity: 'error',
          });
        } else if (tags.length > max) {
          context.report({
            message: `${tags.length} hashtags; ${spec.name} posts read best with at most ${max}. Keep the most relevant ones.`,
            loc: { prose: part, start: tags[max]!.start, end: tags.at(-1)!.end },
          });
        }
      }
    }
  },
};

export default rule;
