import type { LintMessage, LintResult } from '../types.js';
import { CORE_RULE_ID, position, relativePath } from './common.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML as Jenkins, GitLab, Azure Pipelines and CircleCI read it: a test suite per file and a
 * test case per rule that reported in it (one passing case for a clean file). Errors fail their case,
 * a file that could not be read is an `<error>`, and warnings are listed in `<system-out>` without
 * failing, so the report is red exactly when socialint's exit code is.
 */
const junit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;

  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    const cases = testCases(result, file);
    const suiteFailures = cases.filter((c) => c.outcome === 'failure').length;
    const suiteErrors = cases.filter((c) => c.outcome === 'error').length;
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite ${attrs({ name: file, tests: cases.length, failures: suiteFailures, errors: suiteErrors, skipped: 0, time: 0 })}>\n` +
        cases.map((c) => c.xml).join('') +
        '  </testsuite>\n',
    );
  }

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites ${attrs({ name: 'socialint', tests, failures, errors, time: 0 })}>\n` +
    suites.join('') +
    '</testsuites>\n'
  );
};

interface TestCase {
  outcome: 'pass' | 'failure' | 'error';
  xml: string;
}

function testCases(result: LintResult, file: string): TestCase[] {
  const byRule = new Map<string, LintMessage[]>();
  for (const m of result.messages) {
    const id = m.ruleId ?? CORE_RULE_ID;
    byRule.set(id, [...(byRule.get(id) ?? []), m]);
  }
  if (byRule.size === 0) return [{ outcome: 'pass', xml: `    <testcase ${attrs({ name: CORE_RULE_ID, classname: file, file, time: 0 })}/>\n` }];

  return [...byRule].map(([rule, messages]) => {
    const head = `    <testcase ${attrs({ name: rule, classname: file, file, time: 0 })}>\n`;
    const lines = messages.map((m) => `${file}:${position(m)}: ${m.severity === 2 ? 'error' : 'warning'}: ${m.message}`);
    const fatal = messages.find((m) => m.fatal);
    const firstError = messages.find((m) => m.severity === 2);
    if (fatal || firstError) {
      const tag = fatal ? 'error' : 'failure';
      const lead = (fatal ?? firstError)!;
      const element = `      <${tag} ${attrs({ message: `${file}:${position(lead)}: ${lead.message}`, type: rule })}>${text(lines.join('\n'))}</${tag}>\n`;
      return { outcome: fatal ? 'error' : 'failure', xml: `${head}${element}    </testcase>\n` };
    }
    return { outcome: 'pass', xml: `${head}      <system-out>${text(lines.join('\n'))}</system-out>\n    </testcase>\n` };
  });
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${attribute(String(v))}"`)
    .join(' ');
}

/**
 * XML 1.0 cannot carry most control characters even escaped, nor lone surrogates; they become U+FFFD
 * so one odd character in a message cannot make the whole report unreadable.
 */
function legal(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function text(s: string): string {
  return legal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Line breaks and tabs in attributes would be normalised to spaces by parsers, so they are escaped. */
function attribute(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export default junit;
