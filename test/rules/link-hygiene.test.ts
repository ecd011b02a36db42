import { describe, expect, it } from 'vitest';
import rule from '../../rules/link-hygiene.js';
import { stripTracking } from '../../src/text/tracking-params.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string, platform = 'linkedin') => `---\nplatform: ${platform}\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    post('Slides are up: https://example.com/talks/forms?lang=en#slide-4'),
    post('Read the write-up at https://blog.example.org/2026/03/accessible-forms'),
    post('The search page is https://shop.example/search?q=utm&page=2'),
    post('Video: https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42'),
    post('A site that uses its own `si` parameter: https://docs.example.com/api?si=3'),
    post('```\ncurl https://example.com/?utm_source=x\n```'),
    { name: 'http allowed by option', text: post('Old page: http://example.com/archive'), options: { insecure: false } },
    post('Email me at ana@example.com'),
  ],
  invalid: [
    {
      name: 'utm parameters removed, the rest kept',
      text: post('New post: https://example.com/blog/forms?utm_source=linkedin&id=42&utm_medium=social#comments'),
      errors: [{ message: 'Tracking parameters utm_source, utm_medium in this link: they tell the site where readers came from and make the link longer.', line: 5, column: 11 }],
      output: post('New post: https://example.com/blog/forms?id=42#comments'),
    },
    {
      name: 'the only parameter goes with its question mark',
      text: post('Photo: https://www.instagram.com/p/C4xyz/?igshid=MzRlODBiNWFlZA=='),
      errors: [{ message: /^Tracking parameter igshid in this link: it tells/ }],
      output: post('Photo: https://www.instagram.com/p/C4xyz/'),
    },
    {
      name: 'fbclid and gclid, encoded values and order kept',
      text: post('See https://shop.example.com/item?color=r%C3%A9d&fbclid=IwAR0abc&size=M&gclid=Cj0KCQ done.'),
      output: post('See https://shop.example.com/item?color=r%C3%A9d&size=M done.'),
      errors: 1,
    },
    {
      name: 'si on YouTube and Spotify',
      text: post('Listen https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=a1b2c3 and watch https://youtu.be/dQw4w9WgXcQ?si=xyz&t=10'),
      output: post('Listen https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC and watch https://youtu.be/dQw4w9WgXcQ?t=10'),
      errors: 2,
    },
    {
      name: 'Markdown link target fixed, link text untouched',
      text: post('Read [my notes](https://example.com/notes?mc_eid=123&mc_cid=456) on it.'),
      output: post('Read [my notes](https://example.com/notes) on it.'),
      errors: 1,
    },
    {
      name: 'CRLF file: only the parameters change, every other byte stays',
      text: '---\r\nplatform: linkedin\r\n---\r\n\r\nLine one https://example.com/a?utm_campaign=spring&x=1\r\nline two\r\n',
      output: '---\r\nplatform: linkedin\r\n---\r\n\r\nLine one https://example.com/a?x=1\r\nline two\r\n',
      errors: [{ line: 5, column: 10 }],
    },
    {
      name: 'X share link parameters',
      text: post('https://x.com/ana/status/1789?s=20&t=AbC', 'x'),
      output: post('https://x.com/ana/status/1789', 'x'),
      errors: 1,
    },
    { name: 'shortener', text: post('Sign up here: https://bit.ly/3xYz12'), errors: [{ message: 'bit.ly is a link shortener: readers cannot see where the link goes, and shortened links are a common scam. Use the full address.' }] },
    { name: 'configured shortener', text: post('Docs: https://go.acme.co/docs'), options: { shorteners: ['go.acme.co'] }, errors: [{ message: /^go\.acme\.co is a link shortener/ }] },
    {
      name: 'http link, with a suggestion',
      text: post('Old page: http://example.com/archive'),
      errors: [{ message: 'Insecure http: link; use https: if the site supports it.' }],
      suggestions: ['Use https:'],
      suggestionOutput: post('Old page: https://example.com/archive'),
    },
    { name: 'autolink in angle brackets', text: post('<https://example.com/a?utm_source=x>'), errors: 1, output: post('<https://example.com/a>') },
  ],
});

describe('stripTracking', () => {
  it('keeps empty pairs and separators of kept parameters as written', () => {
    expect(stripTracking('https://e.com/?a=1&&utm_source=x')?.cleaned).toBe('https://e.com/?a=1');
    expect(stripTracking('https://e.com/?UTM_Source=x&b')?.cleaned).toBe('https://e.com/?b');
    expect(stripTracking('https://e.com/?a=1')).toBeUndefined();
    expect(stripTracking('https://e.com/p#?utm_source=x')).toBeUndefined();
  });
});
