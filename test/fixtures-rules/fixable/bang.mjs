/** Runs of exclamation marks, cut to one by the fix. */
export default {
  id: 'test-bang',
  meta: {
    description: 'More than one exclamation mark (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: true,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter'],
    category: 'layout',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    const prose = context.document.body;
    for (const m of prose.text.matchAll(/!{2,}/g)) {
      const start = prose.fileOffset(m.index);
      const end = prose.fileOffset(m.index + m[0].length);
      context.report({
        message: 'One exclamation mark is enough.',
        loc: { prose, start: m.index, end: m.index + m[0].length },
        fix: start === undefined || end === undefined ? undefined : { range: [start, end], text: '!' },
      });
    }
  },
};
