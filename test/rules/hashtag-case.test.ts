import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/hashtag-case.js';
import { isWordListLoaded } from '../../src/platforms/word-segmentation.js';
import { runCli, withTempDir } from '../helpers/cli.js';
import { lintCase, testRule } from '../helpers/rule-tester.js';

const draft = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

// First in the file, while the module is fresh: the word list must not load for tags that need no split.
describe('hashtag-case loads its word list lazily', () => {
  it('not for CamelCase, short or non-Latin tags', async () => {
    await lintCase(rule, { text: draft('platform: x', '#OpenToWork #ux #tbt #日本語 #Design') });
    expect(isWordListLoaded()).toBe(false);
  });
  it('on the first tag written in one case', async () => {
    await lintCase(rule, { text: draft('platform: x', '#design') });
    expect(isWordListLoaded()).toBe(true);
  });
});

testRule(rule, {
  valid: [
    { name: 'already CamelCase', text: draft('platform: linkedin', 'Looking for my next role. #OpenToWork #DigitalMarketing') },
    { name: 'a single word', text: draft('platform: linkedin', '#design #leadership #accessibility #hiring') },
    { name: 'a single word that could be cut into others', text: draft('platform: x', '#therapist #together #nowhere') },
    { name: 'acronyms whose CamelCase is the tag as written', text: draft('platform: linkedin', '#UXAIML') },
    { name: 'a plural the list lacks is still one word', text: draft('platform: x', '#startups #webinars #selfies') },
    { name: 'an upper-case single word or acronym', text: draft('platform: x', '#NASA #UNESCO #DESIGN') },
    { name: 'short tags are left alone', text: draft('platform: instagram', '#ootd #tbt #tech #ai') },
    { name: 'mixed digits and CamelCase', text: draft('platform: x', 'Day 1 of #100DaysOfCode') },
    { name: 'accents and CJK are not English run-ons', text: draft('platform: mastodon', '#café #crèmebrûlée #日本語のタグ #한국어') },
    { name: 'words the list does not know', text: draft('platform: x', '#zzqxjkwvbnm') },
    { name: 'a URL fragment is not a hashtag', text: draft('platform: x', 'See https://example.com/#opentowork and example.org/#digitalmarketing') },
    { name: 'a digits-only tag is not a hashtag on X', text: draft('platform: x', '#20261124') },
    { name: 'a tag the options ignore', text: draft('platform: linkedin', '#devrelcon #opentowork'), options: { ignore: ['#opentowork', 'devrelcon'] } },
    { name: 'a Bluesky handle is a mention, not a tag', text: draft('platform: bluesky', 'Thanks @opentowork.bsky.social') },
  ],
  invalid: [
    {
      name: '#opentowork gets a fix',
      text: draft('platform: linkedin', 'Looking for my next role. #opentowork'),
      errors: [{ message: '#opentowork runs words together; write #OpenToWork so screen readers read it word by word.', line: 5, column: 27, endColumn: 38 }],
      output: draft('platform: linkedin', 'Looking for my next role. #OpenToWork'),
    },
    {
      name: 'upper case is fixed too',
      text: draft('platform: linkedin', 'Ten tips. #DIGITALMARKETING'),
      errors: [{ message: /^#DIGITALMARKETING runs words together; write #DigitalMarketing/ }],
      output: draft('platform: linkedin', 'Ten tips. #DigitalMarketing'),
    },
    {
      name: 'X: full-width ＃ is kept',
      text: draft('platform: x', 'Hi ＃opentowork'),
      errors: [{ message: /write ＃OpenToWork/ }],
      output: draft('platform: x', 'Hi ＃OpenToWork'),
    },
    {
      name: 'digits stay as written',
      text: draft('platform: x', 'Day 1 of #100daysofcode'),
      errors: 1,
      output: draft('platform: x', 'Day 1 of #100DaysOfCode'),
    },
    {
      name: 'brand names and acronyms keep their spelling',
      text: draft('platform: linkedin', '#linkedintips #aiethics'),
      errors: 2,
      output: draft('platform: linkedin', '#LinkedInTips #AIEthics'),
    },
    {
      name: 'an ambiguous split is a suggestion, never a fix',
      text: draft('platform: instagram', 'Holiday snaps #penisland'),
      errors: [{ message: '#penisland runs words together and reads more than one way; write it in CamelCase (#PenisLand or #PenIsland) so screen readers read it word by word.' }],
      suggestions: ['Write #PenisLand', 'Write #PenIsland'],
      suggestionOutput: draft('platform: instagram', 'Holiday snaps #PenisLand'),
    },
    {
      name: 'Mastodon: after combining accents and CJK the fix lands in the right place',
      text: draft('platform: mastodon', 'Cafe\u0301 中文 👩‍👩‍👧‍👦 #womenintech'),
      errors: [{ line: 5, column: 22 }],
      output: draft('platform: mastodon', 'Cafe\u0301 中文 👩‍👩‍👧‍👦 #WomenInTech'),
    },
    {
      name: 'an escaped # and a tag in link text are fixed in place',
      text: draft('platform: linkedin', 'Read \\#opentowork and [#remotework](https://example.com/jobs)'),
      errors: 2,
      output: draft('platform: linkedin', 'Read \\#OpenToWork and [#RemoteWork](https://example.com/jobs)'),
    },
    {
      name: 'Bluesky: trailing punctuation is not part of the tag',
      text: draft('platform: bluesky', 'New post up: #remotework.'),
      errors: 1,
      output: draft('platform: bluesky', 'New post up: #RemoteWork.'),
    },
    {
      name: 'a cross-post reports each tag once',
      text: draft('platforms: [x, mastodon, bluesky]', '#mondaymotivation'),
      errors: 1,
      output: draft('platforms: [x, mastodon, bluesky]', '#MondayMotivation'),
    },
    {
      name: 'without a platform the general reading is used',
      text: 'Shipping it. #machinelearning\n',
      errors: 1,
      output: 'Shipping it. #MachineLearning\n',
    },
    {
      name: 'each thread part',
      text: draft('platform: x\nkind: thread', 'One #throwbackthursday\n\n---\n\nTwo #smallbusiness'),
      errors: [{ line: 6 }, { line: 10 }],
      output: draft('platform: x\nkind: thread', 'One #ThrowbackThursday\n\n---\n\nTwo #SmallBusiness'),
    },
  ],
});

describe('hashtag-case from the command line', () => {
  it('--fix rewrites #opentowork and leaves #design and an ambiguous tag alone', async () => {
    await withTempDir((dir) => {
      const file = path.join(dir, 'post.md');
      writeFileSync(file, draft('platform: linkedin', 'Back on the market. #opentowork #design #penisland'));
      const run = runCli(['--no-config-lookup', '--rule', 'hashtag-case:warn', '--fix', 'post.md'], { cwd: dir });
      expect(readFileSync(file, 'utf8')).toBe(draft('platform: linkedin', 'Back on the market. #OpenToWork #design #penisland'));
      expect(run.stdout).toMatch(/5:41 +warning +#penisland runs words together and reads more than one way/);
      expect(run.stdout).not.toContain('#opentowork');
      expect(run.code).toBe(0);
    });
  });
});
