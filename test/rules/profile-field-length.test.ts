import rule from '../../rules/profile-field-length.js';
import { testProfileRule } from '../helpers/profile-tester.js';

const a = (n: number) => 'a'.repeat(n);

testProfileRule(rule, {
  valid: [
    { name: 'X bio of exactly 160', yaml: `platform: x\nbio: ${a(160)}\n` },
    { name: 'X bio of 160 emoji (code points, not weighted)', yaml: `platform: x\nbio: "${'🙂'.repeat(160)}"\n` },
    { name: 'LinkedIn headline of 220', yaml: `platform: linkedin\nheadline: ${a(220)}\n` },
    { name: 'Bluesky description of 256 graphemes with ZWJ families', yaml: `platform: bluesky\nbio: "${'👩‍👩‍👧'.repeat(100)}${a(156)}"\n` },
    { name: 'Mastodon bio of 500 with a long URL counted as 23', yaml: `platform: mastodon\nbio: "${a(470)} https://example.com/${a(200)}"\n` },
    { name: 'Mastodon with 4 fields', yaml: `platform: mastodon\nfields:\n${[1, 2, 3, 4].map((i) => `  - { name: f${i}, value: v${i} }`).join('\n')}\n` },
    { name: 'option raises the bio limit', yaml: `platform: mastodon\nbio: ${a(900)}\n`, options: { max: { bio: 1000 } } },
    { name: 'a platform without a limit for the field', yaml: `platform: facebook\nbio: ${a(5000)}\n` },
    { name: 'complete fixtures', file: 'fixtures/exports/complete/Basic_LinkedInDataExport_03-14-2026.zip' },
  ],
  invalid: [
    {
      name: 'X bio over 160 points at the first character past the limit',
      yaml: `platform: x\nbio: ${a(170)}\n`,
      errors: [{ message: 'The bio is 170 characters; X allows 160 (10 over; Unicode code points).', line: 2, column: 166, endLine: 2, endColumn: 176 }],
    },
    {
      name: 'LinkedIn About over 2,600',
      yaml: `platform: linkedin\nbio: ${a(2700)}\n`,
      errors: [{ message: 'The About section is 2,700 characters; LinkedIn allows 2,600 (100 over; UTF-16 units: most emoji count 2).' }],
    },
    {
      name: 'LinkedIn counts an emoji as 2 (UTF-16, as its forms do)',
      yaml: `platform: linkedin\nheadline: "${a(218)}🚀🚀"\n`,
      errors: [{ message: /is 222 characters; LinkedIn allows 220/ }],
    },
    {
      name: 'Bluesky description over 2,560 bytes though under 256 graphemes',
      yaml: `platform: bluesky\nbio: "${'👩‍👩‍👧‍👦'.repeat(110)}"\n`,
      errors: [{ message: /is 2,750 bytes in UTF-8; Bluesky allows 2,560 \(190 over\)/ }],
    },
    {
      name: 'Mastodon display name over 30',
      yaml: `platform: mastodon\ndisplayName: Léa Fontaine — urban ecologist in Lyon\n`,
      errors: [{ message: 'The display name is 38 characters; Mastodon allows 30 (8 over; Unicode code points).', line: 2, column: 44 }],
    },
    {
      name: 'LinkedIn position title (100) and description (2,000)',
      yaml: `platform: linkedin\npositions:\n  - title: ${a(101)}\n    description: ${a(2001)}\n`,
      errors: [{ message: /position "a+" title is 101 characters; LinkedIn allows 100/, line: 3, column: 112 }, { message: /description is 2,001 characters; LinkedIn allows 2,000 \(1 over; UTF-16 units/ }],
    },
    {
      name: 'five Mastodon fields',
      yaml: `platform: mastodon\nfields:\n${[1, 2, 3, 4, 5].map((i) => `  - { name: f${i}, value: v${i} }`).join('\n')}\n`,
      errors: [{ message: 'Mastodon shows 4 profile fields by default; this profile has 5, and the instance may drop the rest.', line: 7, column: 13 }],
    },
    {
      name: 'X bio in a plain profile (fixture)',
      file: 'fixtures/exports/incomplete/kit.x.profile.yaml',
      errors: [{ message: 'The bio is 182 characters; X allows 160 (22 over; Unicode code points).', line: 7, column: 72 }],
    },
    {
      name: 'option lowers a limit',
      yaml: `platform: x\nlocation: Lisbon, Portugal\n`,
      options: { max: { location: 10 } },
      errors: [{ message: 'The location is 16 characters; X allows 10 (6 over; Unicode code points).' }],
    },
  ],
});
