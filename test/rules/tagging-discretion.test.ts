import rule from '../../rules/tagging-discretion.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string, front = '') => `---\nplatform: linkedin\n${front}---\n\n${body}\n`;

testRule(rule, {
  valid: [
    post('Congratulations @ana on the new role at Acme! Well deserved.'),
    post('Thanks @bob for covering for me while I was on sick leave.'),
    post('Huge thanks to @priya for the referral during my job search.'),
    post('Huge thanks to @priya for the referral during my job search, she was brilliant.'),
    post("Thanks to @ana's team for covering while I was on sick leave."),
    post('Great panel on mental health at work with @ana and @sam today.'),
    post('Our team shipped the new checkout. @ana led the accessibility work.'),
    post('@ana is collecting talk ideas for the spring meetup. Reply here!'),
    post('@ana is leaving for PyCon tomorrow', 'consented: ["@ana"]\n'),
    post('Sad news: @ana was laid off today. She is brilliant, hire her!', 'consented: ["@ana"]\n'),
    { name: 'consent from settings', text: post('@sam has been diagnosed with burnout and is taking a month off.'), settings: { consented: ['sam'] } },
    post('I was laid off yesterday. If you know of roles, @ me.'),
    post('Looking for a new role in data engineering. Tag someone who is hiring!'),
    { name: 'mention in a separate sentence', text: post('Layoffs hit the industry hard this year. Kudos to @ana for the support group she runs.') },
    post('Email ana@example.com about salary bands for the survey.'),
  ],
  invalid: [
    {
      name: 'laid off',
      text: post('Sad news: @ana was laid off today. She is brilliant, hire her!'),
      errors: [{ message: '@ana is tagged next to a layoff ("laid off"). Unless they agreed (front matter `consented`), send them a direct message instead.', line: 5, column: 11, endColumn: 15 }],
      suggestions: ['Remove this sentence and tell @ana in a direct message'],
      suggestionOutput: post('She is brilliant, hire her!'),
    },
    { name: 'job search', text: post('Between interviews, @sam told me he is job hunting again.'), errors: [{ message: /next to a job search \("job hunting"\)/ }] },
    { name: 'health', text: post('Sending love to @priya, who starts chemo on Monday.'), errors: [{ message: /next to health \("chemo"\)/ }] },
    { name: 'weak health word about a person', text: post("@priya's burnout is why the release slipped."), errors: [{ message: /next to health \("burnout"\)/ }] },
    { name: 'pregnancy', text: post('So happy for @lena, pregnant with twins!'), errors: [{ message: /a pregnancy/ }] },
    { name: 'bereavement', text: post('@tom missed the demo because his father passed away.'), errors: [{ message: /a bereavement \("passed away"\)/ }] },
    { name: 'legal', text: post('Heard @mark is being sued by his old co-founder.'), errors: [{ message: /legal trouble \("sued"\)/ }] },
    { name: 'salary', text: post('@jo got a pay rise of 20% and her salary is now above mine.'), errors: [{ message: /next to pay \("pay rise"\)/ }] },
    { name: 'relationship', text: post('Cheering for @kim through the divorce.'), errors: [{ message: /a relationship \("divorce"\)/ }] },
    { name: 'thanks do not cover a matter said of them', text: post('Shout-out to @gus, who is going through a divorce, for still showing up.'), errors: [{ message: /a relationship \("divorce"\)/ }] },
    { name: 'confided, even in thanks', text: post('Thanks @ana for telling me about the merger, she asked me to keep it quiet!'), errors: [{ message: /something confided/ }] },
    { name: 'resigning', text: post('Rumour: @raj is resigning from Globex next week.'), errors: [{ message: /job search \("resigning"\)/ }] },
    { name: 'leaving their job', text: post('Between us, @raj is leaving his job at Globex next month.'), errors: [{ message: /job search \("is leaving his job"\)/ }] },
    { name: 'each mention in the sentence', text: post('@ana and @ben were both made redundant this week.'), errors: [{ message: /^@ana /, column: 1 }, { message: /^@ben /, column: 10 }] },
    { name: 'consent for one only', text: post('@ana and @ben were both made redundant this week.', 'consented: ["ana"]\n'), errors: [{ message: /^@ben / }] },
    { name: 'fediverse mention on Mastodon', text: '---\nplatform: mastodon\n---\n\nPlease send good vibes to @ana@hachyderm.io, surgery is tomorrow.\n', errors: [{ message: /^@ana@hachyderm\.io is tagged next to health/ }] },
  ],
});
