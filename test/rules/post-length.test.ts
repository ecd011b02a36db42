import rule from '../../rules/post-length.js';
import { testRule } from '../helpers/rule-tester.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');
const draft = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
const family = '👩‍👩‍👧‍👦'; // four people joined by ZWJ: one grapheme, 11 UTF-16 units, 25 UTF-8 bytes
const longUrl = 'https://example.com/2026/11/a-very-long-path-about-accessible-forms-and-what-we-learned?utm_source=socialint';

testRule(rule, {
  valid: [
    { name: 'short LinkedIn post', text: draft('platform: linkedin', 'Shipped it.') },
    { name: 'exactly 280 on X', text: draft('platform: x', 'a'.repeat(280)) },
    { name: 'no platform, nothing to measure against', text: `${'a'.repeat(5000)}\n` },
    { name: 'thread whose parts are each short', text: draft('platform: x\nkind: thread', `${'a'.repeat(200)}\n\n---\n\n${'b'.repeat(200)}`) },
    { name: 'markup does not count', text: draft('platform: x', `**${'a'.repeat(278)}**`) },
    { name: 'option raises the limit', text: draft('platform: mastodon', 'a'.repeat(900)), options: { max: { mastodon: 1000 } } },
    { name: '--platform default', text: `${'a'.repeat(2000)}\n`, platform: 'linkedin' },
    { name: 'X: 140 CJK characters weigh exactly 280', text: draft('platform: x', 'の'.repeat(140)) },
    { name: 'X: 140 ZWJ family emoji weigh exactly 280', text: draft('platform: x', family.repeat(140)) },
    { name: 'X: Cyrillic and Greek weigh 1 each', text: draft('platform: x', 'Привет'.repeat(40) + 'Γειά'.repeat(10)) },
    { name: 'X: a combining accent is normalised into its letter (NFC)', text: draft('platform: x', 'e\u0301'.repeat(280)) },
    { name: 'X: a long URL counts 23', text: draft('platform: x', `${'a'.repeat(256)} ${longUrl}`) },
    { name: 'X: a URL without a scheme counts 23 too', text: draft('platform: x', `${'a'.repeat(256)} example.com/${'p'.repeat(60)}`) },
    { name: 'X premium accounts may post 25,000', text: draft('platform: x', 'a'.repeat(3000)), settings: { xAccount: 'premium' } },
    { name: 'X direct messages count code points up to 10,000', text: draft('platform: x\nkind: dm\nto: Ana', 'a'.repeat(9000)) },
    { name: 'Bluesky: 300 accented letters written with combining accents', text: draft('platform: bluesky', 'e\u0301'.repeat(300)) },
    { name: 'Bluesky: 120 ZWJ families are 120 graphemes and exactly 3,000 bytes', text: draft('platform: bluesky', family.repeat(120)) },
    {
      name: 'Mastodon: a remote mention counts as @user and a URL as 23',
      text: draft('platform: mastodon', `${'a'.repeat(470)} @ana@mastodon.social ${longUrl}`),
    },
    { name: 'Mastodon: the instance limit from settings', text: draft('platform: mastodon', 'a'.repeat(900)), settings: { mastodonMaxCharacters: 1000 } },
    { name: 'LinkedIn invite of 250 for a premium account', text: draft('platform: linkedin\nkind: invite\nto: Ana', 'a'.repeat(250)) },
    { name: 'a kind without a limit on the platform (Instagram invite)', text: draft('platform: instagram\nkind: dm\nto: Ana', 'a'.repeat(9000)) },
  ],
  invalid: [
    {
      name: 'over on X points at the first character past the limit',
      text: draft('platform: x', 'a'.repeat(285)),
      errors: [
        {
          message: 'This post is 285 characters; X allows 280 for a post (5 over; weighted: CJK and emoji count 2, links 23).',
          line: 5,
          column: 281,
          endLine: 5,
          endColumn: 286,
        },
      ],
    },
    {
      name: 'thread part two is over',
      text: draft('platform: x\nkind: thread', `short\n\n---\n\n${'b'.repeat(300)}`),
      errors: [{ message: /^Part 2 of the thread is 300 characters; X allows 280 for a post \(20 over; weighted/, line: 10, column: 281 }],
    },
    {
      name: 'X: 141 CJK characters weigh 282, and the finding starts at the 141st',
      text: draft('platform: x', 'の'.repeat(141)),
      errors: [{ message: /^This post is 282 characters; X allows 280 for a post \(2 over;/, line: 5, column: 141 }],
    },
    {
      name: 'X: 141 ZWJ families weigh 282; the finding starts after the 140th whole emoji',
      text: draft('platform: x', family.repeat(141)),
      errors: [{ message: /^This post is 282 characters/, line: 5, column: 140 * family.length + 1 }],
    },
    {
      name: 'X: a URL counts 23, so text around it can still be over',
      text: draft('platform: x', `${'a'.repeat(260)} ${longUrl}`),
      errors: [{ message: /^This post is 284 characters; X allows 280 for a post \(4 over;/ }],
    },
    {
      name: 'X: emoji with skin tones weigh 2 each',
      text: draft('platform: x', '👍🏽'.repeat(141)),
      errors: [{ message: /^This post is 282 characters/ }],
    },
    {
      name: 'X direct message over 10,000 code points',
      text: draft('platform: x\nkind: dm\nto: Ana', '😀'.repeat(10001)),
      errors: [{ message: 'This message is 10,001 characters; X allows 10,000 for a message (1 over; Unicode code points).' }],
    },
    {
      name: 'Bluesky: 301 graphemes, however few bytes',
      text: draft('platform: bluesky', 'e\u0301'.repeat(301)),
      errors: [{ message: 'This post is 301 characters; Bluesky allows 300 for a post (1 over; characters as people see them).', column: 601 }],
    },
    {
      name: 'Bluesky: 121 ZWJ families fit 300 graphemes but not 3,000 bytes',
      text: draft('platform: bluesky', family.repeat(121)),
      errors: [{ message: 'This post is 3,025 bytes in UTF-8; Bluesky allows 3,000 bytes whatever the character count (25 over).', column: 120 * family.length + 1 }],
    },
    {
      name: 'Mastodon: URLs count 23 but the text is still over 500',
      text: draft('platform: mastodon', `${'a'.repeat(480)} @ana@mastodon.social ${longUrl}`),
      errors: [{ message: 'This post is 509 characters; Mastodon allows 500 for a post (9 over; links count 23, a remote @user@domain as @user).' }],
    },
    {
      name: 'Mastodon: a smaller instance limit from settings',
      text: draft('platform: mastodon', 'a'.repeat(600)),
      settings: { mastodonMaxCharacters: 400 },
      errors: [{ message: /^This post is 600 characters; Mastodon allows 400 for a post \(200 over;/ }],
    },
    {
      name: 'LinkedIn invite note over 300',
      text: draft('platform: linkedin\nkind: invite\nto: Ana', words(120)),
      errors: [{ message: /^This invite note is 359 characters; LinkedIn allows 300 for an invite note \(59 over;/ }],
    },
    {
      name: 'LinkedIn free accounts get 200 for an invite note',
      text: draft('platform: linkedin\nkind: invite\nto: Ana', 'a'.repeat(250)),
      settings: { linkedinAccount: 'free' },
      errors: [{ message: 'This invite note is 250 characters; LinkedIn allows 200 for an invite note (50 over; UTF-16 units: most emoji count 2).', column: 201 }],
    },
    {
      name: 'LinkedIn counts an emoji as 2',
      text: draft('platform: linkedin\nkind: comment', '🎉'.repeat(626)),
      errors: [{ message: /^This comment is 1,252 characters; LinkedIn allows 1,250 for a comment/ }],
    },
    {
      name: 'Threads counts an emoji by its UTF-8 bytes',
      text: draft('platform: threads', `${'a'.repeat(497)} 👍`),
      errors: [{ message: /^This post is 502 characters; Threads allows 500 for a post \(2 over; an emoji counts its UTF-8 bytes\)/ }],
    },
    {
      name: 'each platform of a cross-post is measured',
      text: draft('platforms: [x, bluesky]', 'a'.repeat(301)),
      errors: [{ message: /X allows 280/ }, { message: /Bluesky allows 300/ }],
    },
    {
      name: 'an option lowers the limit for one platform',
      text: draft('platform: mastodon', 'a'.repeat(300)),
      options: { max: { mastodon: 250 } },
      errors: [{ message: /Mastodon allows 250/, column: 251 }],
    },
  ],
});
