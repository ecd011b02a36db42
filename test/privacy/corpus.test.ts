import { expect, it } from 'vitest';
import { detectPersonalData, detectSecrets } from '../../src/privacy/index.js';
import { findLocationDisclosures } from '../../src/privacy/location.js';
import { CORPUS, type CorpusLabel } from './corpus.js';

const MIN_PRECISION = 0.97;
const MIN_RECALL = 0.95;

async function labelsOf(text: string, region: string): Promise<CorpusLabel[]> {
  return [
    ...(await detectPersonalData(text, { region })).map((d) => d.kind),
    ...detectSecrets(text).map((d) => d.kind),
    ...findLocationDisclosures(text).map((d) => `location:${d.kind}` as const),
  ];
}

const tally = (labels: CorpusLabel[]) => labels.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<CorpusLabel, number>());

it('has at least 150 cases written for it', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(150);
  expect(new Set(CORPUS.map((c) => c.text)).size).toBe(CORPUS.length);
});

it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL} for every kind`, async () => {
  const counts = new Map<CorpusLabel, { tp: number; fp: number; fn: number }>();
  const mistakes: string[] = [];
  for (const c of CORPUS) {
    const expected = tally(c.expect);
    const actual = tally(await labelsOf(c.text, c.region ?? 'GB'));
    for (const label of new Set([...expected.keys(), ...actual.keys()])) {
      const e = expected.get(label) ?? 0;
      const a = actual.get(label) ?? 0;
      const row = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
      row.tp += Math.min(e, a);
      row.fp += Math.max(0, a - e);
      row.fn += Math.max(0, e - a);
      counts.set(label, row);
      if (a !== e) mistakes.push(`${a > e ? 'false positive' : 'missed'} ${label}: ${JSON.stringify(c.text)}`);
    }
  }
  const report = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, { tp, fp, fn }]) => {
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { label, tp, fp, fn, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)) };
  });
  console.table(report);
  if (mistakes.length) console.log(mistakes.join('\n'));
  const below = report.filter((r) => r.precision < MIN_PRECISION || r.recall < MIN_RECALL);
  expect(below, mistakes.join('\n')).toEqual([]);
});
