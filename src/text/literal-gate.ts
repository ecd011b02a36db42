import { escapeRegExp } from './escape-regexp.js';

/**
 * Words a large regular expression cannot match without, checked before it runs. V8 compiles a
 * regular expression on its first match and keeps no compiled one in the code cache, so a rule's
 * big case-insensitive pattern costs milliseconds in every process that tries it once; most drafts
 * lack the words it needs, and a substring search over the lower-cased text rules it out for free.
 *
 * A gate is groups of words: a text passes when it holds one word of every group. It must be a
 * necessary condition: every alternative of the pattern contains a word of each group, written in
 * lower case (a test checks each gate against its pattern on generated text).
 */
export type LiteralGate = readonly (readonly string[])[];

/**
 * The text as gates compare it. Lower case covers the ASCII letters of a case-insensitive pattern;
 * with the `u` flag, case folding also maps the long s "ſ" to "s" (the Kelvin sign lower-cases to
 * "k" already), the only other characters that fold to ASCII letters.
 */
export function gateText(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
}

/** Whether `gated` (from gateText) holds a word of every group of `gate`. */
export function passesGate(gate: LiteralGate, gated: string): boolean {
  return gate.every((words) => anyOf(words).test(gated));
}

const alternations = new WeakMap<readonly string[], RegExp>();

/**
 * A group's words as one alternation of literals: one pass over the text instead of one search
 * per word (location-disclosure's gates searched ~80 words per text, most of its time).
 */
function anyOf(words: readonly string[]): RegExp {
  let pattern = alternations.get(words);
  if (!pattern) {
    // An empty group holds no word: it never passes.
    pattern = words.length === 0 ? /(?!)/ : new RegExp(words.map(escapeRegExp).join('|'));
    alternations.set(words, pattern);
  }
  return pattern;
}
