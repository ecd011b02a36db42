import rule from '../../rules/profile-photo.js';
import { testProfileRule } from '../helpers/profile-tester.js';

testProfileRule(rule, {
  valid: [
    { name: 'photo file of 800×800 next to the profile', file: 'fixtures/exports/complete/priya.linkedin.profile.yaml' },
    { name: 'X archive with a 400×400 avatar in profile_media', file: 'fixtures/exports/complete/twitter-2026-03-14-ana_builds.zip' },
    { name: 'Mastodon avatar.png of 400×400 in the tar.gz', file: 'fixtures/exports/complete/archive-20260314-lea.tar.gz' },
    { name: 'Bluesky avatar blob (size unknown)', file: 'fixtures/exports/complete/lea.bsky-profile.json' },
    { name: 'LinkedIn export cannot tell: quiet', file: 'fixtures/exports/incomplete/Basic_LinkedInDataExport_01-09-2026.zip' },
    { name: 'declared size, slightly oblong', yaml: 'platform: linkedin\nphoto: { width: 500, height: 600 }\n' },
    { name: 'minSize lowered for one platform', yaml: 'platform: mastodon\nphoto: { width: 200, height: 200 }\n', options: { minSize: { mastodon: 200 } } },
  ],
  invalid: [
    { name: 'no photo in a plain profile', yaml: 'platform: x\ndisplayName: Kit\nphoto: false\n', errors: [{ message: /^The X profile has no photo/, line: 1, column: 1 }] },
    { name: 'X default avatar is no photo', file: 'fixtures/exports/incomplete/twitter-2026-01-09-kit_m', errors: [{ entry: 'data/profile.js', message: /no photo/ }] },
    { name: 'Bluesky record without avatar', file: 'fixtures/exports/incomplete/bluesky-profile-record.json', errors: [{ message: /^The Bluesky profile has no photo/ }] },
    {
      name: 'Mastodon avatar too small and oblong, at the icon in actor.json',
      file: 'fixtures/exports/incomplete/mastodon-archive-minimal',
      errors: [
        { entry: 'actor.json', line: 22, column: 13, message: 'The profile photo (avatar.png) is 120×90 pixels; use at least 400×400 so it stays sharp on Mastodon.' },
        { entry: 'actor.json', line: 22, column: 13, message: /far from square/ },
      ],
    },
    { name: 'declared size under 400 on LinkedIn', yaml: 'platform: linkedin\nphoto:\n  width: 300\n  height: 300\n', errors: [{ message: /is 300×300 pixels; use at least 400×400/, line: 3, column: 3 }] },
    { name: 'wide banner used as a photo', yaml: 'platform: linkedin\nphoto: { width: 1584, height: 396 }\n', errors: [{ message: /is 1584×396 pixels/ }, { message: /1584×396, far from square; LinkedIn crops it to a circle/ }] },
    { name: 'maxAspectRatio tightened', yaml: 'platform: linkedin\nphoto: { width: 500, height: 600 }\n', options: { maxAspectRatio: 1.1 }, errors: [{ message: /far from square/ }] },
  ],
});
