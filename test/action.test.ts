import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, repoRoot, withTempDir } from './helpers/cli.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}

const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'));
const steps: Step[] = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;

/** Runs the action's lint step the way the runner does: bash, inputs as environment variables. */
function runLintStep(inputs: { paths?: string; config?: string; sarifFile?: string }, outputFile: string) {
  writeFileSync(outputFile, '');
  // GitHub runs composite `shell: bash` steps as `bash --noprofile --norc -eo pipefail {0}`.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      NO_COLOR: '1',
      SOCIALINT_BIN: bin,
      INPUT_PATHS: inputs.paths ?? '.',
      INPUT_CONFIG: inputs.config ?? '',
      INPUT_SARIF_FILE: inputs.sarifFile ?? '',
      GITHUB_OUTPUT: outputFile,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readFileSync(outputFile, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'paths', 'sarif-file', 'version']);
    expect(action.inputs.paths.default).toBe('.');
    expect(action.outputs['sarif-file'].value).toBe('${{ steps.lint.outputs.sarif-file }}');
    for (const step of steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      // Inputs are passed through env, never expanded into the script text.
      expect(step.run).not.toMatch(/\$\{\{/);
      expect(spawnSync('bash', ['-n', '-c', step.run!]).status).toBe(0);
    }
    expect(lintStep.env).toMatchObject({ INPUT_PATHS: '${{ inputs.paths }}', INPUT_SARIF_FILE: '${{ inputs.sarif-file }}' });
  });

  it('annotates with workflow commands, writes SARIF, and fails on errors', () =>
    withTempDir((dir) => {
      const sarifFile = path.join(dir, 'reports/socialint.sarif');
      const run = runLintStep({ paths: 'fixtures/drafts/bad\nfixtures/drafts/good', sarifFile }, path.join(dir, 'out'));
      expect(run.code).toBe(1);
      const lines = run.stdout.trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^::(error|warning) file=fixtures\/drafts\/bad\/[^,]+(,|::)/);
      expect(run.stdout).toContain('title=post-length::');
      const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0].results.length).toBe(lines.length);
      expect(run.outputs).toBe(`sarif-file=${sarifFile}\n`);
    }));

  it('passes quietly on clean drafts and writes no SARIF unless asked', () =>
    withTempDir((dir) => {
      const run = runLintStep({ paths: 'fixtures/drafts/good' }, path.join(dir, 'out'));
      expect(run).toMatchObject({ code: 0, stdout: '', outputs: '' });
    }));

  it('stops with the usage error when the config is wrong', () =>
    withTempDir((dir) => {
      const sarifFile = path.join(dir, 'socialint.sarif');
      const run = runLintStep({ paths: 'fixtures/drafts/good', config: 'no-such-config.json', sarifFile }, path.join(dir, 'out'));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/no-such-config\.json/);
      expect(run.outputs).toBe('');
      expect(existsSync(sarifFile)).toBe(false);
    }));
});
