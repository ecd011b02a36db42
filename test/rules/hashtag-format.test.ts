import rule from '../../rules/hashtag-format.js';
import { testRule } from '../helpers/rule-tester.js';

const draft = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    { name: 'tags at the end of a post', text: draft('platform: linkedin', 'We shipped the checker today.\n\n#Accessibility #WebDev #Design') },
    { name: 'a tag inside a sentence', text: draft('platform: x', 'Loved the #a11y talks at FrontEnd North today.') },
    { name: 'a number sign, not a tag', text: draft('platform: x', 'Ranked #1 in the survey, see issue #42.') },
    { name: 'digits with a word are a tag', text: draft('platform: mastodon', 'See you there! #Summit2024 #a11y') },
    { name: 'an apostrophe or hyphen after the tag, then a space', text: draft('platform: x', "The #design- and #UX' teams") },
    { name: 'punctuation that ends the sentence', text: draft('platform: x', 'All about #design. And #UX, too.') },
    { name: 'Bluesky reads up to white space, so a hyphen does not cut', text: draft('platform: bluesky', '#work-life-balance matters') },
    { name: 'Mastodon: the middle dot is part of a tag', text: draft('platform: mastodon', 'Bon dia #Catalunya #l·lusió') },
    { name: 'the same word once as a tag and once as text', text: draft('platform: x', 'Design matters. #Design') },
    { name: 'a URL with a fragment', text: draft('platform: x', 'Read https://example.com/#2024 and example.org/#work-life #Read') },
    { name: 'two tags in a row mid-sentence are not a wall', text: draft('platform: x', 'Loved #a11y #UX talks today.') },
    { name: 'a tag after a ZWJ emoji and CJK', text: draft('platform: x', '👩‍👩‍👧‍👦 家族 #Family') },
    { name: 'an invite note without hashtags', text: draft('platform: linkedin\nkind: invite\nto: Ana', 'Hi Ana, I enjoyed your talk on accessible forms (#1 of the day).') },
    { name: 'option: a higher wall threshold', text: draft('platform: x', 'Loved #a #b #c talks.'), options: { wall: 4 } },
  ],
  invalid: [
    {
      name: 'digits only, among tags',
      text: draft('platform: x', 'Great summit. #Summit #2024'),
      errors: [{ message: '#2024 is only digits, so X will not make it a hashtag; add a word to it or drop the #.', line: 5, column: 23, endColumn: 28 }],
    },
    {
      name: 'digits only, for each platform of a cross-post',
      text: draft('platforms: [linkedin, mastodon]', '#2024 #Goals'),
      errors: [{ message: /^#2024 is only digits, so LinkedIn and Mastodon will not/ }],
    },
    {
      name: 'X: a hyphen cuts the tag',
      text: draft('platform: x', 'Finding #work-life-balance is hard'),
      errors: [{ message: '#work-life-balance is cut at "-": X links only #work. Write #WorkLifeBalance.', column: 9, endColumn: 27 }],
      suggestions: ['Write #WorkLifeBalance'],
      suggestionOutput: draft('platform: x', 'Finding #WorkLifeBalance is hard'),
    },
    {
      name: 'LinkedIn: an apostrophe cuts the tag',
      text: draft('platform: linkedin', "#don't give up"),
      errors: [{ message: `#don't is cut at "'": LinkedIn links only #don. Write #dont.` }],
      suggestions: ['Write #dont'],
    },
    {
      name: 'Mastodon: a dot cuts the tag',
      text: draft('platform: mastodon', 'Learning #node.js this week'),
      errors: [{ message: /^#node\.js is cut at "\.": Mastodon links only #node\. Write #NodeJs\.$/ }],
    },
    {
      name: 'X: #COVID-19',
      text: draft('platform: x', 'Stay safe #COVID-19'),
      errors: [{ message: /links only #COVID\. Write #COVID19\.$/ }],
    },
    {
      name: 'without a platform, the general reading',
      text: 'Finding #work-life-balance is hard\n',
      errors: [{ message: '#work-life-balance is cut at "-": most platforms link only #work. Write #WorkLifeBalance.' }],
    },
    {
      name: 'a cross-post where both platforms cut the tag',
      text: draft('platforms: [x, linkedin, bluesky]', 'Finding #work-life-balance is hard'),
      errors: [{ message: '#work-life-balance is cut at "-": X and LinkedIn link only #work. Write #WorkLifeBalance.' }],
    },
    {
      name: 'a repeated tag, ignoring case',
      text: draft('platform: linkedin', '#Design is everything. Good #design wins.'),
      errors: [{ message: '#design repeats #Design in the same post; once is enough.', column: 29 }],
    },
    {
      name: 'a repeated tag, NFC and NFD spellings alike',
      text: draft('platform: mastodon', '#Café and #Cafe\u0301'),
      errors: [{ message: /repeats #Café/ }],
    },
    {
      name: 'a wall of tags mid-sentence',
      text: draft('platform: x', 'Loved the #a11y #UX #Design #WebDev talks at FrontEnd North.'),
      errors: [{ message: '4 hashtags in a row in the middle of a sentence; screen readers read out each one. Keep tags to the end, or write the words.', column: 11, endColumn: 36 }],
    },
    {
      name: 'hashtags in an invite note',
      text: draft('platform: linkedin\nkind: invite\nto: Ana', 'Hi Ana, loved your #a11y talk. #networking'),
      errors: [
        { message: '#a11y in an invite note: nothing links there and it reads like a broadcast; write the word.', column: 20 },
        { message: /^#networking in an invite note/ },
      ],
      suggestions: ['Write a11y'],
      suggestionOutput: draft('platform: linkedin\nkind: invite\nto: Ana', 'Hi Ana, loved your a11y talk. #networking'),
    },
    {
      name: 'hashtags in a Mastodon direct message',
      text: draft('platform: mastodon\nkind: dm\nto: Ana', 'Thanks! #grateful'),
      errors: [{ message: /^#grateful in a direct message/ }],
    },
    {
      name: 'each thread part on its own',
      text: draft('platform: x\nkind: thread', '#Design first\n\n---\n\nthen #design again, #Design'),
      errors: [{ message: /^#Design repeats #design/, line: 10 }],
    },
  ],
});
