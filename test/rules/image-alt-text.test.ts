import rule from '../../rules/image-alt-text.js';
import { testRule } from '../helpers/rule-tester.js';

const post = (body: string) => `---\nplatform: mastodon\n---\n\n${body}\n`;

testRule(rule, {
  valid: [
    post('![Our team of six holding the accessibility award on stage](award.jpg)'),
    post('Results below.\n\n![Bar chart: page load fell from 4.1 s to 1.2 s after the rewrite](chart.png)'),
    post('![Screenshot of the settings page with the new dark-mode toggle circled](img/settings.png)'),
    post('<img src="team.jpg" alt="The team at the Leeds meetup, waving">'),
    post('No images here, just words about an image I liked.'),
    post('![Logo of the Open Data Institute, a blue circle](odi.svg)'),
    post('```md\n![](in-a-code-block.png)\n```'),
  ],
  invalid: [
    { name: 'no alt', text: post('![](photo.jpg)'), errors: [{ message: 'Image without alt text: people who use screen readers, or whose images do not load, miss it. Describe what it shows.', line: 5, column: 1, endColumn: 15 }] },
    { name: '"image"', text: post('Look!\n\n![Image](hero.png)'), errors: [{ message: 'Alt text "Image" describes nothing. Say what the image shows (people, text in it, why it matters).', line: 7 }] },
    { name: 'camera file name', text: post('![IMG_1234.jpg](IMG_1234.jpg)'), errors: [{ message: 'Alt text "IMG_1234.jpg" is a file name, not a description. Say what the image shows.' }] },
    { name: 'camera name without extension', text: post('![PXL_20260301_101500](a.jpg)'), errors: [{ message: /is a file name/ }] },
    { name: 'screenshot tool name', text: post('![Screenshot 2026-03-01 at 10.00.00](shot.png)'), errors: [{ message: /is a file name/ }] },
    { name: 'alt equals the file name', text: post('![team-offsite](https://cdn.example.com/team-offsite?w=800)'), errors: [{ message: /is a file name/ }] },
    { name: '"a photo of"', text: post('![A photo of](x.jpg)'), errors: [{ message: /describes nothing/ }] },
    { name: 'html img without alt', text: post('<img src="team.jpg">'), errors: [{ message: /^Image without alt text/ }] },
    { name: 'image reference', text: post('![][hero]\n\n[hero]: hero.png'), errors: 1 },
    { name: 'each image of a thread', text: '---\nplatform: x\nkind: thread\n---\n\n![](a.png) one\n\n---\n\n![picture](b.png) two\n', errors: 2 },
  ],
});
