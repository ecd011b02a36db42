import { proseEntities } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import { exactFileRange } from '../src/text/file-range.js';
import { hostOf, stripTracking } from '../src/text/tracking-params.js';
import type { Fix, Prose, Rule, RuleContext } from '../src/types.js';

interface Options {
  /** More shortener hosts to warn about. */
  shorteners?: string[];
  /** Warn about `http:` links. */
  insecure?: boolean;
}

/** Hosts whose links hide where they lead; `lnkd.in` and `t.co` are the platforms' own. */
const SHORTENERS = [
  'bit.ly', 'bitly.com', 'tinyurl.com', 'goo.gl', 'ow.ly', 'buff.ly', 'is.gd', 'v.gd', 'rebrand.ly', 'cutt.ly', 'shorturl.at',
  'tiny.cc', 'lnkd.in', 't.co', 'bit.do', 't.ly', 'rb.gy', 's.id', 'dlvr.it', 'trib.al', 'shor.by', 'soo.gd', 'clck.ru', 'short.io', 'tr.im',
];

const rule: Rule<Options> = {
  id: 'link-hygiene',
  meta: {
    description: 'Links with tracking parameters (fixable), link shorteners, and insecure http: links.',
    docs: docsPath('link-hygiene'),
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'newsletter', 'invite', 'dm'],
    category: 'suggestion',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        shorteners: { type: 'array', items: { type: 'string', minLength: 1 } },
        insecure: { type: 'boolean' },
      },
    },
    defaultOptions: { insecure: true },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    const shorteners = new Set([...SHORTENERS, ...(context.options.shorteners ?? []).map((h) => h.toLowerCase())]);
    for (const prose of document.parts) {
      for (const url of proseEntities(prose, context.platforms[0]).urls) {
        const host = hostOf(url.text);
        const tracking = stripTracking(url.text);
        if (tracking) {
          const list = tracking.names.join(', ');
          context.report({
            message: `Tracking parameter${tracking.names.length > 1 ? 's' : ''} ${list} in this link: ${tracking.names.length > 1 ? 'they tell' : 'it tells'} the site where readers came from and ${tracking.names.length > 1 ? 'make' : 'makes'} the link longer.`,
            loc: { prose, start: url.start, end: url.end },
            fix: replace(context, prose, url.start, url.end, tracking.cleaned),
          });
        }
        if (shorteners.has(host)) {
          context.report({
            message: `${host} is a link shortener: readers cannot see where the link goes, and shortened links are a common scam. Use the full address.`,
            loc: { prose, start: url.start, end: url.end },
          });
        }
        if (context.options.insecure !== false && /^http:\/\//i.test(url.text)) {
          const fix = replace(context, prose, url.start, url.start + 4, 'https');
          context.report({
            message: 'Insecure http: link; use https: if the site supports it.',
            loc: { prose, start: url.start, end: url.end },
            suggestions: fix ? [{ desc: 'Use https:', fix }] : undefined,
          });
        }
      }
    }
  },
};

function replace(context: RuleContext<Options>, prose: Prose, start: number, end: number, text: string): Fix | undefined {
  const range = exactFileRange(context.document, prose, start, end);
  return range && { range, text };
}

export default rule;
