/** "utilize", with two suggested rewrites and no fix: a rewrite needs judgement. */
export default {
  id: 'test-utilize',
  meta: {
    description: 'Plain words over "utilize" (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter'],
    category: 'suggestion',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    const prose = context.document.body;
    for (const m of prose.text.matchAll(/\butilize\b/g)) {
      const start = prose.fileOffset(m.index);
      const end = prose.fileOffset(m.index + m[0].length);
      if (start === undefined || end === undefined) continue;
      context.report({
        message: '"utilize" says no more than "use".',
        loc: { prose, start: m.index, end: m.index + m[0].length },
        suggestions: [
          { desc: 'Write "use"', fix: { range: [start, end], text: 'use' } },
          { desc: 'Write "employ"', fix: { range: [start, end], text: 'employ' } },
        ],
      });
    }
  },
};
