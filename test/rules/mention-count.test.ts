import { describe, expect, it } from 'vitest';
import rule from '../../rules/mention-count.js';
import { lintText } from '../../src/engine/lint.js';
import { configFor, testRule } from '../helpers/rule-tester.js';

const draft = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
const people = (n: number, make = (i: number) => `@user${i}`) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

testRule(rule, {
  valid: [
    { name: 'a few people on X', text: draft('platform: x', 'Thanks @ana, @bob_dev and @chen for the reviews!') },
    { name: 'the same person twice counts once', text: draft('platform: x', '@ana @ana @ana @bob @chen @dee @eve') },
    { name: 'email addresses are not mentions', text: draft('platform: x', 'Write to a@example.com b@example.com c@example.com d@example.com e@example.com f@example.com') },
    { name: 'profile URLs with and without a scheme are not mentions', text: draft('platform: mastodon', 'https://mastodon.social/@a https://mastodon.social/@b mastodon.social/@c hachyderm.io/@d @e @f') },
    { name: 'X ignores fediverse addresses', text: draft('platform: x', people(6, (i) => `@u${i}@mastodon.social`)) },
    { name: 'Mastodon: @ana and @ana@mastodon.social are different accounts, five in all', text: draft('platform: mastodon', '@ana @ana@mastodon.social @ana@hachyderm.io @bob @chen') },
    { name: 'Bluesky: names without a domain are not mentions', text: draft('platform: bluesky', '@ana @bob @chen @dee @eve @fay @gus') },
    { name: 'thread parts are counted separately', text: draft('platform: x\nkind: thread', `${people(4)}\n\n---\n\n${people(4, (i) => `@other${i}`)}`) },
    { name: 'the option allows more', text: draft('platform: linkedin', people(8)), options: { max: 10 } },
    { name: 'mentions among CJK, emoji ZWJ sequences and combining accents', text: draft('platform: x', '感谢 @ana 👩‍👩‍👧‍👦 and @jose\u0301 and @chen!') },
  ],
  invalid: [
    {
      name: 'six people on X',
      text: draft('platform: x', 'Great panel with @ana @bob @chen @dee @eve @fay'),
      errors: [{ message: '6 people mentioned in one post on X; more than 5 reads as tag spam. Mention only the people the post is about.', line: 5, column: 44, endColumn: 48 }],
    },
    {
      name: 'Bluesky handles',
      text: draft('platform: bluesky', people(6, (i) => `@user${i}.bsky.social`)),
      errors: [{ message: /^6 people mentioned in one post on Bluesky;/ }],
    },
    {
      name: 'Mastodon remote mentions',
      text: draft('platform: mastodon', people(3, (i) => `@u${i}@mastodon.social`) + ' ' + people(3, (i) => `@u${i}@hachyderm.io`)),
      errors: [{ message: /^6 people mentioned in one post on Mastodon;/ }],
    },
    {
      name: 'Instagram: more than 20 is an error',
      text: draft('platform: instagram', people(21)),
      errors: [{ message: '21 people mentioned: Instagram rejects posts that mention more than 20.' }],
    },
    {
      name: 'per-platform option',
      text: draft('platforms: [linkedin, threads]', people(3)),
      options: { max: { threads: 2 } },
      errors: [{ message: /^3 people mentioned in one post on Threads; more than 2/ }],
    },
    {
      name: 'no platform: the general reading',
      text: `${people(6)}\n`,
      errors: 1,
    },
  ],
});

describe('mention-count severity', () => {
  it("Instagram's cap is an error even when the rule is a warning; the advice stays a warning", async () => {
    const severities = async (text: string) => {
      const config = configFor(rule, { text });
      config.data.rules = { 'mention-count': 'warn' };
      const [result] = await lintText(text, { config, filePath: 'case.md' });
      return result!.messages.filter((m) => m.ruleId === 'mention-count').map((m) => m.severity);
    };
    expect(await severities(draft('platform: instagram', people(21)))).toEqual([2]);
    expect(await severities(draft('platform: instagram', people(8)))).toEqual([1]);
  });
});
