import path from 'node:path';
import { docsPath } from '../src/rule-helpers.js';
import { GREETING_WORDS } from '../src/text/invite-cues.js';
import { nearDuplicateOptionsSchema, similarPairs, type NearDuplicateOptions } from '../src/text/near-duplicates.js';
import { nameWords, proseWords } from '../src/text/similarity.js';
import type { CrossDocumentRule, PostDocument } from '../src/types.js';

const DEFAULTS = { threshold: 0.6, minWords: 6 };

const rule: CrossDocumentRule<NearDuplicateOptions> = {
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
  checkAll(context) {
    const notes = context.documents
      .map(({ document }) => document)
      .filter((document): document is PostDocument => document.type === 'post');
    const pairs = similarPairs(
      notes.map((document) => ({ item: document, text: document.body.text, words: proseWords(document.body), drop: [...GREETING_WORDS, ...nameWords(document.meta.to)] })),
      { threshold: context.options.threshold ?? DEFAULTS.threshold, minWords: context.options.minWords ?? DEFAULTS.minWords },
    );
    const alike = new Map<PostDocument, PostDocument[]>();
    for (const { a, b } of pairs) {
      // The same note redrafted for the same person is not sending it to several people.
      if (a.meta.to && b.meta.to && a.meta.to.toLowerCase() === b.meta.to.toLowerCase()) continue;
      for (const [one, other] of [[a, b], [b, a]] as const) {
        const list = alike.get(one);
        if (list) list.push(other);
        else alike.set(one, [other]);
      }
    }
    for (const [document, others] of alike) {
      const prose = document.body;
      const start = prose.text.length - prose.text.trimStart().length;
      const names = others.map(describe);
      const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');
      context.report(document, {
        message: `Nearly the same note as the one${others.length > 1 ? 's' : ''} to ${shown}: the same text sent to several people reads as generic. Write each one for its reader.`,
        loc: { prose, start, end: lineEnd(prose.text, start) },
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
