import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import { exactFileRange } from '../src/text/file-range.js';
import { GREETING_WORDS, hasContextCue, leadingGreeting } from '../src/text/invite-cues.js';
import { containment, jaccardWithout, nameWords, proseWords, stem, stemmedWordSet, words } from '../src/text/similarity.js';
import type { PostDocument, Prose, Rule, Suggestion } from '../src/types.js';

interface Options {
  /** Word-set similarity (0–1) from which a note counts as a platform's default text. */
  threshold?: number;
  /** More stock phrasings to treat as default text. */
  phrases?: string[];
}

/**
 * The texts platforms pre-fill and the stock variants people paste. Matched after normalising,
 * as sets of words, so reordering, punctuation and curly quotes do not hide them.
 */
const DEFAULT_PHRASES = [
  "I'd like to add you to my professional network on LinkedIn.",
  "I'd like to join your LinkedIn network.",
  "I'd like to add you to my professional network.",
  "Hi, I'd like to connect with you on LinkedIn.",
  "I'd like to connect with you.",
  "Let's connect!",
  'Please accept my invitation to connect.',
  'I came across your profile and would like to connect.',
  'I would love to connect with you and expand my network.',
  'Looking forward to connecting with you.',
  'It would be great to have you in my network.',
  'I hope you are doing well. I would like to grow my professional network.',
  'Hope this message finds you well. I would be happy to connect.',
];

// Words that carry no personalisation and appear in every stock note; a note made only of these
// (in any order) is default text even when it matches no single phrase.
const NOISE = new Set(['linkedin', 'x', 'mastodon', 'bluesky', 'here', 'on', 'with', 'and', 'to', 'my', 'your', 'you', 'i', 'a', 'the']);

const DEFAULTS = {
  threshold: 0.6,
};

const rule: Rule<Options> = {
  id: 'generic-invite',
  meta: {
    description: "An invite or first message in the platform's default text, or with no reason or shared context.",
    docs: docsPath('generic-invite'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'warn',
    appliesTo: ['invite', 'dm'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
        phrases: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: DEFAULTS,
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const prose = document.body;
    const note = prose.text.trim();
    if (!note) return;
    const start = prose.text.indexOf(note);
    const name = document.meta.to;
    const drop = [...GREETING_WORDS, ...nameWords(name)];
    // Only LinkedIn pre-fills a note; elsewhere these are stock phrases people paste.
    const stock = context.platforms.includes('linkedin') ? `${PLATFORM_SPECS.linkedin.name}'s default text` : 'stock text';

    // The words of the trimmed note: normalising trims, so the whole prose gives the same list.
    const noteList = proseWords(prose);
    const noteWords = stemmedWordSet(noteList.map(stem), drop);
    const dropped = new Set(drop.map(stem));
    const threshold = context.options.threshold ?? DEFAULTS.threshold;
    // The note holds none of the dropped words, so dropping them from the vocabulary too would not
    // change how much of the note lies inside it.
    const { sets, vocabulary } = phraseSets(context.options.phrases);
    const isDefault =
      noteWords.size > 0 &&
      (sets.some((p) => jaccardWithout(noteWords, p, dropped) >= threshold) || (noteWords.size >= 3 && containment(noteWords, vocabulary) >= 0.9));

    const usesName = nameWords(name).some((w) => noteList.includes(w));
    const hasContext = hasContextCue(note);
    if (!isDefault && hasContext) return;

    const kind = document.meta.kind === 'dm' ? 'message' : 'invite';
    const message = isDefault
      ? `This ${kind} is ${stock} (or close to it); say why you are reaching out${name ? ` to ${name}` : ''}.`
      : `Generic ${kind}: it gives no reason or shared context (their talk or post, an event, a mutual contact, a shared school or employer)${name && !usesName ? ` and does not use ${name}'s name` : ''}.`;
    const end = start + note.length;
    context.report({
      message,
      loc: { prose, start, end: firstLineEnd(prose.text, start, end) },
      suggestions: suggest(document, prose, start, end, isDefault),
    });
  },
};

interface PhraseSets {
  /** Each phrase's stemmed words, before a note drops its greeting and name words. */
  sets: Set<string>[];
  /** Every phrase word and the NOISE words. */
  vocabulary: Set<string>;
}

// The phrases are the same for every note of a run: their word sets are made once per list of
// extra phrases (the same for every draft under one config), not per note. Keyed by content, so a
// caller of the Node API that changes its list in place still gets its own sets.
let lastPhraseSets: { key: string; made: PhraseSets } | undefined;

function phraseSets(extra: readonly string[] | undefined): PhraseSets {
  const key = JSON.stringify(extra ?? []);
  if (lastPhraseSets?.key === key) return lastPhraseSets.made;
  const sets = [...DEFAULT_PHRASES, ...(extra ?? [])].map((p) => stemmedWordSet(words(p).map(stem)));
  const made = { sets, vocabulary: new Set([...sets.flatMap((p) => [...p]), ...NOISE]) };
  lastPhraseSets = { key, made };
  return made;
}

function firstLineEnd(text: string, start: number, end: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 || newline > end ? end : newline;
}

const PLACEHOLDER_CONTEXT = '[their talk, post or project: name it]';

/**
 * A personalised opening filled from the front matter. Default text is replaced whole (there is
 * nothing of the author's own to keep); anything else keeps every word and gains the opening in
 * place of its greeting. Only where the note is plain file text, so no markup or comment is lost.
 */
function suggest(document: PostDocument, prose: Prose, start: number, end: number, isDefault: boolean): Suggestion[] {
  const first = document.meta.to?.split(/\s+/)[0] ?? '[name]';
  if (isDefault) {
    const range = exactFileRange(document, prose, start, end);
    if (!range) return [];
    const text = `Hi ${first}, I enjoyed your ${PLACEHOLDER_CONTEXT} and would like to stay in touch. I'm [who you are], [what you share or can offer].`;
    return [{ desc: `Replace with a personalised note to ${first}`, fix: { range, text } }];
  }
  const greeting = leadingGreeting(prose.text.slice(start, end), document.meta.to);
  const range = exactFileRange(document, prose, start, start + greeting.length);
  if (!range) return [];
  // A note that already greets them by name needs only the shared context.
  const named = first !== '[name]' && greeting.toLowerCase().includes(first.toLowerCase());
  const desc = named ? `Say what you share with ${first}` : `Open with ${first}'s name and what you share`;
  return [{ desc, fix: { range, text: `Hi ${first}, I enjoyed your ${PLACEHOLDER_CONTEXT}. ` } }];
}

export default rule;
