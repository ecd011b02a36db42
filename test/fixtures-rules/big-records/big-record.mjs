/**
 * A cross-document rule whose records are large (~12 KB a draft), so a run of a hundred drafts
 * fills several chunks of kept records; it reports on every draft the one kept before it, so a
 * record read back out of order, or from the wrong bytes, changes the report.
 */
function checksum(text) {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (Math.imul(sum, 31) + text.charCodeAt(i)) | 0;
  return sum;
}

export default {
  id: 'test-big-record',
  meta: {
    description: 'Names the draft kept before each draft (test rule).',
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
    if (document.type !== 'post' || !document.file) return undefined;
    const text = document.body.text.trim();
    const padding = text.repeat(Math.ceil(12_000 / Math.max(1, text.length)));
    return { name: document.file.path.split(/[\\/]/).pop(), padding, sum: checksum(padding), at: document.body.locate(0) };
  },
  checkAll(context) {
    context.documents.forEach(({ document, platforms }, i) => {
      const before = context.documents[i - 1]?.document;
      const intact = document.padding.length >= 12_000 && checksum(document.padding) === document.sum;
      context.report(document, { message: `after ${before?.name ?? 'nothing'} on ${platforms.join('+') || 'any'}${intact ? '' : ' (record damaged)'}`, loc: { at: document.at } });
    });
  },
};
