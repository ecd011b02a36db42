import { proseEntities, type MentionEntity } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import { exactFileRange } from '../src/text/file-range.js';
import { segmentBounded } from '../src/text/bounded-segments.js';
import { onFirstUse } from '../src/text/on-first-use.js';
import type { Prose, Rule, RuleContext, Suggestion } from '../src/types.js';

/**
 * Matters people share in confidence. `strong` words are personal whatever the sentence; `weak`
 * ones are also topics of talks and panels, so they count only when the sentence is about a person
 * (a pronoun, or "@ana's …" / "@ana is …").
 */
const MATTERS: { what: string; strong?: RegExp; weak?: RegExp }[] = [
  {
    what: 'a job search',
    strong: /\b(?:job[- ]?(?:search|hunt)(?:ing)?|looking for (?:a )?(?:new )?(?:job|role|position)|open to (?:new )?(?:roles|opportunities)|interviewing (?:at|with|for)|(?:thinking|considering) (?:about |of )?(?:leaving|quitting)|plans? to (?:leave|quit)|resign(?:ing|ed|ation)|handed in (?:his|her|their) notice|(?:is|are|was) leaving (?:his|her|their) (?:job|role|team|company|employer)|quit(?:s|ting)? (?:his|her|their) job)\b/i,
  },
  {
    what: 'a layoff',
    strong: /\b(?:laid off|let go|made redundant|lost (?:his|her|their) job|got fired|was fired)\b/i,
    weak: /\b(?:layoffs?|redundanc(?:y|ies))\b/i,
  },
  {
    what: 'health',
    strong: /\b(?:diagnosed|diagnosis|cancer|chemo(?:therapy)?|radiotherapy|surgery|hospitali[sz]ed|in (?:the )?hospital|sick leave|medical leave|rehab|heart attack|stroke|seizures?|recovering from)\b/i,
    weak: /\b(?:mental health|depression|anxiety|burn-?out|therapy|illness|treatment)\b/i,
  },
  {
    what: 'a pregnancy',
    strong: /\b(?:pregnan(?:t|cy)|expecting a baby|maternity leave|paternity leave|ivf|miscarriage|fertility treatment)\b/i,
  },
  {
    what: 'a bereavement',
    strong: /\b(?:passed away|funeral|bereave(?:d|ment)|griev(?:ing|es)|lost (?:his|her|their) (?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|baby|child|grandmother|grandfather))\b/i,
  },
  {
    what: 'legal trouble',
    strong: /\b(?:lawsuit|sued|suing|arrested|court case|charged with|legal (?:trouble|issues?|battle)|criminal record|visa (?:issues?|problems?|status)|immigration status|deport(?:ed|ation))\b/i,
  },
  {
    what: 'pay',
    strong: /\b(?:pay (?:rise|raise|cut)|compensation package)\b/i,
    weak: /\b(?:salary|salaries|earns|bonus)\b/i,
  },
  {
    what: 'a relationship',
    strong: /\b(?:divorc(?:e|ed|ing)|broke up|break-?up|split (?:up|from)|separated from|custody battle|having an affair)\b/i,
  },
  {
    what: 'something confided',
    strong: /\b(?:asked me (?:not to (?:share|tell|post)|to keep (?:it|this) (?:quiet|private|secret))|keep (?:it|this) (?:quiet|private|secret|between us|under wraps)|in confidence|confided|off the record|not public yet|hasn'?t (?:announced|told)|(?:don'?t|do not) tell|between you and me)\b/i,
  },
];

const CONFIDED = 'something confided';
const CELEBRATION = /\b(?:congrat\w*|thanks|thank you|thankful|grateful|kudos|shout-?out|well done|bravo|huge props)\b/i;
const ABOUT_A_PERSON = /\b(?:he|she|they|his|her|hers|their|him|them)\b/i;
const AFTER_MENTION_ABOUT = /^(?:['’]s\b|\s+(?:is|was|has been|had|got|went)\b)/i;
// "Shout-out to @gus, who is going through a divorce": thanks do not make a matter said of them fine.
const SAID_OF_THEM = /^(?:,?\s+who\b|\s+(?:is|was|has been)\b)/i;

// Made on first use: a process's first Intl.Segmenter loads ICU's break rules (~15 ms), which a
// one-file run on a draft without mentions (or with only ASCII text) otherwise never needs.
const sentences = onFirstUse(() => new Intl.Segmenter('en', { granularity: 'sentence' }));

const rule: Rule = {
  id: 'tagging-discretion',
  meta: {
    description: 'A tagged person next to a sensitive or confided matter (job search, health, layoffs, …).',
    docs: docsPath('tagging-discretion'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'error',
    appliesTo: ['post', 'thread', 'comment', 'newsletter'],
    category: 'problem',
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const consented = new Set(
      [...list(context.settings.consented), ...(document.meta.consented ?? [])].map(handleKey),
    );
    const platform = context.platforms[0];
    for (const prose of document.parts) {
      const mentions = proseEntities(prose, platform).mentions.filter((m) => !consented.has(handleKey(m.username)) && !consented.has(handleKey(m.text)));
      if (mentions.length === 0) continue;
      // Sentences and mentions both run in text order: one pass over each, not every mention per sentence.
      mentions.sort((a, b) => a.start - b.start);
      let next = 0;
      for (const { segment, index } of segmentBounded(sentences(), prose.text)) {
        const end = index + segment.length;
        for (; next < mentions.length && mentions[next].start < end; next++) {
          if (mentions[next].start >= index) checkMention(context, prose, segment, index, mentions[next]);
        }
        if (next === mentions.length) break;
      }
    }
  },
};

function checkMention(context: RuleContext, prose: Prose, sentence: string, sentenceStart: number, mention: MentionEntity): void {
  const celebrating = CELEBRATION.test(sentence);
  const after = prose.text.slice(mention.end, mention.end + 40);
  const saidOfThem = SAID_OF_THEM.test(after);
  const aboutPerson = ABOUT_A_PERSON.test(sentence) || AFTER_MENTION_ABOUT.test(after);
  for (const matter of MATTERS) {
    if (celebrating && matter.what !== CONFIDED && !saidOfThem) continue;
    const strong = matter.strong && sentence.match(matter.strong)?.[0];
    const found = strong || (aboutPerson && matter.weak ? sentence.match(matter.weak)?.[0] : undefined);
    if (!found) continue;
    context.report({
      message: `${mention.text} is tagged next to ${matter.what} ("${found}"). Unless they agreed (front matter \`consented\`), send them a direct message instead.`,
      loc: { prose, start: mention.start, end: mention.end },
      suggestions: dropSentence(context, prose, sentence, sentenceStart, mention.text),
    });
    return;
  }
}

/** Taking the sentence out of the post, for a private message; only where it is plain file text. */
function dropSentence(context: RuleContext, prose: Prose, sentence: string, start: number, handle: string): Suggestion[] {
  const core = sentence.trimEnd();
  // Spaces before the next sentence on the same line go too; line breaks stay.
  const removed = core + sentence.slice(core.length).match(/^[ \t]*/)![0];
  const range = exactFileRange(context.document, prose, start, start + removed.length);
  return range ? [{ desc: `Remove this sentence and tell ${handle} in a direct message`, fix: { range, text: '' } }] : [];
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function handleKey(handle: string): string {
  return handle.trim().replace(/^[@＠]/, '').toLowerCase();
}

export default rule;
