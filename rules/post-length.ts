import { measure, METHOD_DESCRIPTIONS, overflowIndex, PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath, formatNumber, perPlatform, perPlatformNumberSchema } from '../src/rule-helpers.js';
import type { DraftKind, Rule } from '../src/types.js';

interface Options {
  /** A limit per platform (or one number for all) replacing the platform's own. */
  max?: number | Record<string, number>;
}

/** What the text is called in messages, so an invite reads "This invite note is …". */
const KIND_NAMES: Record<DraftKind, string> = {
  post: 'post',
  thread: 'post',
  invite: 'invite note',
  dm: 'message',
  comment: 'comment',
  newsletter: 'newsletter',
};

const article = (noun: string) => (/^[aeiou]/.test(noun) ? 'an' : 'a');

/**
 * A post the platform would refuse or cut, counted the way the platform counts (see
 * src/platforms/measure.ts). Threads are measured part by part, so the finding points at the first
 * character past the limit in the part that is too long.
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
        max: perPlatformNumberSchema(1),
      },
    },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const kind = document.meta.kind;
    const noun = KIND_NAMES[kind];
    for (const platform of context.platforms) {
      const spec = PLATFORM_SPECS[platform];
      document.parts.forEach((part, i) => {
        const m = measure(part.text, { platform, kind, settings: context.settings });
        const limit = m.limit === undefined && context.options.max === undefined ? undefined : perPlatform(context.options.max, platform, m.limit ?? Infinity);
        const charsOver = limit !== undefined && m.length > limit;
        const bytesOver = m.bytes !== undefined && m.byteLimit !== undefined && m.bytes > m.byteLimit;
        if (!charsOver && !bytesOver) return;
        const where = document.parts.length > 1 ? `Part ${i + 1} of the thread is` : `This ${noun} is`;
        const start = overflowIndex(part.text, m.method, limit ?? Infinity, m.byteLimit);
        const message = charsOver
          ? `${where} ${formatNumber(m.length)} characters; ${spec.name} allows ${formatNumber(limit!)} for ${article(noun)} ${noun} (${formatNumber(m.length - limit!)} over; ${METHOD_DESCRIPTIONS[m.method]}).`
          : `${where} ${formatNumber(m.bytes!)} bytes in UTF-8; ${spec.name} allows ${formatNumber(m.byteLimit!)} bytes whatever the character count (${formatNumber(m.bytes! - m.byteLimit!)} over).`;
        context.report({ message, loc: { prose: part, start, end: part.text.length } });
      });
    }
  },
};

export default rule;
