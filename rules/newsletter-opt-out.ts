import { docsPath } from '../src/rule-helpers.js';
import { gateText, passesGate, type LiteralGate } from '../src/text/literal-gate.js';
import type { Rule } from '../src/types.js';

const OPT_OUT = /\b(?:unsubscribe|opt[- ]?out|manage (?:your )?(?:subscription|(?:email )?preferences)|update your (?:email )?preferences|stop (?:receiving|getting) (?:these|this|my|our)|no longer (?:wish|want) to (?:receive|get)|remove yourself)\b/i;

// "everyone I met at the conference", "all my LinkedIn connections": who, perhaps with where they came from.
const MET = String.raw`(?: (?:i|we) (?:met|know|connected with)\b[^.!?\n]{0,40}?| (?:from|at) (?:the|my|our) [^.!?\n]{0,30}?)?`;
const WHO = String.raw`(?:(?:you|all of you|everyone|everybody)${MET}|my (?:\d+ )?(?:\w+ )?(?:connections|contacts|followers|network)|all (?:of )?my (?:\w+ )?(?:connections|contacts|followers))`;
// "the list of reviewers" is not a mailing list.
const LIST = String.raw`(?:my|our|the|this) (?:weekly |monthly |new )?(?:newsletter|mailing list|email list|list|updates|substack)(?! of\b)`;

/** Announcing that people were put on a list they did not ask for. */
export const ADDED_WITHOUT_CONSENT = [
  new RegExp(String.raw`\b(?:i|we)(?:'ve|’ve| have| just| will| 'll|'ll|’ll)? (?:added|subscribed|signed up|put|be adding|be subscribing|add|subscribe) ${WHO} (?:to|on|for) ${LIST}`, 'i'),
  new RegExp(String.raw`\b${WHO}(?:'ve|’ve| have| has)? been (?:added|subscribed|signed up) (?:to|for) ${LIST}`, 'i'),
];
/** Words both patterns need (src/text/literal-gate.ts): most drafts then never compile them. */
export const ADDED_WITHOUT_CONSENT_GATE: LiteralGate = [['add', 'subscrib', 'signed up', 'put'], ['newsletter', 'list', 'updates', 'substack']];

const rule: Rule = {
  id: 'newsletter-opt-out',
  meta: {
    description: 'A newsletter with no unsubscribe or opt-out wording, or a draft that adds people to a list without asking.',
    docs: docsPath('newsletter-opt-out'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'error',
    appliesTo: ['newsletter', 'post', 'thread', 'dm', 'invite', 'comment'],
    category: 'problem',
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const prose = document.body;
    for (const pattern of passesGate(ADDED_WITHOUT_CONSENT_GATE, gateText(prose.text)) ? ADDED_WITHOUT_CONSENT : []) {
      const match = prose.text.match(pattern);
      if (!match) continue;
      context.report({
        message: `"${match[0]}": adding people to a list without their consent is spam, and unlawful for email in many countries. Invite them to subscribe instead.`,
        loc: { prose, start: match.index!, end: match.index! + match[0].length },
      });
      break;
    }
    if (document.meta.kind === 'newsletter' && prose.text.trim() && !OPT_OUT.test(prose.text)) {
      const end = prose.text.trimEnd().length;
      context.report({
        message: 'Newsletter with no unsubscribe or opt-out wording: tell readers how to stop receiving it (anti-spam laws such as CAN-SPAM and the EU ePrivacy rules require it for email).',
        loc: { prose, start: end, end },
      });
    }
  },
};

export default rule;
