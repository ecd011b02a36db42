import { graphemesOf, isEmoji } from '../src/platforms/unicode.js';
import { docsPath, findHashtags } from '../src/rule-helpers.js';
import { escapeRegExp } from '../src/text/escape-regexp.js';
import type { Profile, ProfileField, Rule } from '../src/types.js';

interface Options {
  /** Words that say nothing about what you do; replaces the default list. */
  buzzwords?: string[];
  maxEmoji?: number;
  maxHashtags?: number;
}

const BUZZWORDS = ['guru', 'ninja', 'rockstar', 'rock star', 'visionary', 'wizard', 'jedi', 'unicorn', 'superstar', 'thought leader', 'growth hacker', 'serial entrepreneur', 'disruptor', 'evangelist of everything'];

/** Job nouns a bare title ends with ("Senior Software Engineer", "Head of Marketing" has "of"). */
const ROLE_NOUNS = new Set(
  'engineer developer designer manager consultant analyst director scientist specialist architect lead officer coordinator administrator accountant assistant associate intern student researcher writer editor marketer recruiter founder co-founder cofounder ceo cto cfo coo cmo vp president owner programmer technician nurse teacher lawyer attorney photographer strategist advisor adviser executive representative planner professional'.split(' '),
);

/** Words that turn a title into a statement: "for", "at", "helping", a separator. */
const CONNECTED = /[|•·,;:/()+&@–—]|\s-\s|\b(at|for|helping|help|who|with|in|on|to|building|making|and|turning|about)\b/i;

const SEEKING = /\b(unemployed|jobless|out of work|between jobs|looking for (?:a |any )?(?:job|work|opportunit(?:y|ies)|role)|seeking (?:employment|work|a job|opportunities)|desperate(?:ly)?|need a job)\b/i;

/**
 * What makes a headline undersell: only a job title, empty buzzwords, emoji or hashtag stuffing,
 * and "unemployed"-style wording where an "open to" line would work for the person.
 */
const rule: Rule<Options> = {
  id: 'headline-quality',
  meta: {
    description: 'A headline that is only a job title, leans on buzzwords, is stuffed with emoji or hashtags, or undersells a job search.',
    docs: docsPath('headline-quality'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['profile'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        buzzwords: { type: 'array', items: { type: 'string', minLength: 1 } },
        maxEmoji: { type: 'integer', minimum: 0 },
        maxHashtags: { type: 'integer', minimum: 0 },
      },
    },
    defaultOptions: { maxEmoji: 2, maxHashtags: 2 },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'profile' || !document.profile.headline) return;
    const { profile } = document;
    const headline = profile.headline!;
    const prose = headline.prose;
    const text = prose.text;

    if (isOnlyTitle(text, profile)) {
      context.report({
        message: `The headline is only a job title ("${text}"); add who you help or what you are known for, e.g. "${text} | <what you build, for whom>".`,
        loc: { prose, start: 0, end: text.length },
      });
    }

    const words = context.options.buzzwords ?? BUZZWORDS;
    if (words.length) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
      for (const m of text.matchAll(pattern)) {
        context.report({
          message: `"${m[0]}" is an empty buzzword in a headline; say what you actually do (skills, results, who you help).`,
          loc: { prose, start: m.index!, end: m.index! + m[0].length },
        });
      }
    }

    const emoji = graphemesOf(text).filter((g) => isEmoji(g.segment));
    const maxEmoji = context.options.maxEmoji ?? 2;
    if (emoji.length > maxEmoji) {
      const first = emoji[maxEmoji]!;
      context.report({
        message: `The headline has ${emoji.length} emoji; more than ${maxEmoji} crowd out what you do (and screen readers read each one aloud).`,
        loc: { prose, start: first.index, end: first.index + first.segment.length },
      });
    }

    const hashtags = findHashtags(prose, profile.platform);
    const maxHashtags = context.options.maxHashtags ?? 2;
    if (hashtags.length > maxHashtags) {
      const first = hashtags[maxHashtags]!;
      context.report({
        message: `The headline has ${hashtags.length} hashtags; more than ${maxHashtags} read as keyword stuffing. Put skills in the skills section.`,
        loc: { prose, start: first.start, end: first.end },
      });
    }

    const seeking = SEEKING.exec(text);
    if (seeking) {
      const role = currentTitle(profile) ?? '<role>';
      context.report({
        message: `"${seeking[0]}" undersells you; say what you are open to instead, e.g. "Open to ${role} roles | <your strongest result>".`,
        loc: { prose, start: seeking.index, end: seeking.index + seeking[0].length },
      });
    }
  },
};

function isOnlyTitle(text: string, profile: Profile): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 6 || CONNECTED.test(text) || SEEKING.test(text)) return false;
  const sameAsPosition = profile.positions.some((p) => p.title && p.title.value.toLowerCase() === text.trim().toLowerCase());
  return sameAsPosition || ROLE_NOUNS.has(words.at(-1)!.toLowerCase().replace(/[.!]$/, ''));
}

function currentTitle(profile: Profile): string | undefined {
  const title: ProfileField | undefined = (profile.positions.find((p) => !p.finishedOn) ?? profile.positions[0])?.title;
  return title?.value;
}

export default rule;
