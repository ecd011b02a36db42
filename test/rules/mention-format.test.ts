import rule from '../../rules/mention-format.js';
import { testRule } from '../helpers/rule-tester.js';

const draft = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    { name: 'X usernames', text: draft('platform: x', 'Thanks @jack and @example_name! And @Ana.') },
    { name: 'X: exactly 15 characters', text: draft('platform: x', 'cc @abcdefghijklmno') },
    { name: 'X: email addresses are not mentions', text: draft('platform: x', 'Mail ana@example.com or bob@mastodon.social') },
    { name: 'Mastodon: local and remote mentions', text: draft('platform: mastodon', 'Thanks @ana and @bob@hachyderm.io and @chen@mastodon.social.') },
    { name: 'Threads links fediverse addresses', text: draft('platform: threads', 'cc @ana@mastodon.social') },
    { name: 'Bluesky handles, including custom domains', text: draft('platform: bluesky', 'Thanks @ana.bsky.social and @example.com (@bob.dev.example.org).') },
    { name: 'Bluesky: an email address is not a mention', text: draft('platform: bluesky', 'Mail ana@example.com') },
    { name: '"@ 5pm" means at', text: draft('platform: x', 'See you @ 5pm @ the cafe') },
    { name: 'LinkedIn names', text: draft('platform: linkedin', 'Thanks @Ana_Smith for the intro.') },
    { name: 'mentions among CJK, emoji ZWJ sequences and combining accents', text: draft('platform: x', '感谢 @ana 👩‍👩‍👧‍👦 and Jose\u0301 @jose!') },
    { name: 'no platform: nothing platform-specific', text: 'cc @ana@mastodon.social and @bob\n' },
    { name: 'a URL with @ in its path', text: draft('platform: x', 'Watch https://www.youtube.com/@channel/videos') },
    { name: 'URLs with and without a scheme holding a fediverse address', text: draft('platform: linkedin', 'See https://mastodon.social/@ana@hachyderm.io and mastodon.social/@bob') },
  ],
  invalid: [
    {
      name: 'X: a fediverse address',
      text: draft('platform: x', 'Follow me at @ana@mastodon.social'),
      errors: [
        {
          message: '@ana@mastodon.social is a fediverse address; X does not link it. Mention their X account, or give the address as plain text.',
          line: 5,
          column: 14,
          endColumn: 34,
        },
      ],
    },
    {
      name: 'a fediverse address on a cross-post names every platform that does not link it',
      text: draft('platforms: [linkedin, mastodon, bluesky]', 'cc @ana@mastodon.social'),
      errors: [{ message: /^@ana@mastodon\.social is a fediverse address; LinkedIn and Bluesky do not link it\. Mention their account there/ }],
    },
    {
      name: 'X: a username longer than 15',
      text: draft('platform: x', 'cc @averyverylongusername'),
      errors: [{ message: '@averyverylongusername is longer than an X username can be (15 letters, digits or _); X would link @averyverylongusernam instead.', column: 4, endColumn: 26 }],
    },
    {
      name: 'X: a Bluesky handle links someone else',
      text: draft('platform: x', 'Thanks @ana.bsky.social!'),
      errors: [{ message: '@ana.bsky.social looks like a Bluesky or web handle; X links only @ana, which may be someone else.', column: 8, endColumn: 24 }],
    },
    {
      name: 'Bluesky: a name without a domain',
      text: draft('platform: bluesky', 'Thanks @ana_b!'),
      errors: [{ message: '@ana_b is not a Bluesky handle; Bluesky mentions need the full handle, such as @ana-b.bsky.social.', column: 8, endColumn: 14 }],
      suggestions: ['Write @ana-b.bsky.social'],
      suggestionOutput: draft('platform: bluesky', 'Thanks @ana-b.bsky.social!'),
    },
    {
      name: 'Bluesky: at the end of a sentence',
      text: draft('platform: bluesky', 'Thanks @ana.'),
      errors: [{ message: /^@ana is not a Bluesky handle/ }],
    },
    {
      name: 'Bluesky: a fediverse address',
      text: draft('platform: bluesky', '(@ana@mastodon.social)'),
      errors: [{ message: /^@ana@mastodon\.social is a fediverse address; Bluesky does not link it/ }],
    },
    {
      name: 'Mastodon: an instance without a domain',
      text: draft('platform: mastodon', 'cc @ana@mastodon'),
      errors: [{ message: '@ana@mastodon names no instance: an instance is a domain name, such as @ana@mastodon.social.' }],
    },
    {
      name: 'a space after @',
      text: draft('platform: linkedin', 'Thanks @ Ana for the intro'),
      errors: [{ message: 'A space after @ leaves "@ Ana" as plain text; write @Ana to mention someone.', column: 8, endColumn: 13 }],
      suggestions: ['Write @Ana'],
      suggestionOutput: draft('platform: linkedin', 'Thanks @Ana for the intro'),
    },
    {
      name: 'a space after @ with an accented name, without a platform',
      text: 'Merci @ Élodie\n',
      errors: [{ message: /^A space after @ leaves "@ Élodie" as plain text/ }],
    },
  ],
});
