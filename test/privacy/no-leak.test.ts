import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { lintText } from '../../src/engine/lint.js';
import { formatterNames, getFormatter } from '../../src/formatters/index.js';
import type { AnyRule, LintResult, RuleMeta } from '../../src/types.js';

/** Values planted in the drafts below; none may appear in any report, in any form we can think of. */
const PLANTED = {
  phone: '07911 123456',
  intlPhone: '+1 (415) 867-5309',
  email: 'priya.shah.dev@gmail.com',
  card: '4539 1488 0343 6467',
  iban: 'GB82 WEST 1234 5698 7654 32',
  ssn: '219-45-6781',
  nino: 'JK 12 34 56 C',
  passport: '533480217',
  birthDate: '14 July 1990',
  address: '17 Larkspur Gardens',
  booking: 'K7XQ2P',
  stripe: 'sk_live_51Hq8ZtLyjWDarjtT1zdp7dcQ',
  github: 'ghp_R2d2C3p0x8Qk4LmN7vB1zY6wT9aE5sH0jKfU',
  aws: 'AKIAZ7QX3LMNO4PQR2ST',
  password: 'Sunflower-2024!',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwcml5YSJ9.Zk2PqR8sT4vW6yX1aB3cD5eF7gH9',
};

/** The forms a value might take on its way out: as written, digits only, without spaces, E.164. */
function forms(value: string): string[] {
  const compact = value.replace(/[\s()-]/g, '');
  const digits = value.replace(/\D/g, '');
  const all = [value, compact];
  if (digits.length >= 7) all.push(digits);
  if (value.startsWith('0')) all.push(`+44${digits.slice(1)}`);
  // The parts of a value that are secret by themselves (a key without its public prefix).
  if (/^(?:sk_live_|ghp_)/.test(value)) all.push(value.slice(value.indexOf('_', 3) + 1));
  if (value.startsWith('AKIA')) all.push(value.slice(4));
  return all;
}

const DRAFTS: { name: string; text: string }[] = [
  {
    name: 'post.md',
    text: `---\nplatform: linkedin\n---\n\nCall me on ${PLANTED.phone} or ${PLANTED.intlPhone}, or mail ${PLANTED.email}.\nI was born on ${PLANTED.birthDate}. We live at ${PLANTED.address} now, come over.\n\nBooking ref ${PLANTED.booking}, seat 14C.\n`,
  },
  {
    name: 'dm.md',
    text: `---\nplatform: x\nkind: dm\n---\n\nCard ${PLANTED.card}, IBAN ${PLANTED.iban}, SSN ${PLANTED.ssn}, NI number ${PLANTED.nino}, passport no. ${PLANTED.passport}.\n`,
  },
  {
    name: 'code.md',
    text: `---\nplatform: mastodon\n---\n\nMy setup:\n\n\`\`\`sh\nexport STRIPE=${PLANTED.stripe}\nexport GH=${PLANTED.github}\nexport AWS_ACCESS_KEY_ID=${PLANTED.aws}\ncurl -H "Authorization: Bearer ${PLANTED.jwt}"\n\`\`\`\n\nThe wifi password is ${PLANTED.password} by the way.\n`,
  },
];

const config = (): LoadedConfig => ({
  baseDir: process.cwd(),
  rules: new Map<string, AnyRule>(builtinRules.map((r) => [r.id, r])),
  // Every rule on, so rules that quote text (not only the privacy ones) are checked too.
  data: { rules: Object.fromEntries(builtinRules.map((r) => [r.id, 'error' as const])), settings: { region: 'GB' } },
});

async function lintAll(fix: boolean): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const draft of DRAFTS) results.push(...(await lintText(draft.text, { config: config(), filePath: draft.name, fix })));
  return results;
}

const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(builtinRules.map((r) => [r.id, r.meta]));

describe('no formatter prints a planted value', () => {
  it('the drafts do carry the values, and the privacy rules find each one', async () => {
    const results = await lintAll(false);
    const privacy = results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'personal-data' || m.ruleId === 'secrets');
    expect(privacy.length).toBeGreaterThanOrEqual(Object.keys(PLANTED).length);
  });

  for (const fix of [false, true]) {
    for (const name of formatterNames()) {
      it(`${name}${fix ? ' (with --fix results)' : ''}`, async () => {
        const results = await lintAll(fix);
        const formatter = await getFormatter(name);
        const output = await formatter(results, { cwd: process.cwd(), color: false, rulesMeta });
        expect(output.length).toBeGreaterThan(0);
        for (const [kind, value] of Object.entries(PLANTED)) {
          for (const form of forms(value)) expect(output, `${kind} leaked as ${form}`).not.toContain(form);
        }
      });
    }
  }
});
