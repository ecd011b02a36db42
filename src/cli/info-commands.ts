import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Chalk } from 'chalk';
import { builtinRules } from '../../rules/index.js';
import { UsageError } from '../config/errors.js';
import { loadConfig, type LoadConfigOptions } from '../config/load.js';
import type { AnyRule } from '../types.js';
import { packageRoot } from '../package-root.js';
import type { CliIO } from './main.js';

/** Built-in rules plus those the config's plugins and `--rulesdir` add, as a lint run would see them. */
async function knownRules(io: CliIO, options: Omit<LoadConfigOptions, 'cwd'>): Promise<AnyRule[]> {
  const config = await loadConfig({ ...options, cwd: io.cwd });
  return [...config.rules.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export async function listRules(io: CliIO, options: Omit<LoadConfigOptions, 'cwd'> = {}): Promise<number> {
  const rules = await knownRules(io, options);
  const width = Math.max(...rules.map((r) => r.id.length));
  io.stdout.write(`${'rule'.padEnd(width)}  default  fix  applies to / description\n`);
  for (const rule of rules) {
    const fix = rule.meta.fixable ? 'yes' : rule.meta.hasSuggestions ? 'sug' : ' - ';
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(7)}  ${fix}  ${rule.meta.description} [${rule.meta.appliesTo.join(', ')}]\n`);
  }
  return 0;
}

/** Prints a rule's docs page in the terminal, with headings and code set apart. */
export async function explainRule(ruleId: string, io: CliIO, options: Omit<LoadConfigOptions, 'cwd'> = {}): Promise<number> {
  const rule = (await knownRules(io, options)).find((r) => r.id === ruleId);
  if (!rule) throw new UsageError(`explain: unknown rule "${ruleId}"; \`socialint rules\` lists them.`);
  // A plugin's page lives wherever its author put it: say where, with what the meta tells.
  if (!builtinRules.includes(rule)) {
    io.stdout.write(`${rule.id}\n\n${rule.meta.description}\n\n- Default severity: ${rule.meta.defaultSeverity}\n- Fixable: ${rule.meta.fixable ? 'yes' : 'no'}\n- Docs: ${rule.meta.docs}\n`);
    return 0;
  }
  const file = path.join(packageRoot(), rule.meta.docs);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`explain: the docs page ${rule.meta.docs} is missing from this installation.`);
  }
  const chalk = new Chalk({ level: io.isTTY && !io.env.NO_COLOR ? 1 : 0 });
  let inCode = false;
  // The generated header's markers, empty table heads and separator rows are noise in a terminal.
  const shown = text.split('\n').filter((line) => !/^<!--.*-->$/.test(line.trim()) && !/^\|[\s|:-]*\|$/.test(line.trim()));
  const lines = shown.map((line) => {
    if (line.startsWith('```')) {
      inCode = !inCode;
      return chalk.dim(line);
    }
    if (inCode) return chalk.cyan(line);
    if (/^#{1,6} /.test(line)) return chalk.bold(line.replace(/^#+ /, ''));
    return line;
  });
  io.stdout.write(`${lines.join('\n').trimEnd()}\n`);
  return 0;
}
