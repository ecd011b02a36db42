import { hashtagReadings, isSingleCase } from '../src/platforms/hashtag-words.js';
import { docsPath, findHashtags, textsOf, type Hashtag } from '../src/rule-helpers.js';
import type { Fix, Prose, Rule } from '../src/types.js';

interface Options {
  /** Tags to leave as they are (brand names), without `#`, compared ignoring case. */
  ignore?: string[];
}

/**
 * A second reading within this cost of the best one (about 20 times less likely) makes the split
 * a judgement call: then the CamelCase forms are suggestions, not a fix.
 */
const AMBIGUITY_MARGIN = 3;

/** Shorter tags are mostly acronyms or single words (#ootd, #tbt, #tech); not worth the list. */
const MIN_LETTERS = 6;

/**
 * `#opentowork` is read by screen readers as one made-up word; `#OpenToWork` word by word. The
 * split comes from English word frequencies (src/platforms/word-segmentation.ts), whose list is
 * read only when a tag written all in one case is seen.
 */
const rule: Rule<Options> = {
  id: 'hashtag-case',
  meta: {
    description: 'A multi-word hashtag written all in lower or upper case instead of CamelCase.',
    docs: docsPath('hashtag-case'),
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'newsletter', 'profile'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { ignore: { type: 'array', items: { type: 'string' } } },
    },
    defaultOptions: { ignore: [] },
  },
  check(context) {
    const ignored = new Set((context.options.ignore ?? []).map((t) => t.replace(/^[#＃]/, '').toLowerCase()));
    const candidates: { prose: Prose; tag: Hashtag }[] = [];
    for (const { prose } of textsOf(context.document)) {
      const seen = new Set<number>();
      for (const platform of context.platforms.length ? context.platforms : [undefined]) {
        for (const tag of findHashtags(prose, platform)) {
          if (seen.has(tag.start)) continue;
          seen.add(tag.start);
          const letters = tag.tag.replace(/[0-9]/g, '').length;
          if (isSingleCase(tag.tag) && letters >= MIN_LETTERS && !ignored.has(tag.tag.toLowerCase())) candidates.push({ prose, tag });
        }
      }
    }
    for (const { prose, tag } of candidates) {
      const likely = hashtagReadings(tag.tag)?.filter((r) => r.margin < AMBIGUITY_MARGIN);
      // The likeliest reading may be the tag as written (#AIML): then nothing to say.
      if (!likely?.length || likely[0]!.text === tag.tag) continue;
      const readings = likely.filter((r) => r.text !== tag.tag);
      const sign = tag.text.charAt(0);
      const loc = { prose, start: tag.start, end: tag.end };
      const fixFor = (text: string) => tagFix(prose, tag, text);
      if (likely.length === 1) {
        const [only] = readings;
        context.report({
          message: `${tag.text} runs words together; write ${sign}${only!.text} so screen readers read it word by word.`,
          loc,
          fix: fixFor(only!.text),
        });
        continue;
      }
      const forms = readings.map((r) => `${sign}${r.text}`);
      context.report({
        message: `${tag.text} runs words together and reads more than one way; write it in CamelCase (${forms.join(' or ')}) so screen readers read it word by word.`,
        loc,
        suggestions: readings.flatMap((r, i) => {
          const fix = fixFor(r.text);
          return fix ? [{ desc: `Write ${forms[i]}`, fix }] : [];
        }),
      });
    }
  },
};

/** Replaces the tag after its `#`, only where the prose is exactly the file's text. */
function tagFix(prose: Prose, tag: Hashtag, text: string): Fix | undefined {
  const from = prose.fileOffset(tag.start + 1);
  const to = prose.fileOffset(tag.end);
  if (from === undefined || to === undefined || to - from !== tag.tag.length) return undefined;
  return { range: [from, to], text };
}

export default rule;
