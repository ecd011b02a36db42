import { Chalk } from 'chalk';
import { plural, position, relativePath, totals } from './common.js';
import type { Formatter } from './types.js';

/** ESLint's familiar layout: findings grouped by file, then a summary line. */
const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const result of results) {
    const scores = result.metadata?.profileScores ?? [];
    if (result.messages.length === 0 && scores.length === 0) continue;
    out.push(chalk.underline(relativePath(result.filePath, context.cwd)));
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
  }
  const sum = totals(results);
  const problems = sum.errors + sum.warnings;
  if (problems === 0) return out.join('\n');
  const summary = `✖ ${plural(problems, 'problem')} (${plural(sum.errors, 'error')}, ${plural(sum.warnings, 'warning')})`;
  out.push((sum.errors ? chalk.red.bold : chalk.yellow.bold)(summary));
  if (sum.fixableErrors || sum.fixableWarnings) {
    out.push(
      (sum.errors ? chalk.red.bold : chalk.yellow.bold)(
        `  ${plural(sum.fixableErrors, 'error')} and ${plural(sum.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`,
      ),
    );
  }
  return `${out.join('\n')}\n`;
};

export default stylish;
