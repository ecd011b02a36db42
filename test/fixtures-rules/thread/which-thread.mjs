import { isMainThread } from 'node:worker_threads';

/**
 * Says which thread linted each draft, so a test can tell that worker threads really lint (a
 * worker that never starts hands its files back and the findings alone would not show it).
 */
export default {
  id: 'test-which-thread',
  meta: {
    description: 'Which thread linted a draft (test rule).',
    docs: 'test/fixtures-rules/README.md',
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter'],
    category: 'suggestion',
    schema: { type: 'object', properties: {}, additionalProperties: false },
  },
  check(context) {
    const where = isMainThread ? 'the main thread' : 'a worker thread';
    context.report({ message: `Linted on ${where}.`, loc: { prose: context.document.body, start: 0 } });
  },
};
