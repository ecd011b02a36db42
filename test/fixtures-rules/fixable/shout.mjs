/** Words of four or more capitals, lowercased by the fix. */
export default {
  id: 'test-shout',
  meta: {
    description: 'Whole words in capitals (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: true,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter'],
    category: 'problem',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    const prose = context.document.body;
    for (const m of prose.text.matchAll(/\b[A-Z]{4,}\b/g)) {
      const start = prose.fileOffset(m.index);
      const end = prose.fileOffset(m.index + m[0].length);
      context.report({
        message: `"${m[0]}" reads as shouting.`,
        loc: { prose, start: m.index, end: m.index + m[0].length },
        fix: start === undefined || end === undefined ? undefined : { range: [start, end], text: m[0].toLowerCase() },
      });
    }
  },
};
