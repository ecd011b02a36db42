/** Rewrites "v<n>" to "v<n+1>": every pass changes the text, so only the pass limit stops it. */
export default {
  id: 'test-increment',
  meta: {
    description: 'Bumps version numbers forever (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: true,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post'],
    category: 'problem',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    const prose = context.document.body;
    for (const m of prose.text.matchAll(/\bv(\d+)\b/g)) {
      const start = prose.fileOffset(m.index);
      const end = prose.fileOffset(m.index + m[0].length);
      if (start === undefined || end === undefined) continue;
      context.report({
        message: `"${m[0]}" is not the latest.`,
        loc: { prose, start: m.index, end: m.index + m[0].length },
        fix: { range: [start, end], text: `v${Number(m[1]) + 1}` },
      });
    }
  },
};
