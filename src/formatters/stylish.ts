import { Chalk } from 'chalk';
import { plural, position, relativePath } from './common.js';
import { arrayForm } from './streamed.js';
import type { StreamingFormatter } from './types.js';

/**
 * ESLint's familiar layout: findings grouped by file, then a summary line. Lines are joined with
 * breaks, and the report ends with one only when it has a summary (a report of profile scores
 * alone does not), so each line is written with the break before it.
 */
export const stream: StreamingFormatter = (context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  let started = false;
  const lines = (list: string[]) => {
    const text = (started ? '\n' : '') + list.join('\n');
    started = true;
    return text;
  };
  return {
    file(result) {
      const scores = result.metadata?.profileScores ?? [];
      if (result.messages.length === 0 && scores.length === 0) return '';
      const out = [chalk.underline(relativePath(result.filePath, context.cwd))];
      for (const score of scores) {
        out.push(`  ${chalk.bold(`${score.platform} profile completeness: ${score.score}/100`)}${score.missing.length ? chalk.dim(` (missing: ${score.missing.join(', ')})`) : ''}`);
      }
      const width = Math.max(0, ...result.messages.map((m) => position(m).length));
      for (const message of result.messages) {
        const severity = message.severity === 2 ? chalk.red('error  ') : chalk.yellow('warning');
        const rule = chalk.dim(message.ruleId ?? '');
        out.push(`  ${chalk.dim(position(message).padEnd(width))}  ${severity}  ${message.message}  ${rule}`.trimEnd());
        for (const suggestion of message.suggestions ?? []) {
          out.push(`  ${' '.repeat(width)}  ${chalk.cyan('suggestion')}: ${suggestion.desc}`);
        }
      }
      out.push('');
      return lines(out);
    },
    end(sum) {
      const problems = sum.errors + sum.warnings;
      if (problems === 0) return '';
      const style = sum.errors ? chalk.red.bold : chalk.yellow.bold;
      const out = [style(`✖ ${plural(problems, 'problem')} (${plural(sum.errors, 'error')}, ${plural(sum.warnings, 'warning')})`)];
      if (sum.fixableErrors || sum.fixableWarnings) {
        out.push(style(`  ${plural(sum.fixableErrors, 'error')} and ${plural(sum.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`));
      }
      return `${lines(out)}\n`;
    },
  };
};

export default arrayForm(stream);
