import { countCharacters, PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath, formatNumber, perPlatform } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

interface Options {
  /** A limit per platform (or one number for all) replacing the platform's own. */
  max?: number | Record<string, number>;
}

/**
 * A post the platform would refuse or cut. Threads are measured part by part, so the finding
 * points at the part that is too long.
 */
const rule: Rule<Options> = {
  id: 'post-length',
  meta: {
    description: 'Text longer than the platform allows for this kind of draft.',
    docs: docsPath('post-length'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'error',
    appliesTo: ['post', 'thread', 'invite', 'dm', 'comment', 'newsletter'],
    category: 'problem',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: {
          anyOf: [
            { type: 'integer', minimum: 1 },
            { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } },
          ],
        },
      },
    },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    for (const platform of context.platforms) {
      const spec = PLATFORM_SPECS[platform];
      const defaultLimit = spec.limits[document.meta.kind];
      if (defaultLimit === undefined && context.options.max === undefined) continue;
      const limit = perPlatform(context.options.max, platform, defaultLimit ?? Infinity);
      document.parts.forEach((part, i) => {
        const length = countCharacters(part.text);
        if (length <= limit) return;
        const where = document.parts.length > 1 ? `Part ${i + 1} of the thread is` : 'This text is';
        context.report({
          message: `${where} ${formatNumber(length)} characters; ${spec.name} allows ${formatNumber(limit)} for ${/^[aeiou]/.test(document.meta.kind) ? 'an' : 'a'} ${document.meta.kind} (${formatNumber(length - limit)} over).`,
          loc: { prose: part, start: indexAfterGraphemes(part.text, limit), end: part.text.length },
        });
      });
    }
  },
};

/** The string index just past the first `count` characters: where the text goes over. */
function indexAfterGraphemes(text: string, count: number): number {
  let seen = 0;
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (seen === count) return index;
    seen++;
  }
  return text.length;
}

export default rule;
