import rule from '../../rules/invite-pitch.js';
import { testRule } from '../helpers/rule-tester.js';

const invite = (body: string, kind = 'invite') => `---\nplatform: linkedin\nkind: ${kind}\nto: Priya Shah\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    invite('Hi Priya, I enjoyed your talk on accessible forms at FrontEnd North and would love to stay in touch.'),
    invite('Priya, we met at the Leeds JS meetup. Happy to share the slides I mentioned if useful!'),
    invite('Hi Priya, thanks for the chat after the panel. If you ever want to grab a coffee in Leeds, let me know.'),
    invite('Hi Priya, your post on README structure for open-source projects was spot on.'),
    invite('Hello Priya, I help run the Bristol civic tech group and we would love you to speak in the spring.'),
    invite('Hi Priya, I loved your post on SaaS pricing and the discount trap; we made the same mistake at Acme.'),
    invite('Hi Priya, as discussed at the meetup, here are the slides. Happy to set up a time for the workshop planning whenever suits.'),
    invite('Hi Priya, it took me 20 minutes to a coffee shop before your talk, and it was worth it.'),
    { name: 'posts may sell', text: '---\nplatform: linkedin\n---\n\nBook a call with our team: 20% off this week.\n' },
  ],
  invalid: [
    {
      name: 'book a quick call',
      text: invite('Hi Priya, great profile! Can we book a quick call this week?'),
      errors: [{ message: '"book a quick call" asks for a call: selling in an invite reads as spam. Connect first; offer something only when asked.', line: 7, column: 33 }],
    },
    { name: 'I help companies like yours', text: invite('Hi Priya, I help companies like yours cut cloud costs by 30%.'), errors: [{ message: /^"I help companies like yours" opens with a sales line/ }] },
    { name: 'calendly link', text: invite('Pick a time here: https://calendly.com/sam-sales/intro'), errors: [{ message: /links a booking page/ }] },
    { name: 'discount and price', text: invite('We are offering 20% off our pricing for new clients.'), errors: [{ message: /"20% off" offers a discount/ }, { message: /"our pricing" talks about price/ }] },
    { name: 'minute call in a DM', text: invite('Do you have a 15-minute call free on Thursday?', 'dm'), errors: [{ message: /"15-minute call" asks for a call: selling in a first message/ }] },
    { name: '15 minutes for a quick call', text: invite('Hi Priya, do you have 15 minutes for a quick call this week?'), errors: [{ message: /^"15 minutes for a quick call" asks for a call/, line: 7, column: 23 }] },
    { name: 'a few minutes for a demo', text: invite('Could you spare a few minutes for a demo of our tool?'), errors: 1 },
    { name: 'results promise', text: invite('Our platform helps teams double your revenue. Would you be interested in a demo?'), errors: 3 },
  ],
});
