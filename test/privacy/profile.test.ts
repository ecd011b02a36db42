import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { LoadedConfig } from '../../src/config/types.js';
import { lintFiles } from '../../src/engine/lint.js';
import type { AnyRule } from '../../src/types.js';
import { withTempDir } from '../helpers/cli.js';

const PRIVACY_RULES = ['personal-data', 'secrets', 'location-disclosure', 'image-metadata'];

it('privacy rules read every free-text field of a profile and point at the field', () =>
  withTempDir(async (dir) => {
    const file = path.join(dir, 'sam.profile.yaml');
    writeFileSync(
      file,
      [
        'platform: x',
        'headline: Data engineer, text me on +44 7911 123456',
        'bio: |',
        '  Building pipelines. Away until the 28th, the house will be empty.',
        'positions:',
        '  - { title: Engineer, company: Acme, description: "Deploy key ghp_R2d2C3p0x8Qk4LmN7vB1zY6wT9aE5sH0jKfU" }',
        '',
      ].join('\n'),
    );
    const config: LoadedConfig = {
      baseDir: dir,
      rules: new Map<string, AnyRule>(builtinRules.map((r) => [r.id, r])),
      data: { rules: Object.fromEntries(PRIVACY_RULES.map((id) => [id, 'error' as const])), settings: { region: 'GB' } },
    };
    const [result] = await lintFiles([file], { config, cwd: dir });
    const found = result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message.split(':')[0]}`);
    expect(found).toEqual([
      '2:37 personal-data Phone number (+44 •••• ••3456) in this headline',
      '4:23 location-disclosure Tells everyone when you are away from home. Post about the trip when you are back.',
      '4:48 location-disclosure Tells everyone your home is empty. Leave that out, or post after you return.',
      '6:64 secrets GitHub token (ghp_…(40 chars)) in this position 1 description',
    ]);
  }));
