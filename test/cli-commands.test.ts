import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from './helpers/cli.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

// A plain lint declares `fix` and `baseline` only when an argument can reach them (src/cli/main.ts):
// help and the subcommands themselves must look and work as when they are always declared.
describe('subcommands declared on demand', () => {
  it('help lists every command with its usage', () => {
    const help = runCli(['--help']).stdout;
    expect(help).toContain('Usage: socialint [options] [command] [paths...]');
    expect(help).toMatch(/^ {2}fix \[options\] \[paths\.\.\.\] +apply fixes/m);
    expect(help).toMatch(/^ {2}baseline \[options\] \[paths\.\.\.\] +record today/m);
    const fixHelp = runCli(['fix', '--help']).stdout;
    expect(fixHelp).toContain('Usage: socialint fix [options] [paths...]');
    expect(fixHelp).toContain('-i, --interactive');
    expect(fixHelp).toContain('--no-config-lookup');
    expect(runCli(['baseline', '-h']).stdout).toContain('--prune-baseline');
  });

  it('runs fix and baseline, and still rejects an unknown option next to them', () =>
    withTempDir((dir) => {
      const draft = '---\nplatform: x\n---\n\nShipped the new release today.  \n';
      writeFileSync(path.join(dir, 'post.md'), draft);
      expect(runCli(['baseline', '--no-config-lookup', 'post.md'], { cwd: dir }).code).toBe(0);
      expect(runCli(['fix', '--no-config-lookup', '--fix-dry-run', 'post.md'], { cwd: dir }).code).not.toBe(2);
      const unknown = runCli(['--no-config-lookup', '--fixx', 'post.md'], { cwd: dir });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("unknown option '--fixx'");
    }));
});
