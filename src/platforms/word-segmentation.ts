import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { decodeWordCosts, type WordCosts } from './word-model.js';

/**
 * Splitting run-together English (`opentowork`) into words by word frequency: each word costs
 * log(rank · log N), as Zipf's law suggests, and the split of least total cost wins (Viterbi over
 * the string). The ranked list is wordsninja's `words-en.json` (MIT; ~126,000 words ranked by
 * frequency in English Wikipedia, from the wordninja project), loaded on first use only, from the
 * compact form the build writes when there is one.
 */
export interface Segmentation {
  words: string[];
  /** Total cost; lower is likelier. */
  cost: number;
}


/**
 * Words of social-media English newer than the ranked list (its Wikipedia dump predates them),
 * and how each is written; ranked as a moderately common word. Acronyms among the list's own short
 * words are here only for their spelling.
 */
const SPELLINGS: Record<string, string> = {
  ai: 'AI', ar: 'AR', hr: 'HR', ml: 'ML', pr: 'PR', tv: 'TV', ui: 'UI', uk: 'UK', ux: 'UX', vr: 'VR', nft: 'NFT', ootd: 'OOTD',
  blockchain: 'Blockchain', chatbot: 'Chatbot', chatgpt: 'ChatGPT', covid: 'Covid', devops: 'DevOps', ecommerce: 'Ecommerce',
  edtech: 'EdTech', fintech: 'FinTech', foodie: 'Foodie', fullstack: 'FullStack', genai: 'GenAI', github: 'GitHub',
  hackathon: 'Hackathon', healthtech: 'HealthTech', influencer: 'Influencer', kubernetes: 'Kubernetes', linkedin: 'LinkedIn',
  lowcode: 'LowCode', metaverse: 'Metaverse', microservices: 'Microservices', nocode: 'NoCode', onboarding: 'Onboarding',
  reskilling: 'Reskilling', selfcare: 'SelfCare', selfie: 'Selfie', skincare: 'Skincare', upskilling: 'Upskilling',
  vlog: 'Vlog', webinar: 'Webinar',
};
const SUPPLEMENT_RANK = 20000;

let dictionary: WordCosts | undefined;

// The ranked list holds abbreviations and fragments among its frequent short entries ("st", "ps",
// "ch"), which would cut tags into nonsense; only these one- and two-letter words are kept ("i"
// is left out: it outranks every acronym, so "ai" would read as "a i").
const SHORT_WORDS = new Set(
  'a am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ai ar hr ml pr tv ui uk ux vr'.split(' '),
);

/** Where `npm run build` writes the costs in compact form (src/platforms/word-model.ts). */
export const WORD_MODEL_FILE = 'dist/word-model.bin';

/** What the costs are built from besides the list: a compact file built from other rules is not used. */
export const WORD_MODEL_KEY = JSON.stringify({ short: [...SHORT_WORDS], spellings: Object.keys(SPELLINGS), rank: SUPPLEMENT_RANK });

function load(): WordCosts {
  if (dictionary) return dictionary;
  return (dictionary = readCompactModel() ?? buildWordCosts());
}

function readCompactModel(): WordCosts | undefined {
  try {
    return decodeWordCosts(readFileSync(path.join(packageRoot(), WORD_MODEL_FILE)), WORD_MODEL_KEY);
  } catch {
    // Not built (tests on the sources) or unreadable: the ranked list gives the same costs, slower.
    return undefined;
  }
}

/** The costs from wordsninja's ranked list; the build writes them in compact form. */
export function buildWordCosts(): WordCosts & { entries: Map<string, number> } {
  const words = createRequire(import.meta.url)('wordsninja/words-en.json') as string[];
  const logN = Math.log(words.length);
  const cost = new Map<string, number>();
  const add = (word: string, rank: number) => {
    if (!cost.has(word)) cost.set(word, Math.log((rank + 1) * logN));
  };
  words.forEach((word, rank) => {
    if ((word.length > 2 || SHORT_WORDS.has(word)) && isLowerAscii(word)) add(word, rank);
  });
  for (const word of Object.keys(SPELLINGS)) add(word, SUPPLEMENT_RANK);
  let longest = 0;
  for (const word of cost.keys()) longest = Math.max(longest, word.length + (pluralisable(word) ? 1 : 0));
  return { entries: cost, longest, get: (word) => cost.get(word) };
}

// A charCode loop: /^[a-z]+$/ over 126,000 words is a visible share of a one-file run.
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}

// The list misses many plurals (`startups`), which would then split as `start ups`: a noun's
// plural in -s is taken as about half as frequent as the noun. Looked up on demand rather than
// added for every word, which doubled the time to load the list.
function pluralisable(word: string): boolean {
  return word.length >= 3 && !word.endsWith('s');
}

function costOf(cost: WordCosts, word: string): number | undefined {
  const listed = cost.get(word);
  if (listed !== undefined || !word.endsWith('s')) return listed;
  const singular = word.slice(0, -1);
  if (!pluralisable(singular)) return undefined;
  const singularCost = cost.get(singular);
  return singularCost === undefined ? undefined : singularCost + Math.LN2;
}

/** Words joined in CamelCase, acronyms and brand names spelled their own way: `OpenToWork`. */
export function camelCase(words: string[]): string {
  return words.map((w) => SPELLINGS[w] ?? w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** Whether the word list is loaded yet (for tests that check it loads lazily). */
export function isWordListLoaded(): boolean {
  return dictionary !== undefined;
}

/**
 * The `k` cheapest ways to write lower-case ASCII `text` as dictionary words, best first; empty
 * when it cannot be written with known words at all.
 */
export function segmentWords(text: string, k = 2): Segmentation[] {
  const loaded = load();
  const { longest } = loaded;
  // best[i]: up to k cheapest segmentations of text.slice(0, i).
  const best: Segmentation[][] = [[{ words: [], cost: 0 }]];
  for (let i = 1; i <= text.length; i++) {
    const candidates: Segmentation[] = [];
    for (let j = Math.max(0, i - longest); j < i; j++) {
      const wordCost = costOf(loaded, text.slice(j, i));
      if (wordCost === undefined) continue;
      for (const prefix of best[j]!) candidates.push({ words: [...prefix.words, text.slice(j, i)], cost: prefix.cost + wordCost });
    }
    best.push(candidates.sort((a, b) => a.cost - b.cost).slice(0, k));
  }
  return best[text.length]!;
}
