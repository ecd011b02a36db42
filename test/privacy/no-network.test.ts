import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, withTempDir } from '../helpers/cli.js';

const preload = pathToFileURL(path.join(repoRoot, 'test/privacy/no-network.mjs')).href;

function trapped(logFile: string): NodeJS.ProcessEnv {
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(), SOCIALINT_NETWORK_LOG: logFile };
}

const attempts = (logFile: string) => (existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean) : []);

/** Drafts that invite a careless linter to go online: links, remote images, handles, domains. */
const URL_DRAFTS: Record<string, string> = {
  'links.md': `---\nplatform: linkedin\n---\n\nRead https://example.com/post?id=4155552671 and <https://www.example.org/a>, [the docs](https://docs.example.net/x "title"), www.example.co.uk and plain example.io.\n\n![Remote photo](https://images.example.com/garden.jpg)\n![Protocol-relative](//cdn.example.com/p.jpg)\n![Data](data:image/png;base64,iVBORw0KGgo=)\n\n[ref]: https://example.com/ref\n`,
  'mentions.md': `---\nplatform: mastodon\n---\n\nThanks @ana@mastodon.social and @lea.bsky.social, mail me at sam.okafor84@outlook.co.uk, call +44 7911 123456.\n`,
  'code.md': `---\nplatform: x\n---\n\n\`\`\`sh\ncurl https://api.example.com/v1 -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwcml5YSJ9.Zk2PqR8sT4vW6yX1aB3cD5eF7gH9"\ngit clone git@github.com:socialint/socialint.git\n\`\`\`\n`,
};

describe('socialint never opens a network connection', () => {
  beforeAll(() => {
    expect(existsSync(path.join(repoRoot, 'dist/src/cli/main.js')), 'build first: npx tsc -p .').toBe(true);
  });

  it('the trap itself records and blocks fetch and DNS (so the test below can fail)', () =>
    withTempDir((dir) => {
      const log = path.join(dir, 'network.log');
      const script = "try { fetch('http://127.0.0.1:9/'); } catch {} try { require('node:dns').lookup('example.com', () => {}); } catch {} try { require('node:net').connect(9, '127.0.0.1'); } catch {}";
      try {
        execFileSync(process.execPath, ['-e', script], { env: { ...process.env, ...trapped(log) }, stdio: 'pipe' });
      } catch {
        // The blocked calls may end the script; what matters is the log.
      }
      expect(attempts(log).map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['fetch', 'dns.lookup', 'net.connect']));
    }));

  it('over drafts full of URLs, the bundled fixtures and profile exports, with every rule and --history', () =>
    withTempDir((dir) => {
      const log = path.join(dir, 'network.log');
      const content = path.join(dir, 'content');
      mkdirSync(content);
      for (const [name, text] of Object.entries(URL_DRAFTS)) writeFileSync(path.join(content, name), text);
      cpSync(path.join(repoRoot, 'fixtures'), path.join(content, 'fixtures'), { recursive: true });
      writeFileSync(path.join(content, '.socialintrc.json'), JSON.stringify({ extends: 'socialint:strict', settings: { region: 'GB' } }));
      for (const format of ['stylish', 'json', 'sarif', 'html']) {
        const run = runCli(['--history', '-f', format, '.'], { cwd: content, env: trapped(log) });
        expect(run.stderr, format).not.toMatch(/network access blocked/);
        expect(run.code, `${format}: ${run.stderr}`).toBe(1);
        expect(run.stdout.length, format).toBeGreaterThan(0);
      }
      expect(attempts(`${log}.loaded`).length, 'the trap was preloaded into every run').toBeGreaterThanOrEqual(4);
      expect(attempts(log)).toEqual([]);
    }), 120_000);
});
