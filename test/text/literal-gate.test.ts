import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAITS, BARE_PROMPT, BARE_PROMPT_GATE } from '../../rules/engagement-bait.js';
import { ADDED_WITHOUT_CONSENT, ADDED_WITHOUT_CONSENT_GATE } from '../../rules/newsletter-opt-out.js';
import { findLocationDisclosures, LOCATION_PATTERNS } from '../../src/privacy/location.js';
import { gateText, passesGate, type LiteralGate } from '../../src/text/literal-gate.js';

describe('gateText', () => {
  it('maps every character a case-insensitive pattern takes for an ASCII letter to that letter', () => {
    const folded: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (/^[a-z]$/iu.test(character)) {
        const gated = gateText(character);
        expect(gated).toMatch(/^[a-z]$/);
        expect(new RegExp(`^${gated}$`, 'iu').test(character)).toBe(true);
        if (!/^[a-z]$/i.test(character)) folded.push(character);
      }
      // Without the `u` flag, case-insensitive matching never takes a non-ASCII character for an ASCII letter.
      if (code <= 0xffff && /^[a-z]$/i.test(character)) expect(character).toMatch(/^[a-zA-Z]$/);
    }
    expect(folded.sort()).toEqual(['\u017f', '\u212a']);
  });

  it('passes exactly when the text holds one word of every group, whatever the words hold', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/', '-', '’', 'é');
    const word = fc.array(alphabet, { maxLength: 3 }).map((characters) => characters.join(''));
    const gate = fc.array(fc.array(word, { maxLength: 4 }), { maxLength: 3 });
    const text = fc.array(alphabet, { maxLength: 30 }).map((characters) => characters.join(''));
    fc.assert(
      fc.property(gate, text, (groups, gated) => {
        expect(passesGate(groups, gated)).toBe(groups.every((words) => words.some((w) => gated.includes(w))));
      }),
      { seed: 20261124, numRuns: 3000 },
    );
  });

  it('lower-cases, and passes a text holding a word of every group', () => {
    expect(gateText('SHARE this, ſhare it, \u212Aeep')).toBe('share this, share it, keep');
    const gate: LiteralGate = [['share', 'repost'], ['if']];
    expect(passesGate(gate, gateText('Repost IF you agree'))).toBe(true);
    expect(passesGate(gate, gateText('Repost it, you agree'))).toBe(false);
    expect(passesGate(gate, gateText('If you agree'))).toBe(false);
  });
});

// Phrases the patterns match, pieces of them in several cases and spellings, and filler: joined at
// random and then changed (upper-cased, a character dropped, "s" as the long s "ſ", "k" as the
// Kelvin sign) they make texts the patterns match and texts that come close.
const LOCATION_PIECES = [
  "We're away until the 28th", 'I am travelling for two weeks', 'The family is off to Spain next week', 'Away in Bali until the 28th',
  'on holiday in Crete for 3 days', 'Off to Bali, back on the 28th', 'flying out tomorrow, back by June 3', 'The house will be empty',
  'nobody home', 'we have a house-sitter', 'left the flat empty', 'Sharing my live location', "I'm at Dishoom right now",
  'Come find me at Borough Market tonight', 'Every morning at 6 I run along the canal', 'The park every Sunday at 7am',
  'My son started at St Mary Primary', 'Greenfield Primary, where our daughter goes', 'our kids love Oak Tree Nursery',
  "We're", 'we are', 'I am', "I'll be", 'the family is', 'our household', ' away', 'out of town', 'on leave', 'abroad', 'heading to',
  ' until', ' through', ' from monday', ' for the next 3 days', ' all month', ' over the holidays', ' Friday to ', ' back after ',
  'the 28th', 'monday', '3 june', 'flat', 'place', ' will be ', ' empty', 'no-one', ' at home', 'housesitter', 'my live location',
  'I’m in', 'I am at', ' right now', ' until 5pm', ' for the next hour', 'You can find me at', 'each single weekday', ' at 7:30am',
  ' at seven', ' gym', ' CAFÉ', ' café', 'our little one', ' High School', ' Pre-school', ' Montessori', ' Academy', ' ', ' ', '\n',
  '. ', ', ', '!', 'x', 'é', '🏖️', 'Bali', 'ROAD',
];
const BAIT_PIECES = [
  'Comment "YES" below', 'Type GUIDE', 'drop a 🔥', 'Tag 3 friends', 'tag someone who', '. Like this post if you agree', 'double-tap if you relate',
  'Smash that like button', 'hit the ❤️', '\nRepost if', 'and share this if', '♻️ Repost', 'share this with your network', 'Follow me for more',
  'Agree?', '\nYes or no?\n', 'Comment', 'Reply', 'DROP', ' ', ' ', '\n', ' “GUIDE”', ' YES', ' a ', ' in the comments', 'tag', 'taɡ',
  ' a friend who', ' your colleagues', 'react', 'double tap', ' this', ' post', ' if', ' you', ' agree', 'tap', ' that', ' heart', 'reshare',
  'retweet', 'rt', ' with', ' everyone', ' 5 people', 'follow', ' us', ' for', ' daily', ' part 2', 'TRUE OR FALSE??', 'right?', 'Who agrees?',
  '. ', ', ', 'please ', 'so ', ')', '!', 'é', 'x',
];
const LIST_PIECES = [
  "I've added everyone I met at the conference to my newsletter", 'We just subscribed all my LinkedIn connections to our weekly updates',
  "I'll be adding my contacts to the mailing list", 'Everyone from the meetup has been signed up for this substack', 'You have been added to our list',
  'we put all of you on the email list', 'I ', 'We ', "'ve", ' have', ' just', ' will', ' added', ' subscribed', ' signed up', ' put', ' subscribe',
  ' everyone', ' you', ' my 500 connections', ' all of my followers', ' I met at the summit', ' from the meetup', ' to', ' on', ' for', ' been',
  ' my', ' our', ' the', ' this', ' weekly', ' new', ' newsletter', ' list', ' list of reviewers', ' updates', ' substack', '. ', ' ', '\n', 'x',
];
const CHANGES: ((text: string, at: number) => string)[] = [
  (text) => text,
  (text) => text.toUpperCase(),
  (text, at) => text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + 1),
  (text) => text.replaceAll('s', '\u017f'),
  (text) => text.replaceAll('k', '\u212a'),
];
const textOf = (pieces: string[]) =>
  fc
    .tuple(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.constantFrom(...CHANGES), fc.nat())
    .map(([parts, change, at]) => change(parts.join(''), at));

/** Runs `pattern` and its gate over generated texts: the gate never refuses a text the pattern matches. */
function expectGateNecessary(pattern: RegExp, gate: LiteralGate, pieces: string[]) {
  let matched = 0;
  let refused = 0;
  fc.assert(
    fc.property(textOf(pieces), (text) => {
      const passes = passesGate(gate, gateText(text));
      if (!passes) refused++;
      if (new RegExp(pattern.source, pattern.flags).test(text)) {
        matched++;
        expect(passes, `gate refused a text the pattern matches: ${JSON.stringify(text)}`).toBe(true);
      }
    }),
    { seed: 20261124, numRuns: 4000 },
  );
  // Both sides happened: the texts reached the pattern, and the gate spared it work.
  expect(matched).toBeGreaterThan(20);
  expect(refused).toBeGreaterThan(20);
}

describe('literal gates', () => {
  it.each(LOCATION_PATTERNS.map((entry, i) => [i, entry] as const))('location pattern %i: never refuses a text it matches', (_i, { pattern, gate }) =>
    expectGateNecessary(pattern, gate, LOCATION_PIECES),
  );

  it.each(BAITS.map((entry, i) => [i, entry] as const))('engagement-bait pattern %i: never refuses a text it matches', (_i, { pattern, gate }) =>
    expectGateNecessary(pattern, gate, BAIT_PIECES),
  );

  it('engagement-bait bare prompt: never refuses a text it matches', () => expectGateNecessary(BARE_PROMPT, BARE_PROMPT_GATE, BAIT_PIECES));

  it.each(ADDED_WITHOUT_CONSENT.map((pattern, i) => [i, pattern] as const))('newsletter-opt-out pattern %i: never refuses a text it matches', (_i, pattern) =>
    expectGateNecessary(pattern, ADDED_WITHOUT_CONSENT_GATE, LIST_PIECES),
  );

  it('findLocationDisclosures finds what running every pattern finds', () => {
    const ungated = (text: string) => {
      const found: { kind: string; start: number; end: number }[] = [];
      for (const { kind, pattern } of LOCATION_PATTERNS) {
        for (const m of text.matchAll(pattern)) {
          if (found.some((f) => m.index < f.end && m.index + m[0].length > f.start)) continue;
          found.push({ kind, start: m.index, end: m.index + m[0].length });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    };
    fc.assert(
      fc.property(textOf(LOCATION_PIECES), (text) => {
        expect(findLocationDisclosures(text)).toStrictEqual(ungated(text));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
