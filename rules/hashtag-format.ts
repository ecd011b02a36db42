import { PLATFORM_SPECS, proseEntities } from '../src/platforms/index.js';
import { docsPath, findHashtags, type Hashtag } from '../src/rule-helpers.js';
import { onFirstUse } from '../src/text/on-first-use.js';
import type { Platform, Prose, ReportDescriptor, Rule } from '../src/types.js';

interface Options {
  /** Consecutive hashtags followed by more of the sentence that make a wall. */
  wall?: number;
}

/**
 * Hashtags that do not work as the writer meant: digits only (no platform links them), cut short by
 * punctuation (`#work-life-balance` links `#work`), repeated in one post, a run of them in the
 * middle of a sentence, or any hashtag in an invite note or direct message, where nothing links.
 */
const rule: Rule<Options> = {
  id: 'hashtag-format',
  meta: {
    description: 'Hashtags the platform will not read as meant: digits only, cut by punctuation, repeated, mid-sentence walls, in invites or DMs.',
    docs: docsPath('hashtag-format'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'newsletter', 'invite', 'dm'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { wall: { type: 'integer', minimum: 2 } },
    },
    defaultOptions: { wall: 3 },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const kind = document.meta.kind;
    const platforms: (Platform | undefined)[] = context.platforms.length ? context.platforms : [undefined];
    const wall = context.options.wall ?? 3;
    for (const part of document.parts) {
      // One finding per place and problem, naming every platform it applies to.
      const findings = new Map<string, { descriptor: (names: string) => ReportDescriptor; names: string[] }>();
      const add = (key: string, platform: Platform | undefined, descriptor: (names: string) => ReportDescriptor) => {
        const name = platform ? PLATFORM_SPECS[platform].name : 'most platforms';
        const found = findings.get(key);
        if (found) found.names.push(name);
        else findings.set(key, { descriptor, names: [name] });
      };
      for (const platform of platforms) {
        const tags = findHashtags(part, platform);
        if (kind === 'invite' || kind === 'dm') {
          for (const tag of tags) add(`private:${tag.start}`, platform, () => privateTag(part, tag, kind));
          continue;
        }
        for (const tag of digitsOnly(part, platform, tags)) {
          add(`digits:${tag.start}`, platform, (names) => ({
            message: `${tag.text} is only digits, so ${names} will not make it a hashtag; add a word to it or drop the ${tag.text.charAt(0)}.`,
            loc: { prose: part, start: tag.start, end: tag.end },
          }));
        }
        for (const tag of tags) {
          const rest = /^(?:[-'’.&/+]+[\p{L}\p{M}\p{N}_]+)+/u.exec(part.text.slice(tag.end))?.[0];
          if (rest) add(`cut:${tag.start}`, platform, (names) => cutTag(part, tag, rest, names));
        }
        const seen = new Map<string, Hashtag>();
        for (const tag of tags) {
          const key = tag.tag.normalize('NFC').toLowerCase();
          const first = seen.get(key);
          if (!first) {
            seen.set(key, tag);
            continue;
          }
          add(`duplicate:${tag.start}`, platform, () => ({
            message: `${tag.text} repeats ${first.text} in the same post; once is enough.`,
            loc: { prose: part, start: tag.start, end: tag.end },
          }));
        }
        for (const run of midSentenceWalls(part.text, tags, wall)) {
          add(`wall:${run[0]!.start}`, platform, () => ({
            message: `${run.length} hashtags in a row in the middle of a sentence; screen readers read out each one. Keep tags to the end, or write the words.`,
            loc: { prose: part, start: run[0]!.start, end: run.at(-1)!.end },
          }));
        }
      }
      for (const { descriptor, names } of findings.values()) context.report(descriptor(listNames(names)));
    }
  },
};

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function privateTag(prose: Prose, tag: Hashtag, kind: 'invite' | 'dm'): ReportDescriptor {
  const what = kind === 'invite' ? 'an invite note' : 'a direct message';
  const from = prose.fileOffset(tag.start);
  const to = prose.fileOffset(tag.start + 1);
  return {
    message: `${tag.text} in ${what}: nothing links there and it reads like a broadcast; write the word.`,
    loc: { prose, start: tag.start, end: tag.end },
    ...(from !== undefined && to === from + 1 ? { suggestions: [{ desc: `Write ${tag.tag}`, fix: { range: [from, to] as [number, number], text: '' } }] } : {}),
  };
}

/**
 * `#work-life-balance` where the platform stops at `-`: the rest is plain text. The suggestion
 * joins the pieces in CamelCase, dropping apostrophes without a capital (`#don't` → `#dont`).
 */
function cutTag(prose: Prose, tag: Hashtag, rest: string, names: string): ReportDescriptor {
  const whole = tag.text + rest;
  const pieces = (tag.tag + rest).split(/([-'’.&/+]+)/u);
  const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  let joined = pieces[0]!;
  let camel = false;
  for (let i = 2; i < pieces.length; i += 2) {
    if (/['’]/.test(pieces[i - 1]!)) joined += pieces[i];
    else {
      joined += capitalise(pieces[i]!);
      camel = true;
    }
  }
  if (camel) joined = capitalise(joined);
  const suggestion = `${tag.text.charAt(0)}${joined}`;
  const from = prose.fileOffset(tag.start);
  const to = prose.fileOffset(tag.end + rest.length);
  const exact = from !== undefined && to !== undefined && to - from === whole.length;
  return {
    message: `${whole} is cut at "${rest.match(/^[-'’.&/+]+/u)![0]}": ${names} link${names.includes(' and ') || names === 'most platforms' ? '' : 's'} only ${tag.text}. Write ${suggestion}.`,
    loc: { prose, start: tag.start, end: tag.end + rest.length },
    ...(exact ? { suggestions: [{ desc: `Write ${suggestion}`, fix: { range: [from, to] as [number, number], text: suggestion } }] } : {}),
  };
}

// Made on first use, and run only on a text with a digit right after a number sign (every match
// has one; `\d` is ASCII with the `u` flag): V8 parses and compiles this Unicode expression at a
// cost a one-file run notices, and few drafts have such a tag.
export const DIGIT_TAG = onFirstUse(() => /(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃]\d+(?![\p{L}\p{M}\p{N}_])/gu);
export const mayHoldDigitTag = (text: string) => /[#＃]\d/.test(text);

/**
 * `#2024` written among real hashtags: meant as a tag, but no platform links digits alone. A lone
 * `#1` or `issue #42` is a number sign, not an attempt at a tag, and is left alone.
 */
function digitsOnly(prose: Prose, platform: Platform | undefined, tags: Hashtag[]): Hashtag[] {
  const text = prose.text;
  const found: Hashtag[] = [];
  if (!mayHoldDigitTag(text)) return found;
  // The same extraction findHashtags made for this text and platform, not a second one.
  const urls = proseEntities(prose, platform).urls;
  for (const m of text.matchAll(DIGIT_TAG())) {
    const start = m.index!;
    const end = start + m[0].length;
    if (urls.some((u) => start < u.end && u.start < end)) continue;
    const before = /(?:^|\s)$/.test(text.slice(0, start));
    const nextToTag = tags.some((t) => /^\s+$/.test(text.slice(t.end, start)) || /^\s+$/.test(text.slice(end, t.start)));
    if (before && nextToTag) found.push({ text: m[0], start, end, tag: m[0].slice(1) });
  }
  return found;
}

/** Runs of at least `min` hashtags separated only by spaces, with more words after them on the line. */
function midSentenceWalls(text: string, tags: Hashtag[], min: number): Hashtag[][] {
  const walls: Hashtag[][] = [];
  let run: Hashtag[] = [];
  const close = () => {
    const last = run.at(-1);
    if (run.length >= min && last && /^[^\S\n]*[,;:]?[^\S\n]*[\p{L}\p{N}]/u.test(text.slice(last.end))) walls.push(run);
    run = [];
  };
  for (const tag of tags) {
    const prev = run.at(-1);
    if (prev && !/^[^\S\n]+$/.test(text.slice(prev.end, tag.start))) close();
    run.push(tag);
  }
  close();
  return walls;
}

export default rule;
