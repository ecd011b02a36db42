import path from 'node:path';
import { docsPath } from '../src/rule-helpers.js';
import { GREETING_WORDS } from '../src/text/invite-cues.js';
import { forEachSimilarPair, nearDuplicateOptionsSchema, shingleKeys, type NearDuplicateOptions, type ShingleKeys } from '../src/text/near-duplicates.js';
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
    return { keys: keys.keys, count: keys.count, to, name: describe(document), at: prose.locate(start), endAt: prose.locate(lineEnd(prose.text, start)) };
  },
  checkAll(context) {
    const notes = context.documents.map(({ document }) => document);
    // Per note: how many others match, and the three earliest of them (the ones the message names).
    const matches = new Int32Array(notes.length);
    const earliest = new Map<number, number[]>();
    const add = (one: number, other: number) => {
      matches[one]!++;
      const list = earliest.get(one) ?? [];
      if (list.length < 3 || other < list[2]!) earliest.set(one, [...list, other].sort((x, y) => x - y).slice(0, 3));
    };
    const options = { threshold: context.options.threshold ?? DEFAULTS.threshold, minWords: context.options.minWords ?? DEFAULTS.minWords };
    forEachSimilarPair(notes, options, (a, b) => {
      // The same note redrafted for the same person is not sending it to several people.
      if (notes[a]!.to && notes[b]!.to && notes[a]!.to.toLowerCase() === notes[b]!.to.toLowerCase()) return;
      add(a, b);
      add(b, a);
    });
    notes.forEach((note, i) => {
      if (matches[i] === 0) return;
      const names = earliest.get(i)!.map((other) => notes[other]!.name);
      const shown = names.join(', ') + (matches[i]! > 3 ? ` and ${matches[i]! - 3} more` : '');
      context.report(note, {
        message: `Nearly the same note as the one${matches[i]! > 1 ? 's' : ''} to ${shown}: the same text sent to several people reads as generic. Write each one for its reader.`,
        loc: { at: note.at, endAt: note.endAt },
      });
    });
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
