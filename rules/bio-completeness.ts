import { extractEntities, PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import type { Platform, Profile, Rule, SourceLocation } from '../src/types.js';

interface Options {
  /** Items not to check, by id (e.g. `industry`). */
  skip?: string[];
  /** How many skills count as "has skills" on LinkedIn. */
  minSkills?: number;
  /** For exports that cannot tell (LinkedIn's): whether the profile has a photo. */
  hasPhoto?: boolean;
}

interface Item {
  id: string;
  /** What is missing, for the score's list. */
  label: string;
  /** What to add, for the finding. */
  advice: string;
  /** true / false, or undefined when the export cannot tell (not scored). */
  present(profile: Profile, options: Required<Pick<Options, 'minSkills'>> & Options): boolean | undefined;
  at?(profile: Profile): SourceLocation | undefined;
}

const hasLink = (profile: Profile) =>
  profile.websites.length > 0 ||
  (profile.bio !== undefined && (extractEntities(profile.bio.value, { platform: profile.platform }).urls.length > 0 || /\bhttps?:\/\/\S/.test(profile.bio.value)));

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const photo = (label: string): Item => ({
  id: 'photo',
  label,
  advice: `add ${withArticle(label)}`,
  present: (p, o) => (p.photo === undefined ? o.hasPhoto : p.photo !== null),
});
const displayName: Item = { id: 'displayName', label: 'display name', advice: 'add the name people know you by', present: (p) => !!p.displayName };
const bio = (label: string): Item => ({ id: 'bio', label, advice: `write ${withArticle(label)}: what you do, for whom, and what you are open to`, present: (p) => !!p.bio });
const header = (label: string): Item => ({ id: 'header', label, advice: `add ${withArticle(label)} image; the default looks like an abandoned account`, present: (p) => (p.header === undefined ? undefined : p.header !== null) });
const website: Item = { id: 'website', label: 'website', advice: 'link a website, portfolio or newsletter so people can find your work', present: hasLink };

/** Each platform's checklist, from its own profile guidance and the usual networking advice. */
const CHECKLISTS: Partial<Record<Platform, Item[]>> = {
  linkedin: [
    photo('profile photo'),
    { id: 'headline', label: 'headline', advice: 'add a headline: what you do and for whom, in one line', present: (p) => !!p.headline },
    bio('About section'),
    { id: 'location', label: 'location', advice: 'add your location; recruiters search by it', present: (p) => !!p.location },
    { id: 'industry', label: 'industry', advice: 'set your industry; LinkedIn uses it in search and suggestions', present: (p) => !!p.industry },
    {
      id: 'positions',
      label: 'a position with a description',
      advice: 'describe at least one position: what you did and what came of it',
      present: (p) => p.positions.some((pos) => pos.description),
      at: (p) => p.positions[0]?.at,
    },
    { id: 'education', label: 'education', advice: 'add your education (school, degree or course)', present: (p) => p.education.length > 0 },
    {
      id: 'skills',
      label: 'skills',
      advice: 'list your skills',
      present: (p, o) => p.skills.length >= o.minSkills,
      at: (p) => p.skills[0]?.prose.locate(0),
    },
    { id: 'website', label: 'website or contact', advice: 'add a website or contact link so people can reach you off LinkedIn', present: hasLink },
  ],
  x: [displayName, bio('bio'), photo('profile photo'), header('header'), website],
  mastodon: [
    displayName,
    bio('bio'),
    photo('avatar'),
    header('header'),
    { id: 'fields', label: 'profile fields', advice: 'add profile fields (website, pronouns, what you post about); a verified link shows a green tick', present: (p) => p.fields.length > 0 || p.websites.length > 0 },
  ],
  bluesky: [displayName, bio('description'), photo('avatar'), header('banner'), website],
};
const GENERIC: Item[] = [displayName, bio('bio'), photo('profile photo'), website];

/**
 * The profile checklist of each platform, item by item, and a completeness score (0–100) over
 * the items the export can tell about; the score goes to the report (stylish and json).
 */
const rule: Rule<Options> = {
  id: 'bio-completeness',
  meta: {
    description: 'Profile items the platform expects (photo, headline, bio, experience, skills, links) that are missing, with a completeness score.',
    docs: docsPath('bio-completeness'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['profile'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        skip: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        minSkills: { type: 'integer', minimum: 0 },
        hasPhoto: { type: 'boolean' },
      },
    },
    defaultOptions: { skip: [], minSkills: 5 },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'profile') return;
    const profile = document.profile;
    const options = { ...context.options, minSkills: context.options.minSkills ?? 5 };
    const skip = new Set(options.skip ?? []);
    const items = (CHECKLISTS[profile.platform] ?? GENERIC).filter((item) => !skip.has(item.id));
    const name = PLATFORM_SPECS[profile.platform].name;
    let known = 0;
    let present = 0;
    const missing: string[] = [];
    for (const item of items) {
      const has = item.present(profile, options);
      if (has === undefined) continue;
      known++;
      if (has) {
        present++;
        continue;
      }
      const label = item.id === 'skills' ? `${options.minSkills} skills` : item.label;
      missing.push(label);
      // A missing photo is profile-photo's finding (it also judges size and shape); scored here.
      if (item.id === 'photo') continue;
      const detail =
        item.id === 'skills' && profile.skills.length > 0
          ? `only ${profile.skills.length} skill${profile.skills.length === 1 ? '' : 's'} listed; ${name} profiles usually list at least ${options.minSkills}`
          : item.id === 'positions' && profile.positions.length > 0
            ? 'no position has a description; describe what you did and what came of it'
            : item.advice;
      context.report({
        message: `${name} profile: missing ${label}: ${detail}.`,
        loc: { at: item.at?.(profile) ?? profile.at },
      });
    }
    if (known === 0) return;
    context.reportScore?.({ platform: profile.platform, score: Math.round((100 * present) / known), missing });
  },
};

export default rule;
