import { findLocationDisclosures, type LocationKind } from '../src/privacy/location.js';
import { docsPath, textsOf } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

const MESSAGES: Record<LocationKind, string> = {
  absence: 'Tells everyone when you are away from home. Post about the trip when you are back.',
  'empty-home': 'Tells everyone your home is empty. Leave that out, or post after you return.',
  'live-location': 'Tells everyone where to find you right now. Post it after you have left.',
  routine: 'Describes a routine (where you are at a set time). Leave out the time or the place.',
  'child-school': "Names a child's school. Leave out the school's name.",
};

interface Options {
  /** Kinds of disclosure to report; all by default. */
  kinds?: LocationKind[];
}

const rule: Rule<Options> = {
  id: 'location-disclosure',
  meta: {
    description: 'Telling the world you are away, that your home is empty, where you are right now, your routines, or your children\'s school.',
    docs: docsPath('location-disclosure'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'newsletter', 'profile'],
    category: 'problem',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: { type: 'array', items: { enum: Object.keys(MESSAGES) }, uniqueItems: true, description: 'Only these kinds of disclosure (all when absent).' },
      },
    },
    defaultOptions: {},
  },
  check(context) {
    for (const { prose } of textsOf(context.document)) {
      for (const found of findLocationDisclosures(prose.text)) {
        if (context.options.kinds && !context.options.kinds.includes(found.kind)) continue;
        context.report({ message: MESSAGES[found.kind], loc: { prose, start: found.start, end: found.end } });
      }
    }
  },
};

export default rule;
