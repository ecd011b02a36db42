import rule from '../../rules/newsletter-opt-out.js';
import { testRule } from '../helpers/rule-tester.js';

const newsletter = (body: string) => `---\nplatform: linkedin\nkind: newsletter\n---\n\n${body}\n`;
const post = (body: string) => `---\nplatform: linkedin\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    newsletter('# March notes\n\nThree things I learned this month.\n\nYou get this because you subscribed. [Unsubscribe](https://example.com/u) any time.'),
    newsletter('Spring issue.\n\nNot for you any more? Opt out with one click at the bottom of this email.'),
    newsletter('Issue 12.\n\nManage your subscription: https://example.com/prefs'),
    newsletter('Issue 13.\n\nTo stop receiving these, reply STOP.'),
    post('I started a newsletter on accessible design. Subscribe here if you want it: https://example.com/news'),
    post('We added a dark mode to our app.'),
    post('If you want in, reply and I will send you the sign-up link.'),
    post('We added everyone on the team to the list of reviewers for the launch checklist.'),
    post("I added everyone's feedback to the list of fixes for version 2."),
    post('Everyone from the design team has been added to the list of reviewers.'),
    { name: 'an empty newsletter is not judged', text: '---\nkind: newsletter\n---\n' },
  ],
  invalid: [
    {
      name: 'newsletter without opt-out',
      text: newsletter('# March notes\n\nThree things I learned this month.'),
      errors: [{ message: 'Newsletter with no unsubscribe or opt-out wording: tell readers how to stop receiving it (anti-spam laws such as CAN-SPAM and the EU ePrivacy rules require it for email).', line: 8, column: 35 }],
    },
    { name: 'added all connections', text: post('Exciting news: I have added all my connections to my newsletter!'), errors: [{ message: /^"I have added all my connections to my newsletter": adding people/ }] },
    { name: 'you have been subscribed', text: post('Hi Ana, you’ve been subscribed to our weekly newsletter.'), errors: 1 },
    { name: 'everyone I met, to this list', text: newsletter("Welcome! I've added everyone I met at the conference to this list. Unsubscribe below."), errors: [{ message: /^"I've added everyone I met at the conference to this list": adding people/ }] },
    { name: 'all my LinkedIn connections', text: post('I added all my LinkedIn connections to my mailing list.'), errors: 1 },
    { name: 'everyone from the meetup has been added', text: post('Everyone from the meetup has been added to the list. Welcome!'), errors: 1 },
    { name: 'everybody I connected with has been added', text: post('Everybody I connected with this week has been added to our newsletter.'), errors: 1 },
    { name: 'will be adding my network', text: post("I'll be adding my network to the mailing list this week."), errors: 1 },
    { name: 'newsletter that adds people and has no opt-out', text: newsletter('We subscribed everyone to our updates. Enjoy!'), errors: 2 },
  ],
});
