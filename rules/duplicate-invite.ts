import path from 'node:path';
import { docsPath } from '../src/rule-helpers.js';
import { GREETING_WORDS } from '../src/text/invite-cues.js';
import { nearDuplicateOptionsSchema, shingleKeys, similarKeyPairs, type NearDuplicateOptions, type ShingleKeys } from '../src/text/near-duplicates.js';
import { nameWords, proseWords } from '../src/text/similarity.js';
import type { CrossDocumentRule, PostDocument, SourceLocation } from '../src/types.js';

const DEFAULTS = { threshold: 0.6, minWords: 6 };

/** What is kept of each note until every file is linted: its shingles, its recipient, where to report. */
interface Kept extends ShingleKeys {
  to?: string;
  name: string;
  at: SourceLocation;
  endAt: SourceLocation;
}

const rule: CrossDocumentRule<NearDuplicateOptions, Kept> = {
  id: 'duplicate-invite',
  meta: {
    description: 'The same invite or first message, near-duplicates included, sent to several people.',
    docs: docsPath('duplicate-invite'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['invite', 'dm'],
    category: 'suggestion',
    crossDocument: true,
    schema: nearDuplicateOptionsSchema,
    defaultOptions: DEFAULTS,
  },
  collect(document, context) {
    if (document.type !== 'post') return undefined;
    const keys = shingleKeys(proseWords(document.body), { drop: [...GREETING_WORDS, ...nameWords(document.meta.to)] });
    // Too short to compare: nothing to keep.
    if (keys.count < (context.options.minWords ?? DEFAULTS.minWords)) return undefined;
    const prose = document.body;
    const start = prose.text.length - prose.text.trimStart().length;
    const to = document.meta.to;
    // One literal of fixed shape: a spread gave every record a hidden class of its own (~200 bytes).
    return { keys: keys.keys, count: keys.count, to, name: describe(document), at: prose.locate(start), endAt: prose.locate(lineEnd(prose.text, start)) };
  },
  checkAll(context) {
    const notes = context.documents.map(({ document }) => document);
    const pairs = similarKeyPairs(
      notes.map((kept) => ({ item: kept, keys: kept.keys, count: kept.count })),
      { threshold: context.options.threshold ?? DEFAULTS.threshold, minWords: context.options.minWords ?? DEFAULTS.minWords },
    );
    const alike = new Map<Kept, Kept[]>();
    for (const { a, b } of pairs) {
      // The same note redrafted for the same person is not sending it to several people.
      if (a.to && b.to && a.to.toLowerCase() === b.to.toLowerCase()) continue;
      for (const [one, other] of [[a, b], [b, a]] as const) {
        const list = alike.get(one);
        if (list) list.push(other);
        else alike.set(one, [other]);
      }
    }
    for (const [kept, others] of alike) {
      const names = others.map((other) => other.name);
      const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
      context.report(kept, {
        message: `Nearly the same note as the one${others.length > 1 ? 's' : ''} to ${shown}: the same text sent to several people reads as generic. Write each one for its reader.`,
        loc: { at: kept.at, endAt: kept.endAt },
      });
    }
  },
};

function describe(document: PostDocument): string {
  const file = document.file ? path.basename(document.file.path) : document.origin?.entry;
  if (document.meta.to && file) return `${document.meta.to} (${file})`;
  return document.meta.to ?? file ?? 'another recipient';
}

function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

export default rule;
