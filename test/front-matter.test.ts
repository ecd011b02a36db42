import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/sources/markdown.js';

const parse = (text: string) => parseDraft({ path: 'draft.md', text });

describe('front matter', () => {
  it('reads platform, platforms, kind, to, date, tags and consented', () => {
    const { document, problems } = parse(
      '---\nplatforms: [LinkedIn, twitter]\nkind: invite\nto: Priya Shah\ndate: 2026-03-14\ntags: [launch]\nconsented: ["@ana"]\n---\n\nHi\n',
    );
    expect(problems).toEqual([]);
    expect(document.meta).toMatchObject({ platforms: ['linkedin', 'x'], kind: 'invite', to: 'Priya Shah', date: '2026-03-14', tags: ['launch'], consented: ['@ana'] });
  });

  it('defaults to a post for no platform when there is no front matter', () => {
    const { document, problems } = parse('Just text\n');
    expect(problems).toEqual([]);
    expect(document.meta).toMatchObject({ platforms: [], kind: 'post' });
  });

  it('reports an unknown platform and kind on their own lines and keeps linting', () => {
    const { problems, document } = parse('---\nplatform: myspace\nkind: story\n---\n\nText\n');
    expect(problems).toEqual([
      { message: expect.stringMatching(/^Unknown platform "myspace"/), line: 2, column: 11, fatal: false },
      { message: expect.stringMatching(/^Unknown kind "story"/), line: 3, column: 7, fatal: false },
    ]);
    expect(document.meta.kind).toBe('post');
  });

  it('reports broken YAML as fatal with its line', () => {
    const { problems } = parse('---\ntitle: ok\nplatform: [x\n---\n\nText\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/^Front matter is not valid YAML/) });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports unknown keys, wrong types and bad dates', () => {
    const { problems } = parse('---\nplatfrom: x\nto: [a]\ndate: someday\ntags: launch\n---\n\nText\n');
    expect(problems.map((p) => [p.line, p.message.split(';')[0]])).toEqual([
      [2, 'Unknown front matter key "platfrom"'],
      [3, '"to" must be the recipient\'s name, e.g. `to: Priya Shah`.'],
      [4, '"date" must be a date such as 2026-03-14, not "someday".'],
      [5, '"tags" must be a list of strings.'],
    ]);
  });

  it('accepts a front matter that is not a mapping only as an error', () => {
    const { problems } = parse('---\n- a\n- b\n---\n\nText\n');
    expect(problems[0]).toMatchObject({ fatal: true, line: 2 });
  });
});
