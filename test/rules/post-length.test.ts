import rule from '../../rules/post-length.js';
import { testRule } from '../helpers/rule-tester.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');

testRule(rule, {
  valid: [
    { name: 'short LinkedIn post', text: '---\nplatform: linkedin\n---\n\nShipped it.\n' },
    { name: 'exactly 280 on X', text: `---\nplatform: x\n---\n\n${'a'.repeat(280)}\n` },
    { name: 'no platform, nothing to measure against', text: `${'a'.repeat(5000)}\n` },
    { name: 'thread whose parts are each short', text: `---\nplatform: x\nkind: thread\n---\n\n${'a'.repeat(200)}\n\n---\n\n${'b'.repeat(200)}\n` },
    { name: 'markup does not count', text: `---\nplatform: x\n---\n\n**${'a'.repeat(278)}**\n` },
    { name: 'option raises the limit', text: `---\nplatform: mastodon\n---\n\n${'a'.repeat(900)}\n`, options: { max: { mastodon: 1000 } } },
    { name: '--platform default', text: `${'a'.repeat(2000)}\n`, platform: 'linkedin' },
  ],
  invalid: [
    {
      name: 'over on X points at the first character past the limit',
      text: `---\nplatform: x\n---\n\n${'a'.repeat(285)}\n`,
      errors: [{ message: 'This text is 285 characters; X allows 280 for a post (5 over).', line: 5, column: 281, endLine: 5, endColumn: 286 }],
    },
    {
      name: 'thread part two is over',
      text: `---\nplatform: x\nkind: thread\n---\n\nshort\n\n---\n\n${'b'.repeat(300)}\n`,
      errors: [{ message: /^Part 2 of the thread is 300 characters; X allows 280/, line: 10, column: 281 }],
    },
    {
      name: 'LinkedIn invite note over 300',
      text: `---\nplatform: linkedin\nkind: invite\nto: Ana\n---\n\n${words(120)}\n`,
      errors: [{ message: /LinkedIn allows 300 for an invite/ }],
    },
    {
      name: 'each platform of a cross-post is measured',
      text: `---\nplatforms: [x, bluesky]\n---\n\n${'a'.repeat(301)}\n`,
      errors: [{ message: /X allows 280/ }, { message: /Bluesky allows 300/ }],
    },
    {
      name: 'emoji count as one character each',
      text: `---\nplatform: x\n---\n\n${'👍🏽'.repeat(281)}\n`,
      errors: 1,
    },
  ],
});
