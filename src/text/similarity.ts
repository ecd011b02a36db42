/**
 * Text normalisation and similarity for rules that compare what people wrote against known
 * phrasings (default invite text) or against each other (duplicate invites and posts). Sets of
 * words and word shingles are enough at the size of a content repository; no index is needed.
 */

const CONTRACTIONS: [RegExp, string][] = [
  [/\b(i|you|we|they|he|she|it|that|there|who)'d\b/g, '$1 would'],
  [/\b(i|you|we|they)'ll\b/g, '$1 will'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\bi'm\b/g, 'i am'],
  [/\blet's\b/g, 'let us'],
  [/\b(it|that|there|what|here)'s\b/g, '$1 is'],
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'cannot'],
  [/\b(\w+)n't\b/g, '$1 not'],
];

/**
 * Lower case, compatibility forms folded, accents, curly quotes and dashes made plain,
 * contractions spelled out, punctuation dropped, runs of space collapsed: two texts that differ
 * only in typing habits normalise to the same string.
 */
export function normaliseText(text: string): string {
  return words(text).join(' ');
}

export function words(text: string): string[] {
  return plainAsciiWords(text) ?? anyTextWords(text);
}

/**
 * The words of ASCII text with no apostrophe, backtick or URL, which is most drafts: there,
 * normalising only lower-cases and keeps the runs of letters and digits, so one match does it.
 * Undefined for any other text.
 */
function plainAsciiWords(text: string): string[] | undefined {
  if (!isAscii(text) || text.includes("'") || text.includes('`') || /http/i.test(text)) return undefined;
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function anyTextWords(text: string): string[] {
  // NFKD and mark removal change nothing in ASCII text, and the contractions all need an apostrophe.
  let s = isAscii(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  s = s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  if (s.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  if (s.includes('http')) s = s.replace(/https?:\/\/\S+/g, ' ');
  // Punctuation and symbols become spaces and runs of space collapse: what is left are the runs of letters and digits.
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Crude suffix folding so "connect", "connecting" and "connected" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  // The longest of these endings that the word has (what /(?:ing|ed|es|s)$/ removed), without a regex per word.
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ed') || word.endsWith('es')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}


const wordsOfProse = new WeakMap<object, readonly string[]>();

/**
 * words(prose.text), worked out once per document however many rules compare it (duplicate-post,
 * duplicate-invite, generic-invite); kept in a WeakMap, so it goes when the document does.
 */
export function proseWords(prose: { readonly text: string }): readonly string[] {
  let list = wordsOfProse.get(prose);
  if (!list) wordsOfProse.set(prose, (list = words(prose.text)));
  return list;
}

/** The set of stemmed words, optionally without some words (a recipient's name, greetings). */
export function wordSet(text: string, drop: Iterable<string> = []): Set<string> {
  return stemmedWordSet(words(text).map(stem), drop);
}

/** wordSet for words already stemmed, so a fixed phrase is normalised once, not per document. */
export function stemmedWordSet(stemmed: readonly string[], drop: Iterable<string> = []): Set<string> {
  const dropped = new Set([...drop].map((w) => stem(w)));
  return new Set(stemmed.filter((w) => !dropped.has(w)));
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * jaccard(a, b \ dropped) for a set `a` that holds nothing from `dropped`, without building
 * b \ dropped: a fixed phrase's word set is made once and each note drops its own words (the
 * recipient's name) from it. The same integers go into the same division, so the value is the same.
 */
export function jaccardWithout<T>(a: ReadonlySet<T>, b: ReadonlySet<T>, dropped: ReadonlySet<T>): number {
  let size = b.size;
  for (const x of dropped) if (b.has(x)) size--;
  if (a.size === 0 || size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + size - shared);
}

/** How much of `part` lies inside `whole`: |A ∩ B| / |A|. */
export function containment<T>(part: ReadonlySet<T>, whole: ReadonlySet<T>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const x of part) if (whole.has(x)) shared++;
  return shared / part.size;
}

/**
 * Overlapping runs of `k` words. Texts shorter than `k` words give one shingle of all of them,
 * so short notes still compare.
 */
export function shingles(wordList: readonly string[], k = 3): Set<string> {
  if (wordList.length === 0) return new Set();
  if (wordList.length <= k) return new Set([wordList.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + k <= wordList.length; i++) out.add(wordList.slice(i, i + k).join(' '));
  return out;
}

/** Words of a person's name as they would appear in text ("Priya Shah" → priya, shah). */
export function nameWords(name: string | undefined): string[] {
  return name ? words(name).filter((w) => w.length > 1) : [];
}
