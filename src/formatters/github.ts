import { position, relativePath } from './common.js';
import type { Formatter } from './types.js';

// GitHub's workflow-command escaping: data and property values differ in what must be escaped.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands that GitHub Actions turns into annotations on the pull request. */
const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const props = [`file=${escapeProperty(file)}`];
      // Lines inside an archive entry are not lines of the archive: annotate the archive as a whole.
      if (!m.entry) {
        props.push(`line=${m.line}`, `col=${m.column}`);
        if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
        if (m.endColumn !== undefined) props.push(`endColumn=${m.endColumn}`);
      }
      props.push(`title=${escapeProperty(m.ruleId ?? 'socialint')}`);
      const text = m.entry ? `${position(m)}: ${m.message}` : m.message;
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export default github;
