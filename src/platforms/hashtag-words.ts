import { camelCase, segmentWords } from './word-segmentation.js';

/** One way to read a run-together hashtag, written in CamelCase. */
export interface HashtagReading {
  text: string;
  /** How much less likely than the best reading (0 for the best), in the segmenter's cost. */
  margin: number;
}

/** A hashtag written all in one case: ASCII letters and digits, all lower or all upper. */
export function isSingleCase(tag: string): boolean {
  return /^(?:[a-z0-9]+|[A-Z0-9]+)$/.test(tag) && /[a-zA-Z]/.test(tag);
}

/**
 * The likeliest CamelCase readings of a single-case hashtag, best first, when it holds more than
 * one word; undefined for a single word, or when some part is not made of known English words
 * (then socialint cannot tell). Letter runs are split on their own; digits stay as written.
 */
export function hashtagReadings(tag: string): HashtagReading[] | undefined {
  // People reuse their tags from post to post, and segmenting one is the costly part of
  // hashtag-case (~150 ms sampled over 10,000 drafts): each tag is read once per run.
  if (readingsOf.has(tag)) return copyOf(readingsOf.get(tag));
  if (readingsOf.size >= MAX_REMEMBERED) readingsOf.clear();
  const readings = readHashtag(tag);
  readingsOf.set(tag, readings);
  return copyOf(readings);
}

const MAX_REMEMBERED = 10_000;
const readingsOf = new Map<string, HashtagReading[] | undefined>();

/** Callers get their own array and objects, so nothing they do reaches the remembered readings. */
function copyOf(readings: HashtagReading[] | undefined): HashtagReading[] | undefined {
  return readings?.map((reading) => ({ ...reading }));
}

function readHashtag(tag: string): HashtagReading[] | undefined {
  const runs = tag.match(/[a-zA-Z]+|[0-9]+/g) ?? [];
  const perRun: { text: string; cost: number; words: number }[][] = [];
  for (const run of runs) {
    if (/^\d/.test(run) || run.length < 4) {
      perRun.push([{ text: /^\d/.test(run) ? run : camelCase([run.toLowerCase()]), cost: 0, words: 1 }]);
      continue;
    }
    const found = segmentWords(run.toLowerCase(), 4);
    if (found.length === 0) return undefined;
    // Different splits can spell the same (LinkedIn + Tips, Linked + In + Tips): keep the likeliest.
    const distinct = new Map<string, { text: string; cost: number; words: number }>();
    for (const s of found) {
      const text = camelCase(s.words);
      if (!distinct.has(text)) distinct.set(text, { text, cost: s.cost, words: s.words.length });
    }
    perRun.push([...distinct.values()]);
  }
  const best = perRun.map((readings) => readings[0]!);
  const wordCount = best.reduce((n, r) => n + (/^\d/.test(r.text) ? 0 : r.words), 0);
  if (wordCount < 2) return undefined;
  const readings: HashtagReading[] = [{ text: best.map((r) => r.text).join(''), margin: 0 }];
  // Second readings differ from the best in one run: its runner-up.
  perRun.forEach((runReadings, i) => {
    const second = runReadings[1];
    if (!second) return;
    const text = best.map((r, j) => (j === i ? second.text : r.text)).join('');
    readings.push({ text, margin: second.cost - runReadings[0]!.cost });
  });
  return readings.sort((a, b) => a.margin - b.margin);
}
