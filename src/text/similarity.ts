/**
 * Text normalisation and similarity for rules that compare what people wrote against known
 * phrasings (default invite text) or against each other (duplicate invites and posts; their
 * shingles and the search for near-duplicates are in near-duplicates.ts).
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

/** The set of already-stemmed words without some words (a recipient's name, greetings), so a fixed phrase is normalised once, not per document. */
export function stemmedWordSet(stemmed: readonly string[], drop: Iterable<string> = []): Set<string> {
  const dropped = new Set([...drop].map((w) => stem(w)));
  return new Set(stemmed.filter((w) => !dropped.has(w)));
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

/** Words of a person's name as they would appear in text ("Priya Shah" → priya, shah). */
export function nameWords(name: string | undefined): string[] {
  return name ? words(name).filter((w) => w.length > 1) : [];
}
