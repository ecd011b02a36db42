import { describe, expect, it } from 'vitest';
import type { AnyCrossRule, CrossGroup, KeptEntry } from '../src/engine/cross-document-record.js';
import { KeptStore, recordBytes } from '../src/engine/kept-store.js';
import { RuleFailure } from '../src/engine/run-rules.js';
import type { Platform } from '../src/types.js';

function crossRule(id: string, withCollect: boolean): AnyCrossRule {
  return {
    id,
    meta: { description: id, docs: `docs/rules/${id}.md`, fixable: false, hasSuggestions: false, defaultSeverity: 'warn', appliesTo: ['post'], crossDocument: true },
    ...(withCollect ? { collect: () => ({}) } : {}),
    checkAll: () => undefined,
  } as AnyCrossRule;
}

const recorded = crossRule('recorded', true);
const whole = crossRule('whole', false);
const loose: CrossGroup = { key: 'loose', options: { threshold: 0.5 }, settings: {} };
const strict: CrossGroup = { key: 'strict', options: { threshold: 0.9 }, settings: {} };
const linkedin: Platform[] = ['linkedin'];
const mastodon: Platform[] = ['mastodon'];

const entry = (rule: AnyCrossRule, value: object, group = loose, platforms = linkedin, severity: 1 | 2 = 1): KeptEntry => ({ ruleId: rule.id, group, severity, platforms, value });

describe('KeptStore', () => {
  it('gives back what collect kept as equal copies, typed arrays and non-ASCII text included', () => {
    const store = new KeptStore([recorded]);
    const value = { keys: 'a\u0000\u00ff', name: 'café 東京 👋🏽.md', at: { line: 3, column: 1 }, ranks: new Int32Array([5, -1, 7]), nested: [{ deep: true }] };
    store.add(0, 0, [entry(recorded, value, loose, mastodon, 2)]);
    const [group] = store.take(recorded);
    expect(group!.values).toEqual([value]);
    expect(group!.values[0]).not.toBe(value);
    expect(group!.platforms).toEqual([mastodon]);
    expect([...group!.severities]).toEqual([2]);
    expect([...group!.reportIndex]).toEqual([0]);
  });

  it('orders entries by discovery position, however they were added (a shard reads the others last)', () => {
    const store = new KeptStore([recorded]);
    store.add(1, 0, [entry(recorded, { n: 'own 1' })]);
    store.add(3, 1, [entry(recorded, { n: 'own 3a' }), entry(recorded, { n: 'own 3b' })]);
    store.add(0, -1, [entry(recorded, { n: 'other 0' })]);
    store.add(2, -1, [entry(recorded, { n: 'other 2' })]);
    const [group] = store.take(recorded);
    expect(group!.values).toEqual([{ n: 'other 0' }, { n: 'own 1' }, { n: 'other 2' }, { n: 'own 3a' }, { n: 'own 3b' }]);
    expect([...group!.reportIndex]).toEqual([-1, 0, -1, 1, 1]);
  });

  it('splits a rule’s entries by group, in the order groups first appear, and keeps each rule apart', () => {
    const store = new KeptStore([recorded, whole]);
    const document = { type: 'post', name: 'kept whole' };
    store.add(0, 0, [entry(recorded, { n: 0 }, strict), entry(whole, document)]);
    store.add(1, 1, [entry(recorded, { n: 1 }, loose)]);
    store.add(2, 2, [entry(recorded, { n: 2 }, strict)]);
    const groups = store.take(recorded);
    expect(groups.map((g) => g.group)).toEqual([strict, loose]);
    expect(groups.map((g) => g.values)).toEqual([[{ n: 0 }, { n: 2 }], [{ n: 1 }]]);
    expect([...groups[0]!.reportIndex]).toEqual([0, 2]);
    // A rule without collect is handed the documents themselves.
    const [kept] = store.take(whole);
    expect(kept!.values[0]).toBe(document);
  });

  it('treats equal groups and platform lists as one, whichever thread made the objects', () => {
    const store = new KeptStore([recorded]);
    store.add(0, 0, [entry(recorded, { n: 0 }, loose, ['x'])]);
    store.add(1, 1, [entry(recorded, { n: 1 }, { ...loose, options: { ...loose.options } }, ['x'])]);
    const groups = store.take(recorded);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.values).toEqual([{ n: 0 }, { n: 1 }]);
    expect(groups[0]!.platforms[0]).toBe(groups[0]!.platforms[1]);
  });

  it('takes bytes a worker made as they are', () => {
    const store = new KeptStore([recorded]);
    store.add(0, 0, [{ ruleId: recorded.id, group: loose, severity: 2, platforms: linkedin, bytes: recordBytes({ from: 'worker' }, recorded.id, '/drafts/a.md') }]);
    const [group] = store.take(recorded);
    expect(group!.values).toEqual([{ from: 'worker' }]);
  });

  it('lets go of a rule’s entries once taken', () => {
    const store = new KeptStore([recorded]);
    store.add(0, 0, [entry(recorded, { n: 0 })]);
    expect(store.take(recorded)).toHaveLength(1);
    expect(store.take(recorded)).toEqual([]);
  });

  it('holds thousands of entries across several chunks, each intact', () => {
    const store = new KeptStore([recorded]);
    const big = 'x'.repeat(3000);
    for (let i = 0; i < 2000; i++) store.add(i, i, [entry(recorded, { i, text: `${i}:${big}` })]);
    const [group] = store.take(recorded);
    expect(group!.values).toHaveLength(2000);
    group!.values.forEach((value, i) => expect(value).toEqual({ i, text: `${i}:${big}` }));
  });

  it('names the rule and the file when collect returned what cannot be copied', () => {
    const store = new KeptStore([recorded]);
    const add = () => store.add(0, 0, [entry(recorded, { at: () => 1 })], '/drafts/a.md');
    expect(add).toThrow(RuleFailure);
    expect(add).toThrow(/rule "recorded" failed on \/drafts\/a\.md: collect returned a value that cannot be serialised/);
  });
});

describe('KeptStore with a spill file', () => {
  it('writes full chunks to the file and reads each back once, values intact and in order', () => {
    const file = new Map<number, Buffer>();
    let end = 0;
    let reads = 0;
    const spill = {
      append(bytes: Uint8Array) {
        file.set(end, Buffer.from(bytes));
        end += bytes.length;
        return end - bytes.length;
      },
      read(offset: number, length: number) {
        reads++;
        const bytes = file.get(offset)!;
        expect(bytes.length).toBe(length);
        return bytes;
      },
    };
    const store = new KeptStore([recorded], spill);
    const text = 'é'.repeat(2000);
    for (let i = 0; i < 1500; i++) store.add(i, i, [entry(recorded, { i, text })]);
    expect(file.size).toBeGreaterThan(1);
    const [group] = store.take(recorded);
    expect(group!.values).toHaveLength(1500);
    group!.values.forEach((value, i) => expect(value).toEqual({ i, text }));
    expect(reads).toBe(file.size);
  });
});
