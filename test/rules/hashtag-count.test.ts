import { describe, expect, it } from 'vitest';
import rule from '../../rules/hashtag-count.js';
import { lintText } from '../../src/engine/lint.js';
import { configFor, testRule } from '../helpers/rule-tester.js';

const draft = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
const tags = (n: number, prefix = 'tag') => Array.from({ length: n }, (_, i) => `#${prefix}${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26) || ''}`).join(' ');

testRule(rule, {
  valid: [
    { name: 'two tags on X', text: draft('platform: x', 'Shipped the checker. #a11y #WebDev') },
    { name: 'X: a number is not a hashtag', text: draft('platform: x', 'Ranked #1 and #2 in the #1000 list, #WebDev #a11y') },
    { name: 'X: a URL fragment is not a hashtag', text: draft('platform: x', 'Read https://example.com/#intro and example.org/#faq #WebDev') },
    { name: 'X: C# and F# are languages, not tags', text: draft('platform: x', 'I write C# and F# daily. #dotnet') },
    { name: 'five on LinkedIn', text: draft('platform: linkedin', tags(5)) },
    { name: 'Mastodon: five CamelCase tags with accents and CJK', text: draft('platform: mastodon', '#Café #Ünïcode #日本語 #한국어 #OpenSource') },
    { name: 'Bluesky: a tag glued to a word is not a tag', text: draft('platform: bluesky', 'a#b c#d e#f g#h i#j k#l #one') },
    { name: 'Threads: one topic tag', text: draft('platform: threads', 'Weekend bread. #Baking') },
    { name: 'the option allows more', text: draft('platform: x', tags(4)), options: { max: { x: 4 } } },
    { name: 'thread parts are counted separately', text: draft('platform: x\nkind: thread', '#a #b\n\n---\n\n#c #d') },
    { name: 'an emoji ZWJ sequence after a tag is not part of the count', text: draft('platform: x', '#Family 👩‍👩‍👧‍👦 #Weekend') },
  ],
  invalid: [
    {
      name: 'six on X',
      text: draft('platform: x', 'New side project! #coding #javascript #typescript #opensource #100DaysOfCode #webdev'),
      errors: [{ message: '6 hashtags; X posts read best with at most 2. Keep the most relevant ones.', line: 5, column: 39, endColumn: 85 }],
    },
    {
      name: 'full-width ＃ is a hashtag on X too',
      text: draft('platform: x', '＃東京 ＃大阪 ＃京都'),
      errors: [{ message: /^3 hashtags; X posts/, column: 9 }],
    },
    {
      name: 'Threads: one topic tag is the convention',
      text: draft('platform: threads', '#Baking #Bread'),
      errors: [{ message: '2 hashtags; Threads posts read best with at most 1. Keep the most relevant ones.' }],
    },
    {
      name: 'Instagram: 31 tags is over the hard cap of 30',
      text: draft('platform: instagram', tags(31)),
      errors: [{ message: '31 hashtags: Instagram rejects posts with more than 30.' }],
    },
    {
      name: 'Instagram: 8 tags is advice only',
      text: draft('platform: instagram', tags(8)),
      errors: [{ message: /^8 hashtags; Instagram posts read best with at most 5/ }],
    },
    {
      name: 'per platform of a cross-post: Mastodon reads (#f) as a tag, Bluesky does not',
      text: draft('platforms: [bluesky, mastodon]', '#a #b #c #d #e (#f)'),
      errors: [{ message: /^6 hashtags; Mastodon/ }],
    },
    {
      name: 'a single number for every platform',
      text: draft('platform: linkedin', '#One #Two'),
      options: { max: 1 },
      errors: [{ message: /^2 hashtags; LinkedIn posts read best with at most 1/ }],
    },
  ],
});

describe('hashtag-count severity', () => {
  const lintAsWarning = async (text: string) => {
    const config = configFor(rule, { text });
    config.data.rules = { 'hashtag-count': 'warn' };
    const [result] = await lintText(text, { config, filePath: 'case.md' });
    return result!.messages.filter((m) => m.ruleId === 'hashtag-count');
  };

  it("raises Instagram's hard cap to an error even when the rule is a warning", async () => {
    expect((await lintAsWarning(draft('platform: instagram', tags(31)))).map((m) => m.severity)).toEqual([2]);
  });

  it('keeps the advice a warning', async () => {
    expect((await lintAsWarning(draft('platform: instagram', tags(8)))).map((m) => m.severity)).toEqual([1]);
  });
});
