import type { LintMessage } from '../types.js';
import type { LoadedSource, LoadOptions } from './index.js';
import { parseDraft } from './markdown.js';
import { readTextFile } from './read.js';

export async function loadMarkdown(filePath: string, options: LoadOptions): Promise<LoadedSource> {
  const text = await readTextFile(filePath, options.maxFileBytes);
  return markdownFromText(filePath, text);
}

export function markdownFromText(filePath: string, text: string): LoadedSource {
  const parsed = parseDraft({ path: filePath, text });
  const problems: LintMessage[] = parsed.problems.map((problem) => ({
    ruleId: null,
    severity: 2,
    message: problem.message,
    line: problem.line,
    column: problem.column,
    ...(problem.fatal ? { fatal: true } : {}),
  }));
  const fatal = parsed.problems.some((problem) => problem.fatal);
  return { documents: fatal ? [] : [parsed.document], problems, comments: parsed.comments, text };
}
