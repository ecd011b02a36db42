import { plural, relativePath, totals } from './common.js';
import type { Formatter } from './types.js';

/** One line per finding, easy to grep: `file: line 3, col 1, Error - message (rule)`. */
const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const where = `${file}${m.entry ? `:${m.entry}` : ''}`;
      // One finding per line is the format's promise (tools parse it line by line), so breaks become spaces.
      const message = m.message.replace(/\r\n|\r|\n/g, ' ');
      lines.push(`${where}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${message}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  const sum = totals(results);
  if (sum.errors + sum.warnings > 0) lines.push('', plural(sum.errors + sum.warnings, 'problem'));
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export default compact;
