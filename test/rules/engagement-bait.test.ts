import rule from '../../rules/engagement-bait.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string) => `---\nplatform: linkedin\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    post('What is the one thing you would change about code review? I read every reply.'),
    post('Thanks for all the comments on yesterday’s post, I learned a lot.'),
    post('Follow the link for more details on the grant: https://example.org/grant'),
    post('I’d like it if more teams wrote down their on-call rules.'),
    post('Do you agree with the new EU guidance? Here is why I do not, in three points.'),
    post('We tag every release with a changelog entry.'),
    post('Share your experience of pairing in the thread below: what worked, what did not?'),
    post('Right now we are hiring two designers.'),
    post('I write tests for every bug I fix, and reply below if you do it differently.'),
    post('Happy to share if there is interest; drop a line and say hi.'),
    post("I'd like if you are free to join the panel."),
    post('We comment our code for the next person, not for ourselves.'),
  ],
  invalid: [
    { name: 'comment YES', text: post('Want my hiring checklist? Comment YES below and I will send it.'), errors: [{ message: '"Comment YES below" asks for a set word in the comments: platforms demote engagement bait and readers see through it. Ask a real question instead.', line: 5, column: 27 }] },
    { name: 'comment a quoted word', text: post('Comment “GUIDE” and I’ll DM you the PDF.'), errors: [{ message: /asks for a set word/ }] },
    { name: 'tag 3 friends', text: post('Tag 3 friends who need to hear this!'), errors: [{ message: /^"Tag 3 friends" asks readers to tag people/ }] },
    { name: 'tag someone who', text: post('Tag someone who still uses tabs.'), errors: 1 },
    { name: 'like if you agree', text: post('Remote work is here to stay. Like if you agree.'), errors: [{ message: /asks for likes/ }] },
    { name: 'share if', text: post('Share if this helped you.'), errors: [{ message: /asks for shares/ }] },
    { name: 'recycle repost', text: post('♻️ Repost to help your network.'), errors: [{ message: /asks for shares/ }] },
    { name: 'follow for more', text: post('That is my list.\n\nFollow me for more tips on product management.'), errors: [{ message: /^"Follow me for more" asks for follows/, line: 7 }] },
    { name: 'bare Agree? as the last line', text: post('Meetings should have agendas.\n\nAgree? 👇'), errors: [{ message: '"Agree? 👇" is the whole call to action: platforms demote engagement bait and readers see through it. Ask a real question instead.', line: 7, column: 1 }] },
    { name: 'drop an emoji', text: post('Drop a 🔥 in the comments if you want the template.'), errors: [{ message: /^"Drop a 🔥 in the comments" asks for a set word/ }] },
    { name: 'type a word in capitals', text: post('Type AI below and I will send you the prompt list.'), errors: 1 },
    { name: 'two baits in one post', text: post('Like if you agree, and tag a friend who needs this.'), errors: 2 },
  ],
});
