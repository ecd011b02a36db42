import path from 'node:path';
import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import { nearDuplicateOptionsSchema, similarPairs, type NearDuplicateOptions } from '../src/text/near-duplicates.js';
import { proseWords } from '../src/text/similarity.js';
import type { CrossDocumentRule, Platform, PostDocument } from '../src/types.js';

const DEFAULTS = { threshold: 0.6, minWords: 8 };

const rule: CrossDocumentRule<NearDuplicateOptions> = {
  id: 'duplicate-post',
  meta: {
    description: 'Near-identical posts for the same platform.',
    docs: docsPath('duplicate-post'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'newsletter'],
    category: 'suggestion',
    crossDocument: true,
    schema: nearDuplicateOptionsSchema,
    defaultOptions: DEFAULTS,
  },
  checkAll(context) {
    const platformsOf = new Map<PostDocument, Platform[]>();
    for (const { document, platforms } of context.documents) if (document.type === 'post') platformsOf.set(document, platforms);
    const pairs = similarPairs(
      [...platformsOf.keys()].map((document) => ({ item: document, text: document.body.text, words: proseWords(document.body) })),
      { threshold: context.options.threshold ?? DEFAULTS.threshold, minWords: context.options.minWords ?? DEFAULTS.minWords },
    );
    const alike = new Map<PostDocument, { other: PostDocument; similarity: number; shared: Platform[] }[]>();
    for (const { a, b, similarity } of pairs) {
      // Cross-posting one text to several networks is normal; the same text twice on one is not.
      const pa = platformsOf.get(a)!;
      const pb = platformsOf.get(b)!;
      const shared = pa.filter((p) => pb.includes(p));
      if (pa.length > 0 && pb.length > 0 && shared.length === 0) continue;
      for (const [one, other] of [[a, b], [b, a]] as const) {
        const list = alike.get(one);
        if (list) list.push({ other, similarity, shared });
        else alike.set(one, [{ other, similarity, shared }]);
      }
    }
    for (const [document, matches] of alike) {
      const [closest] = matches.sort((x, y) => y.similarity - x.similarity);
      const { other, similarity, shared } = closest!;
      const more = matches.length > 1 ? ` and ${matches.length - 1} more` : '';
      const where = shared.length ? ` on ${shared.map((p) => PLATFORM_SPECS[p].name).join(' and ')}` : '';
      const prose = document.body;
      const start = prose.text.length - prose.text.trimStart().length;
      const newline = prose.text.indexOf('\n', start);
      context.report(document, {
        message: `Nearly the same post as ${describe(other)} (${Math.round(similarity * 100)}% alike)${more}: the same text twice${where} reads as spam and splits the replies. Merge them or change one.`,
        loc: { prose, start, end: newline === -1 ? prose.text.length : newline },
      });
    }
  },
};

function describe(document: PostDocument): string {
  if (document.file) return path.basename(document.file.path);
  if (document.origin) return `${path.basename(document.origin.archive)}:${document.origin.entry}`;
  return 'another post';
}

export default rule;
