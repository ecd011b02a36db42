import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentBounded } from '../../src/text/bounded-segments.js';

// Pieces that exercise the rules with context: sentence ends followed by lower case (no break),
// quotes and closing brackets after a full stop, CR LF, regional-indicator pairs (flags), ZWJ emoji
// sequences, combining marks, and CJK full stops.
const PIECES = ['Hello', ' world', '. ', '.', '! ', '? ', ' and so on', ' e.g. this', ' Mr. Smith', '"', ')', '.)', '\n', '\r\n', '\n\n',
  '🇬🇧', '🇫🇷', '🇺', '👩‍💻', '👍🏽', 'e\u0301', '\u0301', '今日は。', '晴れ', '  ', '1.5', ' x', 'A', '…', ' Next.'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 20, maxLength: 300, size: 'max' }).map((parts) => parts.join(''));
const direct = (segmenter: Intl.Segmenter, s: string) => [...segmenter.segment(s)].map(({ segment, index }) => ({ segment, index }));

describe('segmentBounded', () => {
  for (const granularity of ['sentence', 'grapheme'] as const) {
    it(`gives the same ${granularity} segments as segmenting the whole text`, () => {
      const segmenter = new Intl.Segmenter('en', { granularity });
      let windowed = 0;
      fc.assert(
        fc.property(text, (s) => {
          // A small window so that most texts are cut into several windows.
          if (s.length > 96) windowed++;
          expect([...segmentBounded(segmenter, s, 96, 32)]).toStrictEqual(direct(segmenter, s));
        }),
        { seed: 20261124, numRuns: 1500 },
      );
      expect(windowed).toBeGreaterThan(500);
    });
  }

  it('widens the window for a segment longer than it', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const long = `${'word '.repeat(500)}end. Short one. ${'more '.repeat(100)}`;
    expect([...segmentBounded(segmenter, long, 64, 16)]).toStrictEqual(direct(segmenter, long));
  });

  it('segments a long text in pieces without changing offsets', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const long = 'One sentence here. Another one follows!\n'.repeat(5000);
    const segments = [...segmentBounded(segmenter, long)];
    expect(segments).toHaveLength(10000);
    expect(segments.every(({ segment, index }) => long.slice(index, index + segment.length) === segment)).toBe(true);
  });
});
