/**
 * Flags "SECRET-<digits>" and counts its runs in globalThis.socialintTestChecks, so cache tests
 * can tell a re-lint from a cache hit.
 */
export default {
  id: 'test-secret',
  meta: {
    description: 'Secret codes in a post (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'error',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter'],
    category: 'problem',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    globalThis.socialintTestChecks = (globalThis.socialintTestChecks ?? 0) + 1;
    const prose = context.document.body;
    for (const m of prose.text.matchAll(/SECRET-\d+/g)) {
      context.report({ message: 'A secret code is in this post.', loc: { prose, start: m.index, end: m.index + m[0].length } });
    }
  },
};
