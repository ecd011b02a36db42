import { expect, it } from 'vitest';
import { PERSONAL_DETECTORS } from '../../src/privacy/index.js';
import { ADVERSARIAL_LINES, timeAdversarialLines } from './adversarial.js';

it('has an adversarial line for every detector', () => {
  const covered = new Set(ADVERSARIAL_LINES.map((l) => l.detector));
  for (const d of [...PERSONAL_DETECTORS.map((d) => d.kind), 'secrets', 'location']) expect(covered, d).toContain(d);
});

// Timings are printed for people and the benchmark, not asserted: a slow CI machine must not fail
// the suite. A catastrophic regex would not finish at all within the generous limit.
it('runs every detector over a megabyte-long adversarial line', async () => {
  const timings = await timeAdversarialLines();
  console.table(timings);
  expect(timings).toHaveLength(ADVERSARIAL_LINES.length);
}, 300_000);
