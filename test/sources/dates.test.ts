import { describe, expect, it } from 'vitest';
import { exportDate } from '../../src/sources/profiles/dates.js';

describe('export dates', () => {
  it.each([
    ['2023-04-11 09:12:33', '2023-04-11'],
    ['2025-05-04T07:30:00Z', '2025-05-04'],
    ['4/11/23, 9:12 AM', '2023-04-11'],
    ['12/31/2024', '2024-12-31'],
    ['11 Apr 2023', '2023-04-11'],
    ['Jan 2021', '2021-01-01'],
    ['September 2019', '2019-09-01'],
    ['Wed Oct 10 20:19:24 +0000 2018', '2018-10-10'],
  ])('%s → %s', (text, expected) => {
    expect(exportDate(text)).toBe(expected);
  });

  it.each(['', '  ', 'yesterday', '13/45/23', '2023-13-01', 'Foo 2021'])('%j is no date', (text) => {
    expect(exportDate(text)).toBeUndefined();
  });
});
