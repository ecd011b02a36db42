import type { AnyRule } from '../src/types.js';
import hashtagCase from './hashtag-case.js';
import hashtagCount from './hashtag-count.js';
import hashtagFormat from './hashtag-format.js';
import imageMetadata from './image-metadata.js';
import locationDisclosure from './location-disclosure.js';
import personalData from './personal-data.js';
import postLength from './post-length.js';
import secrets from './secrets.js';

/** Every built-in rule, in one place. Keep the list sorted by id. */
export const builtinRules: readonly AnyRule[] = [hashtagCase, hashtagCount, hashtagFormat, imageMetadata, locationDisclosure, personalData, postLength, secrets];
