import { detectPersonalData, KIND_NAMES, PERSONAL_KINDS, type Detection, type PersonalKind } from '../src/privacy/index.js';
import { normalizePhone } from '../src/privacy/phone.js';
import { docsPath, textsOf } from '../src/rule-helpers.js';
import type { Rule, Suggestion } from '../src/types.js';

interface Options {
  /** Values meant to be public (a business phone, a press email); added to settings.allowlist. */
  allow?: string[];
  /** Kinds to look for; all by default. */
  kinds?: PersonalKind[];
}

/**
 * What to put in place of a value, when a general phrase still reads well where the value was
 * ("call me on …"); for other kinds the only suggestion is to remove the value.
 */
const GENERALISE: Partial<Record<PersonalKind, string>> = {
  phone: 'DM me for my number',
  email: 'DM me for my email address',
};

const rule: Rule<Options> = {
  id: 'personal-data',
  meta: {
    description: 'Phone numbers, emails, card and bank numbers, government IDs, birth dates, home addresses and booking references in what you publish.',
    docs: docsPath('personal-data'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'error',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter', 'profile'],
    category: 'problem',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string' },
          description: 'Values meant to be public (a business phone, a press email), added to `settings.allowlist`; phone numbers match in any format.',
        },
        kinds: {
          type: 'array',
          items: { enum: [...PERSONAL_KINDS] },
          uniqueItems: true,
          description: 'Only these kinds of data (all when absent).',
        },
      },
    },
    defaultOptions: {},
  },
  async check(context) {
    const region = typeof context.settings.region === 'string' ? context.settings.region : undefined;
    const allowed = await allowlist([...stringList(context.settings.allowlist), ...(context.options.allow ?? [])], region);
    for (const { label, prose } of textsOf(context.document)) {
      for (const found of await detectPersonalData(prose.text, { region, kinds: context.options.kinds })) {
        if (allowed.has(found.normalized) || allowed.has(compact(prose.text.slice(found.start, found.end)))) continue;
        const start = prose.fileOffset(found.start);
        const end = prose.fileOffset(found.end);
        context.report({
          message: `${capitalise(KIND_NAMES[found.kind])} (${found.masked}) in this ${label}: anyone can read it. Remove it, or add it to the allowlist if it is meant to be public.`,
          loc: { prose, start: found.start, end: found.end },
          suggestions: start === undefined || end === undefined ? undefined : suggestionsFor(found, [start, end]),
        });
      }
    }
  },
};

function suggestionsFor(found: Detection<PersonalKind>, range: [number, number]): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const general = GENERALISE[found.kind];
  if (general) suggestions.push({ desc: `Replace the ${KIND_NAMES[found.kind]} with "${general}".`, fix: { range, text: general } });
  suggestions.push({ desc: `Remove the ${KIND_NAMES[found.kind]}.`, fix: { range, text: '' } });
  return suggestions;
}

/** Allowlisted values in every form a detection may carry: as written, compacted, and E.164 for phones. */
async function allowlist(values: string[], region: string | undefined): Promise<Set<string>> {
  const set = new Set<string>();
  for (const value of values) {
    set.add(value.toLowerCase());
    set.add(compact(value));
    const phone = await normalizePhone(value, region);
    if (phone) set.add(phone);
  }
  return set;
}

const compact = (value: string) => value.replace(/[\s-]/g, '').toLowerCase();
const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export default rule;
