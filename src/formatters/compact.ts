import { plural, relativePath } from './common.js';
import { arrayForm } from './streamed.js';
import type { StreamingFormatter } from './types.js';

/** One line per finding, easy to grep: `file: line 3, col 1, Error - message (rule)`. */
export const stream: StreamingFormatter = (context) => ({
  file(result) {
    const file = relativePath(result.filePath, context.cwd);
    let text = '';
    for (const m of result.messages) {
      const where = `${file}${m.entry ? `:${m.entry}` : ''}`;
      // One finding per line is the format's promise (tools parse it line by line), so breaks become spaces.
      const message = m.message.replace(/\r\n|\r|\n/g, ' ');
      text += `${where}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`;
    }
    return text;
  },
  end(sum) {
    return sum.errors + sum.warnings > 0 ? `\n${plural(sum.errors + sum.warnings, 'problem')}\n` : '';
  },
});

export default arrayForm(stream);
