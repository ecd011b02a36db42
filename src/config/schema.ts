import { DRAFT_KINDS, PLATFORMS } from '../types.js';

const severity = { enum: ['off', 'warn', 'error', 0, 1, 2] };
const globs = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const platformList = { type: 'array', items: { enum: [...PLATFORMS, 'twitter'] } };

/** Rule entries are checked against each rule's own schema separately; here only their shape. */
const ruleEntries = {
  type: 'object',
  additionalProperties: {
    anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, { type: 'object' }] }],
  },
};

// Strict like every other key: a misspelt setting (`regoin`) would otherwise be ignored without a word.
const settings = {
  type: 'object',
  additionalProperties: false,
  properties: {
    region: { type: 'string', pattern: '^[A-Z]{2}$' },
    linkedinAccount: { enum: ['free', 'premium'] },
    xAccount: { enum: ['free', 'premium'] },
    mastodonMaxCharacters: { type: 'integer', minimum: 1 },
    allowlist: { type: 'array', items: { type: 'string' } },
    consented: { type: 'array', items: { type: 'string' } },
  },
};

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: globs,
    platform: { enum: [...PLATFORMS, 'twitter'] },
    platforms: platformList,
    rules: ruleEntries,
    settings,
    ignores: { type: 'array', items: { type: 'string' } },
    plugins: { type: 'array', items: { type: 'string' } },
    history: { type: 'boolean' },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          files: globs,
          excludedFiles: globs,
          platforms: platformList,
          kinds: { type: 'array', items: { enum: [...DRAFT_KINDS, 'profile'] } },
          platform: { enum: [...PLATFORMS, 'twitter'] },
          rules: ruleEntries,
          settings,
        },
      },
    },
  },
} as const;
