import { createRequire } from 'node:module';
import type * as TwitterText from 'twitter-text';

let loaded: typeof TwitterText | undefined;

/**
 * The official twitter-text package, loaded on first use: it is CommonJS and large, and only
 * drafts for X (or URL extraction) need it. `require` keeps the entity API synchronous.
 */
export function twitterText(): typeof TwitterText {
  loaded ??= createRequire(import.meta.url)('twitter-text') as typeof TwitterText;
  return loaded;
}
