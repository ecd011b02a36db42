import { PLATFORM_SPECS } from '../src/platforms/index.js';
import { docsPath, perPlatform } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

interface Options {
  /** Smallest side in pixels, one number or by platform. */
  minSize?: number | Record<string, number>;
  /** Longer side over shorter side beyond which the photo is cropped badly into a circle. */
  maxAspectRatio?: number;
}

/**
 * LinkedIn asks for at least 400×400 and crops to a circle, as X, Mastodon and Bluesky do; a
 * small or oblong picture turns blurry or loses the face.
 */
const DEFAULT_MIN_SIZE = 400;

const rule: Rule<Options> = {
  id: 'profile-photo',
  meta: {
    description: 'No profile photo, or one too small or far from square (when the image is in the export).',
    docs: docsPath('profile-photo'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['profile'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minSize: {
          anyOf: [
            { type: 'integer', minimum: 1 },
            { type: 'object', additionalProperties: { type: 'integer', minimum: 1 } },
          ],
        },
        maxAspectRatio: { type: 'number', minimum: 1 },
      },
    },
    defaultOptions: { maxAspectRatio: 1.25 },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'profile') return;
    const { profile } = document;
    const name = PLATFORM_SPECS[profile.platform].name;
    const photo = profile.photo;
    // undefined: the export cannot tell (LinkedIn's basic export has no photo file).
    if (photo === undefined) return;
    if (photo === null) {
      context.report({
        message: `The ${name} profile has no photo; add a clear, recent picture of your face, as people look for one before they accept or follow.`,
        loc: { at: profile.at },
      });
      return;
    }
    const { width, height } = photo;
    if (width === undefined || height === undefined) return;
    const minSize = perPlatform(context.options.minSize, profile.platform, DEFAULT_MIN_SIZE);
    const where = photo.entry ? ` (${photo.entry})` : '';
    if (Math.min(width, height) < minSize) {
      context.report({
        message: `The profile photo${where} is ${width}×${height} pixels; use at least ${minSize}×${minSize} so it stays sharp on ${name}.`,
        loc: { at: photo.at },
      });
    }
    const ratio = Math.max(width, height) / Math.min(width, height);
    const maxRatio = context.options.maxAspectRatio ?? 1.25;
    if (ratio > maxRatio) {
      context.report({
        message: `The profile photo${where} is ${width}×${height}, far from square; ${name} crops it to a circle and may cut off your face. Crop it square yourself.`,
        loc: { at: photo.at },
      });
    }
  },
};

export default rule;
