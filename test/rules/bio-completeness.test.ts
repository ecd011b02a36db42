import rule from '../../rules/bio-completeness.js';
import { testProfileRule } from '../helpers/profile-tester.js';

const fullLinkedIn = `platform: linkedin
displayName: Priya Raman
headline: Data engineer | I build reliable pipelines for climate researchers
bio: I help research teams turn messy sensor data into datasets they trust.
location: Leeds, United Kingdom
industry: Environmental Services
websites: [https://priya-raman.example]
photo: true
positions:
  - title: Senior Data Engineer
    company: Northwind Analytics
    description: Lead the ingestion team; rebuilt the river-gauge pipeline.
education:
  - school: University of Leeds
skills: [Data Engineering, Airflow, dbt, Python, SQL]
`;

testProfileRule(rule, {
  valid: [
    { name: 'complete LinkedIn profile file', yaml: fullLinkedIn },
    { name: 'complete LinkedIn export (ZIP)', file: 'fixtures/exports/complete/Basic_LinkedInDataExport_03-14-2026.zip' },
    { name: 'complete X archive (ZIP)', file: 'fixtures/exports/complete/twitter-2026-03-14-ana_builds.zip' },
    { name: 'complete Mastodon archive (tar.gz)', file: 'fixtures/exports/complete/archive-20260314-lea.tar.gz' },
    { name: 'Bluesky record with a link in the description', file: 'fixtures/exports/complete/lea.bsky-profile.json' },
    { name: 'a missing photo is left to profile-photo', yaml: fullLinkedIn.replace('photo: true', 'photo: false') },
    {
      name: 'skipped items are not reported',
      yaml: 'platform: x\ndisplayName: Ana\nbio: Accessibility engineer.\nphoto: true\nheader: true\n',
      options: { skip: ['website'] },
    },
    {
      name: 'minSkills lowered',
      yaml: fullLinkedIn.replace('skills: [Data Engineering, Airflow, dbt, Python, SQL]', 'skills: [dbt, SQL]'),
      options: { minSkills: 2 },
    },
    { name: 'Mastodon fields count as links', yaml: 'platform: mastodon\ndisplayName: Léa\nbio: Urban ecologist.\nphoto: true\nheader: true\nfields: [{ name: Pronouns, value: she/her }]\n' },
  ],
  invalid: [
    {
      name: 'LinkedIn export with only a title: each missing item on its CSV',
      file: 'fixtures/exports/incomplete/Basic_LinkedInDataExport_01-09-2026.zip',
      errors: [
        { entry: 'Positions.csv', line: 2, column: 1, message: /no position has a description/ },
        { entry: 'Profile.csv', line: 2, column: 1, message: /missing About section: write an About section/ },
        { entry: 'Profile.csv', message: /missing location/ },
        { entry: 'Profile.csv', message: /missing industry/ },
        { entry: 'Profile.csv', message: /missing education/ },
        { entry: 'Profile.csv', message: /missing website or contact/ },
        { entry: 'Skills.csv', line: 2, column: 1, message: 'LinkedIn profile: missing 5 skills: only 2 skills listed; LinkedIn profiles usually list at least 5.' },
      ],
    },
    {
      name: 'X archive with an empty bio and the default avatar',
      file: 'fixtures/exports/incomplete/twitter-2026-01-09-kit_m',
      errors: [
        { entry: 'data/profile.js', line: 3, column: 16, message: /^X profile: missing bio: write a bio/ },
        { entry: 'data/profile.js', message: /missing header: add a header image/ },
        { entry: 'data/profile.js', message: /missing website/ },
      ],
    },
    {
      name: 'Bluesky record without display name, description, avatar, banner',
      file: 'fixtures/exports/incomplete/bluesky-profile-record.json',
      errors: [{ message: /display name/ }, { message: /description/ }, { message: /banner/ }, { message: /website/ }],
    },
    {
      name: 'position without description, reported on that position',
      yaml: fullLinkedIn.replace('    description: Lead the ingestion team; rebuilt the river-gauge pipeline.\n', ''),
      errors: [{ line: 10, column: 5, message: /no position has a description/ }],
    },
    {
      name: 'no positions at all',
      yaml: fullLinkedIn.replace(/positions:[\s\S]*?education:/, 'education:'),
      errors: [{ message: 'LinkedIn profile: missing a position with a description: describe at least one position: what you did and what came of it.' }],
    },
  ],
  scores: [
    { name: 'complete profile scores 100', yaml: fullLinkedIn, score: 100, missing: [] },
    { name: 'photo unknown in a LinkedIn export is not scored', file: 'fixtures/exports/incomplete/Basic_LinkedInDataExport_01-09-2026.zip', score: 13, missing: ['About section', 'location', 'industry', 'a position with a description', 'education', '5 skills', 'website or contact'] },
    { name: 'hasPhoto: true counts the photo', file: 'fixtures/exports/incomplete/Basic_LinkedInDataExport_01-09-2026.zip', options: { hasPhoto: true }, score: 22 },
    { name: 'a missing photo is scored and listed', yaml: fullLinkedIn.replace('photo: true', 'photo: false'), score: 89, missing: ['profile photo'] },
    { name: 'X archive: 1 of 5', file: 'fixtures/exports/incomplete/twitter-2026-01-09-kit_m', score: 20, missing: ['bio', 'profile photo', 'header', 'website'] },
  ],
});
