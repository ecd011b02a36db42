import { docsPath } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

/** Selling moves the networking guides single out, each with what it reads as. */
const PITCHES: { pattern: RegExp; what: string }[] = [
  { pattern: /\b(?:book|schedule|hop on|jump on|set up|grab)\s+(?:a\s+)?(?:quick\s+|short\s+|brief\s+|free\s+)?(?:\d+[- ]?min(?:ute)?s?\s+)?(?:call|demo|meeting|chat|consultation|discovery call)\b/gi, what: 'asks for a call' },
  { pattern: /\b\d+[- ]?min(?:ute)?s?\s+(?:call|demo|chat|meeting)\b/gi, what: 'asks for a call' },
  { pattern: /\b(?:\d+|a few)\s+min(?:ute)?s?\s+(?:for|to)\s+(?:a\s+)?(?:quick\s+|short\s+|brief\s+)?(?:call|demo|meeting|zoom)\b/gi, what: 'asks for a call' },
  { pattern: /\b(?:calendly\.com|cal\.com|hubspot\.com\/meetings|savvycal\.com)\S*/gi, what: 'links a booking page' },
  { pattern: /\b(?:(?:our|my) (?:pricing|prices?|rates|packages|plans)|price list|per month|a month for|special offer|limited[- ]time offer|exclusive offer|free trial)\b/gi, what: 'talks about price' },
  { pattern: /\b\d{1,2}\s?% (?:off|discount)\b|\b(?:discount|promo|coupon) code\b|\b(?:a|an exclusive|special) discount\b/gi, what: 'offers a discount' },
  { pattern: /\bI help (?:companies|businesses|brands|founders|teams|agencies|startups|leaders|coaches|professionals|people)(?: like yours?)?\b/gi, what: 'opens with a sales line' },
  { pattern: /\b(?:companies|businesses|teams) like yours\b/gi, what: 'opens with a sales line' },
  { pattern: /\b(?:our|my) (?:services|solution|agency|platform|product|offering|software|tool)\s+(?:helps?|can help|lets|will help)\b/gi, what: 'pitches a product' },
  { pattern: /\b(?:increase|boost|double|triple|grow|scale) your (?:revenue|sales|leads|pipeline|conversions?|business|roi|profits?)\b/gi, what: 'promises results' },
  { pattern: /\b(?:generate|more) (?:qualified )?leads\b/gi, what: 'promises results' },
  { pattern: /\bwould you be (?:interested|open) (?:in|to) (?:a demo|learning more|hearing more|our|a partnership|buying)\b/gi, what: 'asks for a sale' },
];

const rule: Rule = {
  id: 'invite-pitch',
  meta: {
    description: 'Selling in a first contact: booking a call, prices, discounts, "I help companies like yours".',
    docs: docsPath('invite-pitch'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['invite', 'dm'],
    category: 'suggestion',
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const prose = document.body;
    const seen: [number, number][] = [];
    const kind = document.meta.kind === 'dm' ? 'first message' : 'invite';
    for (const { pattern, what } of PITCHES) {
      for (const match of prose.text.matchAll(pattern)) {
        const start = match.index!;
        const end = start + match[0].length;
        if (end === start || seen.some(([s, e]) => start < e && s < end)) continue;
        seen.push([start, end]);
        context.report({
          message: `"${match[0]}" ${what}: selling in ${kind === 'invite' ? 'an' : 'a'} ${kind} reads as spam. Connect first; offer something only when asked.`,
          loc: { prose, start, end },
        });
      }
    }
  },
};

export default rule;
