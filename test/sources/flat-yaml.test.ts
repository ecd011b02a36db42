import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { flatLinePos, readFlatYaml } from '../../src/sources/flat-yaml.js';

/** What the `yaml` package reads: values, key and value offsets, list item offsets, line:column of each. */
function viaYaml(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const entries = doc.contents.items.map((pair) => {
    const value = pair.value as YamlNode & { items?: YamlNode[] };
    return {
      key: isScalar(pair.key) ? pair.key.value : undefined,
      keyOffset: (pair.key as YamlNode).range![0],
      valueOffset: value?.range?.[0],
      itemOffsets: value?.items?.map((item) => item.range![0]),
    };
  });
  return { js: doc.toJS(), entries, linePos: (offset: number) => lines.linePos(offset) };
}

function viaFlat(text: string) {
  const flat = readFlatYaml(text);
  if (!flat) return undefined;
  return {
    js: Object.fromEntries(flat.entries.map((entry) => [entry.key, entry.value])),
    entries: flat.entries.map(({ key, keyOffset, valueOffset, itemOffsets }) => ({ key, keyOffset, valueOffset, itemOffsets })),
    linePos: (offset: number) => flatLinePos(flat, offset),
  };
}

// Values that are plain strings to YAML and values that are not (numbers, booleans, nulls, indicators, comments).
const VALUES = [
  'linkedin', 'x', 'Priya Shah', 'Łukasz Nowak', '王小明', 'Zoë Müller', "O'Brien", 'Dr. Smith', 'a/b', 'e5', 'yes', 'no', 'on',
  'true', 'True', 'FALSE', 'null', 'NULL', '~', '', '12', '0x1f', '.inf', '-1.5', '2026-03-14', '2026-3-14', '"@ana"', '"a: b"',
  '"a, b"', '"with \\"escape\\""', "'single'", '@ana', '#tag', 'a #comment', 'a: b', 'a:b', '[linkedin, mastodon]', '[ x ]', '[]',
  '[ ]', '[a,b]', '[a, , b]', '[a, [b]]', '[a] b', '["@ana", "@gus"]', '[yes, 1]', '{a: 1}', '|', '>', '*ref', '&anchor x', '- a',
  'ends with space ', 'two  spaces', 'x\u00a0y', 'a\u0301', '"\u0007"', 'Ça y est', 'x -', '- x',
];
const KEYS = ['platform', 'platforms', 'kind', 'to', 'date', 'tags', 'consented', 'title', 'Kind', 'ok_key', 'x y', '"q"', 'a'];
const anyLine = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : '), fc.constantFrom(...VALUES), fc.constantFrom('', ' ', '\t', '  # note')).map((parts) => parts.join(''));
// Mostly lines that could be read without yaml, so both paths get compared often.
const likelyLine = fc.tuple(fc.constantFrom(...KEYS.slice(0, 9)), fc.constantFrom(': ', ':  '), fc.constantFrom(...VALUES)).map((parts) => parts.join(''));
const line = fc.oneof({ arbitrary: likelyLine, weight: 4 }, { arbitrary: anyLine, weight: 1 });
const frontMatter = fc.tuple(fc.array(line, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\n', '\n', '\r\n')).map(([lines, end]) => lines.join(end));

describe('readFlatYaml', () => {
  it('accepts only what yaml reads the same way, with the same offsets and line:column', () => {
    let accepted = 0;
    fc.assert(
      fc.property(frontMatter, (text) => {
        const flat = viaFlat(text);
        if (!flat) return;
        accepted++;
        const yaml = viaYaml(text);
        expect(yaml, text).toBeDefined();
        expect(flat.js).toStrictEqual(yaml!.js);
        expect(flat.entries).toStrictEqual(yaml!.entries);
        for (let offset = 0; offset <= text.length; offset++) expect(flat.linePos(offset)).toStrictEqual(yaml!.linePos(offset));
      }),
      { seed: 20261124, numRuns: 4000 },
    );
    // The comparison means something only if the fast path is taken often enough.
    expect(accepted).toBeGreaterThan(200);
  });

  it('reads the front matter drafts usually have', () => {
    const text = 'platforms: [linkedin, mastodon]\nkind: invite\nto: Aoife Ní Bhriain\ndate: 2026-03-14\nconsented: ["@ana"]';
    expect(viaFlat(text)).toBeDefined();
    expect(viaFlat(text)!.js).toStrictEqual(viaYaml(text)!.js);
    expect(viaFlat(text)!.entries).toStrictEqual(viaYaml(text)!.entries);
  });

  it('leaves to yaml what it cannot read exactly', () => {
    for (const text of ['', 'kind: post\n', 'kind: post # note', 'to:', 'date: 12', 'draft: true', 'tags:\n  - a', 'a: 1\na: 2', 'to: "a\\"b"', 'kind: post\r\nto: x']) {
      expect(readFlatYaml(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
