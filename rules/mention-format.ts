import { isBlueskyHandle, mayHoldMention, PLATFORM_SPECS, proseEntities } from '../src/platforms/index.js';
import { docsPath } from '../src/rule-helpers.js';
import type { Platform, Prose, ReportDescriptor, Rule } from '../src/types.js';

/** Platforms that link a fediverse address `@user@instance` as a mention. */
const FEDIVERSE: ReadonlySet<Platform> = new Set(['mastodon', 'threads']);

const X_USERNAME_MAX = 15;

/**
 * A mention written so the platform will not link it, or links someone else: a fediverse address
 * where there is no fediverse, an X username cut at 15 characters or at a dot, a Bluesky name
 * without its domain, an instance without a domain, a space after `@`.
 */
const rule: Rule = {
  id: 'mention-format',
  meta: {
    description: 'Mentions the platform will not link as written: fediverse addresses off the fediverse, X names over 15 characters or with dots, Bluesky names without a domain, a space after @.',
    docs: docsPath('mention-format'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'newsletter'],
    category: 'problem',
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post') return;
    for (const part of document.parts) {
      const reported = new Set<string>();
      const report = (key: string, descriptor: ReportDescriptor) => {
        if (reported.has(key)) return;
        reported.add(key);
        context.report(descriptor);
      };
      const offFediverse = context.platforms.filter((p) => !FEDIVERSE.has(p)).map((p) => PLATFORM_SPECS[p].name);
      if (offFediverse.length) for (const d of fediverseAddresses(part, offFediverse)) report(`fediverse:${start(d)}`, d);
      for (const platform of context.platforms) {
        for (const d of problemsFor(part, platform)) report(`${platform}:${start(d)}`, d);
      }
      for (const d of spacedMentions(part)) report(`space:${start(d)}`, d);
    }
  },
};

const start = (d: ReportDescriptor) => ('start' in d.loc ? d.loc.start : -1);

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** `@ana@mastodon.social` where there is no fediverse: plain text, and nobody is notified. */
function fediverseAddresses(prose: Prose, names: string[]): ReportDescriptor[] {
  const where = listNames(names);
  const account = names.length === 1 ? `their ${names[0]} account` : 'their account there';
  // A fediverse address has two @; the general reading is memoised, as every rule's is.
  if (!mayHoldMention(prose.text)) return [];
  return proseEntities(prose)
    .mentions.filter((m) => m.domain)
    .map((m) => ({
      message: `${m.text} is a fediverse address; ${where} ${names.length === 1 ? 'does' : 'do'} not link it. Mention ${account}, or give the address as plain text.`,
      loc: { prose, start: m.start, end: m.end },
    }));
}

function problemsFor(prose: Prose, platform: Platform): ReportDescriptor[] {
  const text = prose.text;
  const found: ReportDescriptor[] = [];
  const at = (start: number, end: number) => ({ prose, start, end });

  const linked = proseEntities(prose, platform).mentions;
  if (platform === 'x') {
    for (const m of linked) {
      const rest = /^[A-Za-z0-9_]+/.exec(text.slice(m.end))?.[0] ?? '';
      const dotted = /^\.[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*/.exec(text.slice(m.end))?.[0];
      if (rest || m.username.length > X_USERNAME_MAX) {
        const whole = m.text + rest;
        found.push({
          message: `${whole} is longer than an X username can be (${X_USERNAME_MAX} letters, digits or _); X would link @${m.username.slice(0, 20)} instead.`,
          loc: at(m.start, m.end + rest.length),
        });
      } else if (dotted) {
        found.push({
          message: `${m.text}${dotted} looks like a Bluesky or web handle; X links only ${m.text}, which may be someone else.`,
          loc: at(m.start, m.end + dotted.length),
        });
      }
    }
  }

  if (platform === 'bluesky') {
    for (const m of text.matchAll(/(?<=^|\s|\()@([a-zA-Z0-9_-]+)(?![\w@-]|\.[a-zA-Z0-9])/g)) {
      if (isBlueskyHandle(m[1]!)) continue;
      const start = m.index!;
      const end = start + m[0].length;
      const handle = `@${m[1]!.toLowerCase().replace(/_/g, '-')}.bsky.social`;
      const from = prose.fileOffset(start);
      const to = prose.fileOffset(end);
      found.push({
        message: `${m[0]} is not a Bluesky handle; Bluesky mentions need the full handle, such as ${handle}.`,
        loc: at(start, end),
        ...(from !== undefined && to === from + m[0].length ? { suggestions: [{ desc: `Write ${handle}`, fix: { range: [from, to] as [number, number], text: handle } }] } : {}),
      });
    }
  }

  if (platform === 'mastodon') {
    for (const m of linked) {
      if (m.domain && !m.domain.includes('.')) {
        found.push({ message: `${m.text} names no instance: an instance is a domain name, such as @${m.username}@mastodon.social.`, loc: at(m.start, m.end) });
      }
    }
  }
  return found;
}

/** `@ Ana`: a space after `@` leaves plain text on every platform. Only before a capitalised name, since `@ 5pm` means "at". */
function spacedMentions(prose: Prose): ReportDescriptor[] {
  const found: ReportDescriptor[] = [];
  for (const m of prose.text.matchAll(/(?<=^|\s|\()@([^\S\n]+)(\p{Lu}[\p{L}\p{M}]+)/gu)) {
    const start = m.index!;
    const end = start + m[0].length;
    const from = prose.fileOffset(start);
    const to = prose.fileOffset(end);
    found.push({
      message: `A space after @ leaves "${m[0]}" as plain text; write @${m[2]} to mention someone.`,
      loc: { prose, start, end },
      ...(from !== undefined && to === from + m[0].length ? { suggestions: [{ desc: `Write @${m[2]}`, fix: { range: [from, to] as [number, number], text: `@${m[2]}` } }] } : {}),
    });
  }
  return found;
}

export default rule;
