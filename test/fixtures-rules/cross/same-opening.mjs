/** A cross-document rule that keeps a small record per draft (`collect`): drafts that open with the same line. */
export default {
  id: 'test-same-opening',
  meta: {
    description: 'Two drafts open with the same line (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'newsletter'],
    category: 'suggestion',
    crossDocument: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  collect(document) {
    if (document.type !== 'post') return undefined;
    const text = document.body.text.trimStart();
    const opening = text.split('\n')[0].trim();
    if (opening.length < 20) return undefined;
    const start = document.body.text.length - text.length;
    return { opening, at: document.body.locate(start) };
  },
  checkAll(context) {
    const byOpening = new Map();
    for (const { document } of context.documents) byOpening.set(document.opening, [...(byOpening.get(document.opening) ?? []), document]);
    for (const kept of byOpening.values()) {
      if (kept.length < 2) continue;
      for (const record of kept) context.report(record, { message: `${kept.length} drafts open with this line.`, loc: { at: record.at } });
    }
  },
};
