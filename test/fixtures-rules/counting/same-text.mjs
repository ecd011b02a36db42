/** A cross-document rule: drafts whose text is the same as another draft's. */
export default {
  id: 'test-same-text',
  meta: {
    description: 'The same text in two drafts (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post'],
    category: 'problem',
    crossDocument: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  checkAll(context) {
    const byText = new Map();
    for (const { document } of context.documents) {
      const text = document.body.text.trim();
      byText.set(text, [...(byText.get(text) ?? []), document]);
    }
    for (const documents of byText.values()) {
      if (documents.length < 2) continue;
      for (const document of documents) {
        context.report(document, { message: `The same text is in ${documents.length} drafts.`, loc: { prose: document.body, start: 0 } });
      }
    }
  },
};
