import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, withTempDir } from '../helpers/cli.js';

describe('socialint --fix on tracking parameters', () => {
  it('removes them and changes no other byte of a CRLF file', async () => {
    await withTempDir((dir) => {
      const before =
        '---\r\nplatform: linkedin\r\n---\r\n\r\nNew post ✨ https://example.com/a?utm_source=li&id=7&fbclid=IwAR0#top\r\n' +
        'and [slides](https://example.com/s?utm_medium=social) \t\r\n\r\n<!-- note -->\r\n';
      const file = path.join(dir, 'post.md');
      writeFileSync(file, before);
      const run = runCli(['--no-config-lookup', '--rule', 'link-hygiene:error', '--fix', 'post.md'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(
        '---\r\nplatform: linkedin\r\n---\r\n\r\nNew post ✨ https://example.com/a?id=7#top\r\n' +
          'and [slides](https://example.com/s) \t\r\n\r\n<!-- note -->\r\n',
      );
    });
  });
});
