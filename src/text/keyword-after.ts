/**
 * `(?<=before)(?:word|…)rest` written keyword first: `(?:word|…)(?<=before(?:word|…))rest`.
 * The same matches at the same places (a scan meets every match's keyword where the original meets
 * its lookbehind), but V8 no longer runs the lookbehind at every position of the text, only where
 * a keyword is: engagement-bait's two such patterns cost more than the rest of the rule together.
 */
export function keywordAfter(before: string, keywords: string, rest: string, flags: string): RegExp {
  return new RegExp(`${keywords}(?<=${before}${keywords})${rest}`, flags);
}
