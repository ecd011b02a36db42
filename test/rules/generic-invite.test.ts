import rule from '../../rules/generic-invite.js';
import { testRule } from '../helpers/rule-tester.js';

const invite = (body: string, to = 'Priya Shah', kind = 'invite') => `---\nplatform: linkedin\nkind: ${kind}\nto: ${to}\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    { name: 'talk of theirs, by name', text: invite('Hi Priya, I enjoyed your talk on accessible forms at FrontEnd North. I build form libraries and would love to stay in touch.') },
    { name: 'met at a meetup', text: invite('Hi Priya, we met at the Leeds JS meetup last night and talked about design systems. Great to put a face to the name!') },
    { name: 'mutual connection', text: invite('Priya, our mutual friend Tom Ellis suggested I get in touch about the mentoring scheme.') },
    { name: 'introduced by someone', text: invite('Hello Priya — Ana Costa introduced me to your work on open data; I run the civic tech group in Bristol.') },
    { name: 'shared school', text: invite('Hi Priya, fellow Edinburgh alum here (Informatics 2014). I saw you moved into developer relations and I am about to do the same.') },
    { name: 'former colleague', text: invite('Hi Priya! We worked together at Monzo in 2019 — I would love to reconnect.') },
    { name: 'read their article', text: invite('Priya, I read your article on rate limiting and tried the token bucket idea in our API. It worked.') },
    { name: 'DM about their post', text: invite('Hi Priya, your post about hiring juniors made me rethink our interview loop. Could I ask one question about it?', 'Priya Shah', 'dm') },
    { name: 'curly quotes and context', text: invite('Hi Priya, I’d like to connect: I watched your keynote at PyCon UK and it changed how I teach testing.') },
    { name: 'no recipient given, but context', text: '---\nplatform: linkedin\nkind: invite\n---\n\nI enjoyed your panel at the Women in Data conference and would like to connect.\n' },
    { name: 'congratulations on their news', text: invite('Hi Priya, congrats on the Series B! I have followed Acme since the beta and would love to keep in touch.') },
    { name: 'a DM that follows up', text: invite('Hi Priya, following up on our chat: here are the slides I promised.', 'Priya Shah', 'dm') },
    { name: 'their job opening', text: invite('Hi Priya, I saw that you are hiring a staff engineer for the payments team and would love to hear more.') },
    { name: 'posts are not invites', text: "---\nplatform: linkedin\n---\n\nI'd like to add you to my professional network.\n" },
    { name: 'empty invite', text: '---\nplatform: linkedin\nkind: invite\nto: Ana\n---\n' },
  ],
  invalid: [
    {
      name: 'LinkedIn default text, exact',
      text: invite("I'd like to add you to my professional network on LinkedIn."),
      errors: [{ message: "This invite is LinkedIn's default text (or close to it); say why you are reaching out to Priya Shah.", line: 7, column: 1 }],
      suggestions: ['Replace with a personalised note to Priya'],
      suggestionOutput: invite("Hi Priya, I enjoyed your [their talk, post or project: name it] and would like to stay in touch. I'm [who you are], [what you share or can offer]."),
    },
    { name: 'default text with curly quote and no period', text: invite('I’d like to add you to my professional network'), errors: [{ message: /default text|stock text/ }] },
    { name: 'default text in capitals with name', text: invite("HI PRIYA, I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK!"), errors: [{ message: /default text|stock text/ }] },
    { name: 'reordered stock words', text: invite('Would love to connect and add you to my network.'), errors: [{ message: /default text|stock text/ }] },
    { name: 'old LinkedIn join text', text: invite("I'd like to join your LinkedIn network."), errors: [{ message: /default text|stock text/ }] },
    { name: 'came across your profile', text: invite('Hello, I came across your profile and would like to connect with you.'), errors: [{ message: /default text|stock text/ }] },
    { name: "let's connect on X", text: '---\nplatform: x\nkind: dm\nto: Sam\n---\n\nHey there! Let’s connect.\n', errors: [{ message: 'This message is stock text (or close to it); say why you are reaching out to Sam.' }] },
    {
      name: 'no name, no context',
      text: invite('Hi, I am a product designer in Leeds and I am always keen to meet people in tech.'),
      errors: [{ message: "Generic invite: it gives no reason or shared context (their talk or post, an event, a mutual contact, a shared school or employer) and does not use Priya Shah's name." }],
      suggestions: ["Open with Priya's name and what you share"],
      suggestionOutput: invite('Hi Priya, I enjoyed your [their talk, post or project: name it]. I am a product designer in Leeds and I am always keen to meet people in tech.'),
    },
    {
      name: 'name but no context',
      text: invite('Hi Priya, I am growing my network of product people and thought you would be a great fit.'),
      errors: [{ message: 'Generic invite: it gives no reason or shared context (their talk or post, an event, a mutual contact, a shared school or employer).' }],
      suggestions: ['Say what you share with Priya'],
      suggestionOutput: invite('Hi Priya, I enjoyed your [their talk, post or project: name it]. I am growing my network of product people and thought you would be a great fit.'),
    },
    { name: 'a bare first message is generic, not stock text', text: '---\nplatform: x\nkind: dm\nto: Sam\n---\n\nHi Sam, you there?\n', errors: [{ message: /^Generic message: it gives no reason/ }] },
    { name: 'generic DM', text: invite('Hello! Hope you are well. Quick question: are you open to new opportunities?', 'Priya Shah', 'dm'), errors: 1 },
    { name: 'custom stock phrase from options', text: invite('Greetings from the Acme talent team, happy to connect!'), options: { phrases: ['Greetings from the Acme talent team, happy to connect'] }, errors: [{ message: /default text|stock text/ }] },
    { name: 'second line is reported only on the first line', text: invite("I'd like to add you\nto my professional network."), errors: [{ line: 7, endLine: 7 }] },
  ],
});
