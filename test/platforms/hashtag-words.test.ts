import { describe, expect, it } from 'vitest';
import { hashtagReadings } from '../../src/platforms/hashtag-words.js';

describe('hashtagReadings', () => {
  it('reads run-together tags, and not single words or unknown parts', () => {
    expect(hashtagReadings('remotework')?.[0]).toStrictEqual({ text: 'RemoteWork', margin: 0 });
    expect(hashtagReadings('DATASCIENCE2026')?.[0]?.text).toBe('DataScience2026');
    // One dictionary word, however it could be split.
    expect(hashtagReadings('opensource')).toBeUndefined();
    expect(hashtagReadings('xqzvbnmw')).toBeUndefined();
  });

  it('gives the same readings every time a tag comes back, each caller its own copy', () => {
    const tags = ['opensource', 'remotework', 'machinelearning', 'UXDESIGN', 'hiring', 'xqzvbnmw', 'web3dev'];
    const first = tags.map((tag) => hashtagReadings(tag));
    const mutated = hashtagReadings('remotework')!;
    mutated[0]!.text = 'Changed';
    mutated.push({ text: 'Extra', margin: 9 });
    expect(tags.map((tag) => hashtagReadings(tag))).toStrictEqual(first);
    expect(first[1]).not.toBe(hashtagReadings('remotework'));
  });

  it('still reads tags after more distinct ones than it remembers', () => {
    const before = hashtagReadings('remotework');
    for (let i = 0; i < 10_050; i++) hashtagReadings(`tag${i}x`);
    expect(hashtagReadings('remotework')).toStrictEqual(before);
  });
});
