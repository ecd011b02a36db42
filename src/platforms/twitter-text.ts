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

/**
 * Every URL twitter-text extracts, with a scheme or without, has a domain that ends in `.` and a
 * top-level domain from its lists, each of which begins with a letter (test/platforms/
 * entities.test.ts checks the lists). Half of all drafts have no dot before a letter, and there
 * the extractor's large regular expression is not worth running.
 */
const MAYBE_DOMAIN = /\.\p{L}/u;

let urlExtractor: typeof TwitterText.extractUrlsWithIndices | undefined;

/**
 * Just twitter-text's URL extractor, for drafts on other networks: its one file and what it needs
 * are a third of the package's modules, which a one-file run on Mastodon or Bluesky would
 * otherwise load whole. The package declares no `exports`, so its dist files are reachable.
 */
export function extractUrlsWithIndices(...args: Parameters<typeof TwitterText.extractUrlsWithIndices>): ReturnType<typeof TwitterText.extractUrlsWithIndices> {
  if (!MAYBE_DOMAIN.test(args[0])) return [];
  urlExtractor ??= loaded?.extractUrlsWithIndices ?? (createRequire(import.meta.url)('twitter-text/dist/extractUrlsWithIndices') as typeof TwitterText.extractUrlsWithIndices);
  return urlExtractor(...args);
}
