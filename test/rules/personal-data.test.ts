import rule from '../../rules/personal-data.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string, front = 'platform: linkedin') => `---\n${front}\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    { name: 'ordinary post with versions, dates and prices', text: post('Release 10.4.2 ships on 2026-03-14, 10:30–11:45 CET. Early-bird tickets cost $1,299.00 until 31/03/2026.') },
    { name: 'order and tracking numbers', text: post('Order #123456789 arrived; tracking 1Z999AA10123456784. ISBN 978-0-306-40615-7.') },
    { name: 'digits inside a URL', text: post('The thread is at https://x.com/priya/status/1789123456789012345 and https://shop.example.org/p/4155552671.') },
    { name: 'fiction number from a film', text: post('Best line of the film: "call me at (212) 555-0123!"'), settings: { region: 'US' } },
    { name: 'documentation and role addresses', text: post('Send feedback to hello@acme.io or try it with jane@example.com.') },
    { name: 'fediverse handle', text: post('Follow me at @priya@hachyderm.io for more.') },
    { name: 'a birthday without a date', text: post('It is my birthday today, thank you all for the wishes!') },
    { name: 'an office address', text: post('Our new office is open: visit us at 221 Baker Street.') },
    { name: 'a flight number is not a booking reference', text: post('On flight BA283 to LAX, seat 14C. Ready for the conference!') },
    { name: 'allowlisted business phone, written differently', text: post('Bookings: +44 20 7946 0958.'), settings: { allowlist: ['020 7946 0958'], region: 'GB' } },
    { name: 'allowlisted through the rule option', text: post('Press enquiries: priya.shah@newsroom.co.uk'), options: { allow: ['Priya.Shah@newsroom.co.uk'] } },
    { name: 'kinds option leaves other kinds alone', text: post('Call me on 07911 123456.'), settings: { region: 'GB' }, options: { kinds: ['email'] } },
    { name: 'card-like number that fails Luhn', text: post('Reference 4111 1111 1111 1112 for the invoice.') },
    { name: 'passport word without a number', text: post('Renewed my passport in 20 minutes at the office, amazing service.') },
    { name: 'hashtags with digits', text: post('Day 100 of #100DaysOfCode #2026goals') },
  ],
  invalid: [
    {
      name: 'national mobile number with the region from settings',
      text: post('Looking for work! Call me on 07911 123456 any time.'),
      settings: { region: 'GB' },
      errors: [{ message: 'Phone number (+44 •••• ••3456) in this post: anyone can read it. Remove it, or add it to the allowlist if it is meant to be public.', line: 5, column: 30, endColumn: 42 }],
      suggestions: ['Replace the phone number with "DM me for my number".', 'Remove the phone number.'],
      suggestionOutput: post('Looking for work! Call me on DM me for my number any time.'),
    },
    {
      name: 'a region libphonenumber does not know falls back to US and GB',
      text: post('Call me on 07911 123456.'),
      settings: { region: 'XX' },
      errors: [{ message: /^Phone number \(\+44 •••• ••3456\)/ }],
    },
    {
      name: 'international number without a region',
      text: post('WhatsApp me: +1 (415) 867-5309'),
      errors: [{ message: /^Phone number \(\+1 •••• ••5309\)/ }],
    },
    {
      name: 'email address in an invite',
      text: post('Hi Priya, great talk! Reach me at sam.okafor84@gmail.com.', 'platform: linkedin\nkind: invite\nto: Priya'),
      errors: [{ message: /^Email address \(s•••@g•••\.com\) in this invite/ }],
      suggestionOutput: post('Hi Priya, great talk! Reach me at DM me for my email address.', 'platform: linkedin\nkind: invite\nto: Priya'),
    },
    {
      name: 'payment card in a DM',
      text: post('Here is the card for the booking: 4539 1488 0343 6467 exp 09/27', 'platform: x\nkind: dm'),
      errors: [{ message: /^Payment card number \(card ending 6467\) in this dm/ }],
    },
    { name: 'IBAN', text: post('Pay the deposit to GB82 WEST 1234 5698 7654 32 please.'), errors: [{ message: /^Bank account number \(GB IBAN ending 5432\)/ }] },
    { name: 'US SSN', text: post('Form asks for SSN 219-45-6781, is that safe?'), errors: [{ message: /^US Social Security number \(SSN ending 6781\)/ }] },
    { name: 'UK NINO', text: post('My NI number is JK 12 34 56 C if HR needs it.'), errors: [{ message: /^UK National Insurance number \(••••••••C\)/ }] },
    { name: 'passport number', text: post('New passport arrived! Passport no. 533480217, valid to 2036.'), errors: [{ message: /^Passport number \(passport number ending 17\)/ }] },
    { name: 'date of birth', text: post('I was born on 14 July 1990 in Leeds, so today I turn 36!'), errors: [{ message: /^Date of birth \(day, month and year\)/ }] },
    { name: 'home address', text: post('Housewarming on Saturday! We live at 42 Elm Tree Road now, come over.'), errors: [{ message: /^Home address \(•• ••• •••• Road\)/ }] },
    { name: 'booking reference', text: post('Booking ref K7XQ2P, seat 14C, see you in Lisbon!'), errors: [{ message: /^Booking reference \(booking reference ••••2P\)/ }] },
    {
      name: 'each part of a thread',
      text: post('Moving cities!\n\n---\n\nText me on 07911 123456 for the details.', 'platform: x\nkind: thread'),
      settings: { region: 'GB' },
      errors: [{ message: /^Phone number \(\+44 •••• ••3456\) in this part 2/, line: 10 }],
    },
    {
      name: 'two kinds in one post, in text order',
      text: post('Email me at lena.vogel@posteo.de or call +49 30 901820.'),
      errors: [{ message: /^Email address/ }, { message: /^Phone number \(\+49/ }],
    },
  ],
});
