import { detectSecrets, type SecretKind } from '../src/privacy/index.js';
import { codeTexts } from '../src/privacy/code-texts.js';
import { docsPath, textsOf, type LabelledProse } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

const NAMES: Record<SecretKind, string> = {
  'aws-key': 'AWS access key',
  'github-token': 'GitHub token',
  'slack-token': 'Slack token',
  'stripe-key': 'Stripe secret key',
  'google-api-key': 'Google API key',
  jwt: 'JSON Web Token',
  'private-key': 'private key',
  password: 'password',
  'generic-secret': 'secret or token',
};

const rule: Rule = {
  id: 'secrets',
  meta: {
    description: 'API keys, tokens, passwords and private keys in what you publish, code blocks included.',
    docs: docsPath('secrets'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'error',
    appliesTo: ['post', 'thread', 'comment', 'invite', 'dm', 'newsletter', 'profile'],
    category: 'problem',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    const { document } = context;
    const texts: LabelledProse[] = textsOf(document);
    if (document.type === 'post') texts.push(...codeTexts(document).map((prose) => ({ label: 'code block', prose })));
    for (const { label, prose } of texts) {
      for (const found of detectSecrets(prose.text)) {
        const start = prose.fileOffset(found.start);
        const end = prose.fileOffset(found.end);
        context.report({
          message: `${capitalise(NAMES[found.kind])} (${found.masked}) in this ${label}: anyone who reads it can use it. Remove it, and revoke or change it, since it may already be copied.`,
          loc: { prose, start: found.start, end: found.end },
          suggestions:
            start === undefined || end === undefined
              ? undefined
              : [{ desc: `Replace the ${NAMES[found.kind]} with a placeholder.`, fix: { range: [start, end], text: found.kind === 'private-key' ? '[private key removed]' : 'REDACTED' } }],
        });
      }
    }
  },
};

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export default rule;
