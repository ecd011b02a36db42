/** Rewrites "ping" to "pong" and "pong" to "ping": a fix that never settles. */
export default {
  id: 'test-ping-pong',
  meta: {
    description: 'Swaps ping and pong (test rule).',
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
    for (const m of prose.text.matchAll(/\bp[io]ng\b/g)) {
      const start = prose.fileOffset(m.index);
      const end = prose.fileOffset(m.index + m[0].length);
      if (start === undefined || end === undefined) continue;
      context.report({
        message: `"${m[0]}" should be the other one.`,
        loc: { prose, start: m.index, end: m.index + m[0].length },
        fix: { range: [start, end], text: m[0] === 'ping' ? 'pong' : 'ping' },
      });
    }
  },
};
