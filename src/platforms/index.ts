export { countCharacters, METHOD_DESCRIPTIONS, PLATFORM_SPECS, PROFILE_FIELDS, profileFieldLimit } from './specs.js';
export type { CountingMethod, Limit, PlatformSpec, ProfileFieldName } from './specs.js';
export { extractEntities, isBlueskyHandle, mayHoldMention, proseEntities } from './entities.js';
export type { Entities, Entity, HashtagEntity, MentionEntity, UrlEntity } from './entities.js';
export { measure, countIn, overflowIndex } from './measure.js';
export type { Measurement, MeasureOptions, PlatformSettings } from './measure.js';
