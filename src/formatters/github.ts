import { position, relativePath } from './common.js';
import { arrayForm } from './streamed.js';
import type { StreamingFormatter } from './types.js';

// GitHub's workflow-command escaping: data and property values differ in what must be escaped.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands that GitHub Actions turns into annotations on the pull request. */
export const stream: StreamingFormatter = (context) => ({
  file(result) {
    const file = relativePath(result.filePath, context.cwd);
    let text = '';
    for (const m of result.messages) {
      const props = [`file=${escapeProperty(file)}`];
      // Lines inside an archive entry are not lines of the archive: annotate the archive as a whole.
      if (!m.entry) {
        props.push(`line=${m.line}`, `col=${m.column}`);
        if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
        if (m.endColumn !== undefined) props.push(`endColumn=${m.endColumn}`);
      }
      props.push(`title=${escapeProperty(m.ruleId ?? 'socialint')}`);
      const body = m.entry ? `${position(m)}: ${m.message}` : m.message;
      text += `::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(body)}\n`;
    }
    return text;
  },
  end: () => '',
});

export default arrayForm(stream);
