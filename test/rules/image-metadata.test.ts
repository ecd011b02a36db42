import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../rules/image-metadata.js';
import { readLocalAsset } from '../../src/privacy/local-asset.js';
import { testRule } from '../helpers/rule-tester.js';
// @ts-expect-error: a plain JavaScript script, also run on its own to write the fixture images
import { exifJpeg, plainJpeg } from '../privacy/exif-jpeg.mjs';

// The rule tester lints drafts as case.md in the working folder (the repository root), so the
// images live in a scratch folder under it.
const folder = 'test/tmp/image-metadata';
const post = (body: string) => `---\nplatform: instagram\n---\n\n${body}\n`;

beforeAll(() => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'gps.jpg'), exifJpeg({ gps: [48.8584, 2.2945] }));
  writeFileSync(path.join(folder, 'everything.jpg'), exifJpeg({ gps: [-33.8568, 151.2153], serial: '4021187766', owner: 'Sam Okafor' }));
  writeFileSync(path.join(folder, 'serial.jpg'), exifJpeg({ serial: 'X100V-77812', make: 'ExampleCam' }));
  writeFileSync(path.join(folder, 'artist.jpg'), exifJpeg({ artist: 'Priya Shah' }));
  writeFileSync(path.join(folder, 'camera-only.jpg'), exifJpeg({ make: 'ExampleCam' }));
  writeFileSync(path.join(folder, 'clean.jpg'), plainJpeg());
  writeFileSync(path.join(folder, 'not-an-image.jpg'), 'this is text, not a JPEG');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

testRule(rule, {
  valid: [
    post(`Sunset. ![Sunset](${folder}/clean.jpg)`),
    post(`The camera make alone identifies no one. ![Shot](${folder}/camera-only.jpg)`),
    post('Remote images are never fetched: ![Logo](https://example.com/gps.jpg)'),
    post(`A missing image is another rule's business. ![Gone](${folder}/missing.jpg)`),
    post(`A damaged file is skipped. ![Broken](${folder}/not-an-image.jpg)`),
    post('Paths out of the content folder are refused. ![Passwords](../../../etc/passwd)'),
    post(`Code is not an image: \`![x](${folder}/gps.jpg)\``),
  ],
  invalid: [
    {
      name: 'GPS position',
      text: post(`Paris! ![Tower](${folder}/gps.jpg)`),
      errors: [
        {
          message: `Image ${folder}/gps.jpg carries GPS coordinates in its metadata. Strip the metadata before posting (for example \`exiftool -all= ${folder}/gps.jpg\`).`,
          line: 5,
          column: 8,
        },
      ],
      suggestions: ['Leave the image out of the draft until its metadata is stripped.'],
      suggestionOutput: post('Paris! '),
    },
    { name: 'every kind at once', text: post(`![Harbour](${folder}/everything.jpg)`), errors: [{ message: /carries GPS coordinates, the camera serial number and the owner's or artist's name in its metadata/ }] },
    { name: 'camera serial', text: post(`![New camera](${folder}/serial.jpg)`), errors: [{ message: /carries the camera serial number in/ }] },
    { name: 'artist name', text: post(`![Portrait](${folder}/artist.jpg)`), errors: [{ message: /carries the owner's or artist's name in/ }] },
    {
      name: 'reference-style image, reported where it is used',
      text: post(`Our street. ![Street][pic]\n\n[pic]: ${folder}/gps.jpg`),
      errors: [{ message: /GPS coordinates/, line: 5, column: 13 }],
    },
    {
      name: 'an <img> tag in raw HTML, without a suggestion',
      text: post(`<p align="center">\n  <img width="300" src="${folder}/gps.jpg" alt="Our garden">\n</p>`),
      errors: [{ message: /GPS coordinates/, line: 5, column: 1 }],
    },
    { name: 'the same image twice is reported twice', text: post(`![a](${folder}/gps.jpg) and ![b](${folder}/gps.jpg)`), errors: 2 },
  ],
});

describe('readLocalAsset', () => {
  const draft = path.resolve('drafts/post.md');
  it('refuses URLs of any scheme', async () => {
    for (const ref of ['https://example.com/a.jpg', 'HTTP://x/a.jpg', '//cdn.example.com/a.jpg', 'file:///etc/passwd', 'data:image/png;base64,AAAA']) {
      expect(await readLocalAsset(draft, ref), ref).toEqual({ ok: false, reason: 'remote' });
    }
  });
  it('refuses absolute paths and paths leaving the content folder', async () => {
    for (const ref of ['/etc/passwd', '../../etc/passwd', '..%2F..%2F..%2Fetc%2Fpasswd']) {
      expect(await readLocalAsset(draft, ref), ref).toEqual({ ok: false, reason: 'outside' });
    }
  });
  it('reads a file next to the draft, decoding the URL', async () => {
    const asset = await readLocalAsset(path.resolve(folder, 'post.md'), 'clean.jpg?v=2#top');
    expect(asset.ok).toBe(true);
  });
  it('uses the draft folder as the root when the draft lies outside the working folder', async () => {
    const asset = await readLocalAsset('/nonexistent/outside/post.md', '../secret.jpg', process.cwd());
    expect(asset).toEqual({ ok: false, reason: 'outside' });
  });
});
