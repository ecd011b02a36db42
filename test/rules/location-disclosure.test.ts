import rule from '../../rules/location-disclosure.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string) => `---\nplatform: instagram\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    post('Back from two weeks in Crete. Here are my favourite beaches.'),
    post('Loved Lisbon! The food, the light, the people.'),
    post("I'm in London until Friday for the summit, ping me for coffee."),
    post('Our office is at 221 Baker Street, open 9 to 5 every weekday.'),
    post('Every morning I write for an hour before checking email.'),
    post('Greenfield Primary won the regional chess cup, well done to their team.'),
    post('The keynote is live now on the main stage.'),
    post('Working from home all week, the new desk setup is great.'),
    post('Our product will be away from the app store until the 28th while we fix billing.'),
    post('The team is away at the offsite, so replies may be slow.'),
    post("Part two of this series will be back on the 28th, same time."),
    post('My daughter loves the school library.'),
  ],
  invalid: [
    {
      name: 'away with dates',
      text: post("We're away until the 28th, see you after!"),
      errors: [{ message: 'Tells everyone when you are away from home. Post about the trip when you are back.', line: 5, column: 1 }],
    },
    { name: 'off to somewhere for a duration', text: post('Off to Bali! We are heading to the airport now, flying to Denpasar for two weeks.'), errors: [{ message: /away from home/ }] },
    { name: 'away somewhere, then the date', text: post('Away in Bali until the 28th, back with photos!'), errors: [{ message: /away from home/, line: 5, column: 1 }] },
    { name: 'on holiday in a place for a duration', text: post('On holiday in Crete for two weeks. Bliss.'), errors: [{ message: /away from home/ }] },
    { name: 'leaving, then the return date', text: post('Off to Bali, back on the 28th!'), errors: [{ message: /away from home/, column: 1 }] },
    { name: 'flying out, back on a month and day', text: post('Flying out tomorrow and back on March 28, wish us luck.'), errors: [{ message: /away from home/ }] },
    { name: "child's school, sentence starting with My", text: post('My daughter Emma started at Oakwood Primary School today.'), errors: [{ message: /child's school/ }] },
    { name: 'empty house', text: post('The house will be empty all of August, any plant-sitting volunteers?'), errors: [{ message: /home is empty/ }] },
    { name: 'live location', text: post("I'm at Central Station right now, come say hi."), errors: [{ message: /where to find you right now/ }] },
    { name: 'routine with a time and a place', text: post('Every morning at 6 I run laps at the park on Elm Street.'), errors: [{ message: /routine/ }] },
    { name: "child's school with a name", text: post("So proud: our daughter Maya started at St Anne's Primary today!"), errors: [{ message: /child's school/ }] },
    { name: 'kinds option', text: post("We're on holiday next week. The house will be empty."), options: { kinds: ['empty-home'] }, errors: [{ message: /home is empty/ }] },
  ],
});
