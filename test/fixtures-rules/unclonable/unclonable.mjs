/** A cross-document rule that breaks the `collect` contract: its record holds a function. */
export default {
  id: 'test-unclonable',
  meta: {
    description: 'Keeps a record that cannot be copied (test rule).',
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
    return { type: document.type, describe: () => document.type };
  },
  checkAll() {},
};
