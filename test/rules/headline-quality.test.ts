import rule from '../../rules/headline-quality.js';
import { testProfileRule } from '../helpers/profile-tester.js';

const headline = (text: string, extra = '') => `platform: linkedin\nheadline: "${text}"\n${extra}`;

testProfileRule(rule, {
  valid: [
    { name: 'role and what for', yaml: headline('Data engineer | I build reliable pipelines for climate researchers') },
    { name: 'role at company', yaml: headline('Senior Software Engineer at Contoso') },
    { name: 'helping phrasing', yaml: headline('Helping small charities get found online') },
    { name: 'open to phrasing', yaml: headline('Open to product design roles | 8 years in fintech UX') },
    { name: 'two emoji and two hashtags are fine', yaml: headline('🌱 Climate data engineer 🌍 | #OpenData #Python') },
    { name: 'a short headline that is not a title', yaml: headline('I make forms accessible') },
    { name: 'ninja inside another word is not the buzzword', yaml: headline('Teaching Ninjatrader scripting to traders') },
    { name: 'no headline at all (bio-completeness reports that)', yaml: 'platform: linkedin\nbio: Hello.\n' },
    { name: 'complete LinkedIn export', file: 'fixtures/exports/complete/Basic_LinkedInDataExport_03-14-2026.zip' },
    { name: 'buzzword list emptied', yaml: headline('Marketing ninja, writing for SaaS teams'), options: { buzzwords: [] } },
  ],
  invalid: [
    {
      name: 'only a job title (LinkedIn export)',
      file: 'fixtures/exports/incomplete/Basic_LinkedInDataExport_01-09-2026.zip',
      errors: [{ entry: 'Profile.csv', line: 2, column: 15, message: 'The headline is only a job title ("Software Engineer"); add who you help or what you are known for, e.g. "Software Engineer | <what you build, for whom>".' }],
    },
    { name: 'a title matching the current position', yaml: headline('Head of Growth', 'positions:\n  - title: Head of Growth\n'), errors: [{ message: /only a job title \("Head of Growth"\)/ }] },
    { name: 'buzzwords, each where it is', yaml: headline('Visionary leader, marketing guru and rockstar coder'), errors: [{ message: /^"Visionary" is an empty buzzword/, column: 12 }, { message: /^"guru"/, column: 40 }, { message: /^"rockstar"/, column: 49 }] },
    { name: 'multi-word buzzword', yaml: headline('Thought leader in fintech'), errors: [{ message: /^"Thought leader"/ }] },
    { name: 'emoji stuffing points at the first extra emoji', yaml: headline('🚀 Product 🔥 manager 💯 for fintech ✨'), errors: [{ message: 'The headline has 4 emoji; more than 2 crowd out what you do (and screen readers read each one aloud).', column: 34 }] },
    { name: 'hashtag stuffing', yaml: headline('Designer for startups #UX #UI #Figma #Design'), errors: [{ message: /^The headline has 4 hashtags; more than 2/, column: 42 }] },
    { name: 'maxHashtags option', yaml: headline('Designer for startups #UX #UI'), options: { maxHashtags: 1 }, errors: [{ message: /has 2 hashtags; more than 1/ }] },
    {
      name: 'unemployed wording suggests an open-to line with the last title',
      yaml: headline('Unemployed - looking for work in Leeds', 'positions:\n  - title: Data Analyst\n    finishedOn: Jan 2026\n'),
      errors: [{ message: '"Unemployed" undersells you; say what you are open to instead, e.g. "Open to Data Analyst roles | <your strongest result>".', column: 12, endColumn: 22 }],
    },
    { name: 'seeking wording', yaml: headline('Marketing generalist seeking employment'), errors: [{ message: /^"seeking employment" undersells you/ }] },
    { name: 'several problems at once (fixture)', file: 'fixtures/exports/incomplete/kit.x.profile.yaml', errors: 4 },
  ],
});
