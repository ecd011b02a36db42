/** ` // ` between sentences, replaced by a line break (a fix whose text holds "\n"). */
export default {
  id: 'test-slash-break',
  meta: {
    description: 'Slashes used as line breaks (test rule).',
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
    for (const m of prose.text.matchAll(/ \/\/ /g)) {
      const start = prose.fileOffset(m.index);
      const end = prose.fileOffset(m.index + m[0].length);
      context.report({
        message: 'Use a line break instead of " // ".',
        loc: { prose, start: m.index, end: m.index + m[0].length },
        fix: start === undefined || end === undefined ? undefined : { range: [start, end], text: '\n' },
      });
    }
  },
};
