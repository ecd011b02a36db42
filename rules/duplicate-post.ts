import path from 'node:path';
import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import { forEachSimilarPair, nearDuplicateOptionsSchema, shingleKeys, type NearDuplicateOptions, type ShingleKeys } from '../src/text/near-duplicates.js';
import { proseWords } from '../src/text/similarity.js';
import type { CrossDocumentRule, PostDocument, SourceLocation } from '../src/types.js';

const DEFAULTS = { threshold: 0.6, minWords: 8 };

/** What is kept of each post until every file is linted: its shingles, a name and where to report. */
interface Kept extends ShingleKeys {
  name: string;
  at: SourceLocation;
  endAt: SourceLocation;
}

const rule: CrossDocumentRule<NearDuplicateOptions, Kept> = {
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
  collect(document, context) {
    if (document.type !== 'post') return undefined;
    const keys = shingleKeys(proseWords(document.body));
    // Too short to compare: nothing to keep.
    if (keys.count < (context.options.minWords ?? DEFAULTS.minWords)) return undefined;
    const prose = document.body;
    const start = prose.text.length - prose.text.trimStart().length;
    const newline = prose.text.indexOf('\n', start);
    return { keys: keys.keys, count: keys.count, name: describe(document), at: prose.locate(start), endAt: prose.locate(newline === -1 ? prose.text.length : newline) };
  },
  checkAll(context) {
    const kept = context.documents.map(({ document }) => document);
    const platforms = context.documents.map((entry) => entry.platforms);
    // Per post: how many others match, and the closest (the earliest of equals), not every pair.
    const matches = new Int32Array(kept.length);
    const closest = new Int32Array(kept.length);
    const similarityOf = new Float64Array(kept.length);
    const consider = (one: number, other: number, similarity: number) => {
      if (matches[one]!++ === 0 || similarity > similarityOf[one]! || (similarity === similarityOf[one] && other < closest[one]!)) {
        closest[one] = other;
        similarityOf[one] = similarity;
      }
    };
    const options = { threshold: context.options.threshold ?? DEFAULTS.threshold, minWords: context.options.minWords ?? DEFAULTS.minWords };
    forEachSimilarPair(kept, options, (a, b, similarity) => {
      // Cross-posting one text to several networks is normal; the same text twice on one is not.
      if (platforms[a]!.length > 0 && platforms[b]!.length > 0 && !platforms[a]!.some((p) => platforms[b]!.includes(p))) return;
      consider(a, b, similarity);
      consider(b, a, similarity);
    });
    kept.forEach((post, i) => {
      if (matches[i] === 0) return;
      const other = closest[i]!;
      const shared = platforms[Math.min(i, other)]!.filter((p) => platforms[Math.max(i, other)]!.includes(p));
      const more = matches[i]! > 1 ? ` and ${matches[i]! - 1} more` : '';
      const where = shared.length ? ` on ${shared.map((p) => PLATFORM_SPECS[p].name).join(' and ')}` : '';
      context.report(post, {
        message: `Nearly the same post as ${kept[other]!.name} (${Math.round(similarityOf[i]! * 100)}% alike)${more}: the same text twice${where} reads as spam and splits the replies. Merge them or change one.`,
        loc: { at: post.at, endAt: post.endAt },
      });
    });
  },
};

function describe(document: PostDocument): string {
  if (document.file) return path.basename(document.file.path);
  if (document.origin) return `${path.basename(document.origin.archive)}:${document.origin.entry}`;
  return 'another post';
}

export default rule;
