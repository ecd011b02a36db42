import type { AnyRule } from '../src/types.js';
import hashtagCase from './hashtag-case.js';
import hashtagCount from './hashtag-count.js';
import postLength from './post-length.js';

/** Every built-in rule, in one place. Keep the list sorted by id. */
export const builtinRules: readonly AnyRule[] = [hashtagCase, hashtagCount, postLength];
