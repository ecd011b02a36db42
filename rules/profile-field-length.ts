import { countIn, METHOD_DESCRIPTIONS, overflowIndex, PLATFORM_SPECS, profileFieldLimit, type ProfileFieldName } from '../src/platforms/index.js';
import { docsPath, formatNumber } from '../src/rule-helpers.js';
import type { Platform, Profile, ProfileField, Rule } from '../src/types.js';
import { utf8Length } from '../src/platforms/unicode.js';

interface Options {
  /** Limits by field name, replacing the platform's (e.g. `{ "bio": 300 }`). */
  max?: Partial<Record<ProfileFieldName, number>>;
  /** How many profile fields the platform shows (Mastodon: 4 unless the instance says otherwise). */
  maxFields?: number;
}

/** What each field is called on each platform, for messages people recognise. */
const BIO_NAMES: Partial<Record<Platform, string>> = { linkedin: 'About section', bluesky: 'description', mastodon: 'bio' };
const DEFAULT_MAX_FIELDS: Partial<Record<Platform, number>> = { mastodon: 4 };

function labelled(profile: Profile): { name: ProfileFieldName; label: string; field: ProfileField }[] {
  const out: { name: ProfileFieldName; label: string; field: ProfileField }[] = [];
  const add = (name: ProfileFieldName, label: string, field: ProfileField | undefined) => {
    if (field) out.push({ name, label, field });
  };
  add('displayName', 'display name', profile.displayName);
  add('username', 'username', profile.username);
  add('headline', 'headline', profile.headline);
  add('bio', BIO_NAMES[profile.platform] ?? 'bio', profile.bio);
  add('location', 'location', profile.location);
  profile.websites.forEach((w) => add('website', 'website', w));
  profile.fields.forEach((f, i) => {
    add('fieldName', `profile field ${i + 1} label`, f.name);
    add('fieldValue', `profile field ${i + 1} value`, f.value);
  });
  profile.positions.forEach((p, i) => {
    const which = p.title ? `position "${p.title.value.slice(0, 40)}"` : `position ${i + 1}`;
    add('positionTitle', `${which} title`, p.title);
    add('positionDescription', `${which} description`, p.description);
  });
  return out;
}

/**
 * Every profile field against the platform's limit, counted the platform's way (X and Mastodon
 * count code points, Bluesky graphemes and UTF-8 bytes, LinkedIn UTF-16 units like its forms).
 */
const rule: Rule<Options> = {
  id: 'profile-field-length',
  meta: {
    description: "Profile fields (bio, headline, name, position descriptions…) longer than the platform's limit.",
    docs: docsPath('profile-field-length'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'error',
    appliesTo: ['profile'],
    category: 'problem',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: { type: 'object', additionalProperties: false, properties: Object.fromEntries(['displayName', 'username', 'headline', 'bio', 'location', 'website', 'fieldName', 'fieldValue', 'positionTitle', 'positionDescription'].map((k) => [k, { type: 'integer', minimum: 1 }])) },
        maxFields: { type: 'integer', minimum: 0 },
      },
    },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'profile') return;
    const profile = document.profile;
    const spec = PLATFORM_SPECS[profile.platform];
    for (const { name, label, field } of labelled(profile)) {
      const platformLimit = profileFieldLimit(profile.platform, name);
      const limit = context.options.max?.[name] ?? platformLimit?.limit;
      if (limit === undefined) continue;
      const method = platformLimit?.method ?? 'graphemes';
      const byteLimit = context.options.max?.[name] === undefined ? platformLimit?.byteLimit : undefined;
      const text = field.prose.text;
      const length = countIn(text, method);
      const bytes = byteLimit === undefined ? 0 : utf8Length(text);
      if (length <= limit && (byteLimit === undefined || bytes <= byteLimit)) continue;
      const over =
        length > limit
          ? `is ${formatNumber(length)} characters; ${spec.name} allows ${formatNumber(limit)} (${formatNumber(length - limit)} over; ${METHOD_DESCRIPTIONS[method]})`
          : `is ${formatNumber(bytes)} bytes in UTF-8; ${spec.name} allows ${formatNumber(byteLimit!)} (${formatNumber(bytes - byteLimit!)} over)`;
      context.report({
        message: `The ${label} ${over}.`,
        loc: { prose: field.prose, start: overflowIndex(text, method, limit, byteLimit), end: text.length },
      });
    }
    const maxFields = context.options.maxFields ?? DEFAULT_MAX_FIELDS[profile.platform];
    if (maxFields !== undefined && profile.fields.length > maxFields) {
      context.report({
        message: `${spec.name} shows ${maxFields} profile fields by default; this profile has ${profile.fields.length}, and the instance may drop the rest.`,
        loc: { prose: profile.fields[maxFields]!.name.prose, start: 0 },
      });
    }
  },
};

export default rule;
