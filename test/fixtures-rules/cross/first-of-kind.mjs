/**
 * A cross-document rule without `collect`, so it is handed whole documents, profiles included
 * (which cannot travel from a worker thread and are read again): reports the first document of
 * each type with how many there are.
 */
export default {
  id: 'test-first-of-kind',
  meta: {
    description: 'The first draft and the first profile of a run (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'profile'],
    category: 'suggestion',
    crossDocument: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  checkAll(context) {
    for (const type of ['post', 'profile']) {
      const documents = context.documents.map(({ document }) => document).filter((document) => document.type === type);
      const first = documents[0];
      if (!first) continue;
      const loc = first.type === 'post' ? { prose: first.body, start: 0 } : { at: first.profile.at };
      context.report(first, { message: `First ${type} of ${documents.length}.`, loc });
    }
  },
};
