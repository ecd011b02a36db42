import { docsPath } from '../src/rule-helpers.js';
import { keywordAfter } from '../src/text/keyword-after.js';
import { gateText, passesGate, type LiteralGate } from '../src/text/literal-gate.js';
import type { Rule } from '../src/types.js';

const NUMBER = '(?:\\d+|a|one|two|three|four|five|some|your|all your)';
/** The set word: quoted, in capitals, or emoji ("YES", "GUIDE", 🔥). */
const SET_WORD = `(?:["“”'‘’][^"“”'‘’\\n]{1,20}["“”'‘’]|\\p{Lu}{2,12}\\b|\\p{Extended_Pictographic}+)`;
/** Where a request to readers starts: a sentence, a line, or after "and"/"please". */
const ASK = String.raw`(?:^|[.!?:;,)\n]\s*|\p{Extended_Pictographic}\s*|\band\s|\bplease\s|\bso\s)`;

/**
 * Asks for reactions rather than a reply, as the platforms' own engagement-bait policies list them,
 * each with its literal gate (src/text/literal-gate.ts): words every match contains.
 */
export const BAITS: { pattern: RegExp; what: string; gate: LiteralGate }[] = [
  // Case-sensitive, so that a word in capitals is told from an ordinary one ("reply below").
  { pattern: new RegExp(`\\b(?:[Cc]omment|[Tt]ype|[Rr]eply|[Dd]rop)\\s+(?:a\\s+)?${SET_WORD}(?:\\s+(?:below|in the comments))?`, 'gu'), what: 'asks for a set word in the comments', gate: [['comment', 'type', 'reply', 'drop']] },
  { pattern: new RegExp(`\\btag\\s+${NUMBER}\\s+(?:friends?|people|colleagues?|someone|person|mates?|coworkers?)\\b`, 'giu'), what: 'asks readers to tag people', gate: [['tag']] },
  { pattern: /\btag (?:someone|a friend) who\b/giu, what: 'asks readers to tag people', gate: [['tag']] },
  { pattern: keywordAfter(ASK, '(?:like|react|double[- ]tap)', '\\s+(?:this\\s+)?(?:post\\s+)?if\\s+(?:you\\s+)?(?:agree|relate|love|want|think|are|feel)\\b', 'giu'), what: 'asks for likes', gate: [['like', 'react', 'double'], ['if']] },
  { pattern: /\b(?:smash|hit|tap)\s+(?:that\s+|the\s+)?(?:like|❤️|heart)(?:\s+button)?\b/giu, what: 'asks for likes', gate: [['smash', 'hit', 'tap'], ['like', '❤', 'heart']] },
  { pattern: keywordAfter(ASK, '(?:share|repost|retweet|rt|reshare)', '\\s+(?:this\\s+)?(?:post\\s+)?if\\b', 'giu'), what: 'asks for shares', gate: [['share', 'repost', 'retweet', 'rt'], ['if']] },
  { pattern: /♻️\s*(?:repost|share|reshare)\b/giu, what: 'asks for shares', gate: [['♻'], ['repost', 'share']] },
  { pattern: /\b(?:share|repost)\s+(?:this|it)\s+with\s+(?:your network|everyone|all your friends|\d+ (?:friends|people))\b/giu, what: 'asks for shares', gate: [['share', 'repost'], ['with']] },
  { pattern: /\bfollow\s+(?:me\s+|us\s+)?for\s+(?:more|daily|weekly|part \d)\b/giu, what: 'asks for follows', gate: [['follow'], ['for']] },
];

/** A line that is nothing but a yes/no prompt: "Agree?" as the whole call to action. */
export const BARE_PROMPT = /^[ \t]*(?:agree|do you agree|who agrees|agree or disagree|yes or no|true or false|right)\s*\?+[ \t\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/gimu;
export const BARE_PROMPT_GATE: LiteralGate = [['agree', 'yes or no', 'true or false', 'right'], ['?']];

const rule: Rule = {
  id: 'engagement-bait',
  meta: {
    description: 'Engagement bait: "comment YES", "tag 3 friends", "like if you agree", "follow for more", a bare "Agree?".',
    docs: docsPath('engagement-bait'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment'],
    category: 'suggestion',
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    for (const prose of document.parts) {
      const seen: [number, number][] = [];
      const report = (start: number, end: number, what: string) => {
        if (seen.some(([s, e]) => start < e && s < end)) return;
        seen.push([start, end]);
        context.report({
          message: `"${prose.text.slice(start, end).trim()}" ${what}: platforms demote engagement bait and readers see through it. Ask a real question instead.`,
          loc: { prose, start, end },
        });
      };
      const gated = gateText(prose.text);
      for (const { pattern, what, gate } of BAITS) {
        if (!passesGate(gate, gated)) continue;
        for (const m of prose.text.matchAll(pattern)) report(m.index!, m.index! + m[0].length, what);
      }
      if (!passesGate(BARE_PROMPT_GATE, gated)) continue;
      for (const m of prose.text.matchAll(BARE_PROMPT)) {
        const lead = m[0].match(/^[ \t]*/)![0].length;
        report(m.index! + lead, m.index! + m[0].trimEnd().length, 'is the whole call to action');
      }
    }
  },
};

export default rule;
