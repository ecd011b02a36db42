import type { Html } from 'mdast';
import type { LintMessage } from '../types.js';

type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

interface Directive {
  type: DirectiveType;
  /** Empty means every rule. */
  rules: string[];
  line: number;
  column: number;
  endLine: number;
  used: Set<string>;
}

const PATTERN = /^<!--\s*socialint-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([\s\S]*?)-->$/;

/** Reads `<!-- socialint-disable rule-a, rule-b -- reason -->` style comments. */
export function parseDirectives(comments: Html[]): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = PATTERN.exec(comment.value.trim());
    if (!match || !comment.position) continue;
    const list = match[2]!.split(/\s--\s|\s--$/)[0]!;
    directives.push({
      type: match[1] as DirectiveType,
      rules: list.split(/[\s,]+/).filter(Boolean),
      line: comment.position.start.line,
      column: comment.position.start.column,
      endLine: comment.position.end.line,
      used: new Set(),
    });
  }
  return directives;
}

const covers = (directive: Directive, ruleId: string) =>
  directive.rules.length === 0 || directive.rules.includes(ruleId);

const before = (d: Directive, m: LintMessage) => d.line < m.line || (d.line === m.line && d.column <= m.column);

function suppressor(directives: Directive[], message: LintMessage): Directive | undefined {
  const ruleId = message.ruleId!;
  for (const d of directives) {
    if (d.type === 'disable-line' && d.line === message.line && covers(d, ruleId)) return d;
    if (d.type === 'disable-next-line' && d.endLine + 1 === message.line && covers(d, ruleId)) return d;
  }
  // The last block directive before the message that speaks of this rule decides.
  let decided: Directive | undefined;
  for (const d of directives) {
    if ((d.type === 'disable' || d.type === 'enable') && before(d, message) && covers(d, ruleId)) decided = d;
  }
  return decided?.type === 'disable' ? decided : undefined;
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  /** Problems with the directives themselves: unknown rules, and (when asked) unused ones. */
  directiveProblems: LintMessage[];
}

/**
 * Drops the findings that directives silence. Findings in archives (with `entry`) and errors
 * reading the file itself cannot be silenced from inside the file.
 */
export function applyDirectives(
  directives: Directive[],
  messages: LintMessage[],
  knownRules: ReadonlySet<string>,
  reportUnused: 'off' | 'warn' | 'error',
): DirectiveOutcome {
  const kept: LintMessage[] = [];
  for (const message of messages) {
    const silencer = message.ruleId && !message.entry && !message.fatal ? suppressor(directives, message) : undefined;
    if (silencer) silencer.used.add(message.ruleId!);
    else kept.push(message);
  }

  const directiveProblems: LintMessage[] = [];
  for (const d of directives) {
    for (const rule of d.rules) {
      if (!knownRules.has(rule)) {
        directiveProblems.push(problem(d, `Unknown rule "${rule}" in socialint-${d.type} directive.`, 1));
      }
    }
    if (reportUnused === 'off' || d.type === 'enable') continue;
    const severity = reportUnused === 'error' ? 2 : 1;
    if (d.rules.length === 0 && d.used.size === 0) {
      directiveProblems.push(problem(d, `Unused socialint-${d.type} directive (no problems were reported here).`, severity));
    }
    for (const rule of d.rules) {
      if (knownRules.has(rule) && !d.used.has(rule)) {
        directiveProblems.push(problem(d, `Unused socialint-${d.type} directive (no problems were reported from "${rule}").`, severity));
      }
    }
  }
  return { messages: kept, directiveProblems };
}

function problem(d: Directive, message: string, severity: 1 | 2): LintMessage {
  return { ruleId: null, severity, message, line: d.line, column: d.column };
}
