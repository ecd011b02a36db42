import { packageVersion } from '../package-root.js';
import type { LintMessage, LintResult, ProfileScore, RuleMeta } from '../types.js';
import { CORE_RULE_DESCRIPTION, CORE_RULE_ID, plural, position, relativePath, totals } from './common.js';
import type { Formatter } from './types.js';

/**
 * One self-contained page to archive or attach to a CI run: no scripts, no external assets (the
 * content security policy forbids loading any), findings by file and by rule, and the profile
 * completeness scores as an inline SVG chart. Only rule messages appear, which rules already mask;
 * the files' text and fixes are never included.
 */
const html: Formatter = (results, context) => {
  const sum = totals(results);
  const files = results.filter((r) => r.messages.length > 0);
  const scores = results.flatMap((r) => (r.metadata?.profileScores ?? []).map((score) => ({ file: relativePath(r.filePath, context.cwd), score })));
  const summary =
    sum.errors + sum.warnings === 0
      ? `No problems in ${plural(results.length, 'file')}.`
      : `${plural(sum.errors + sum.warnings, 'problem')} (${plural(sum.errors, 'error')}, ${plural(sum.warnings, 'warning')}) in ${plural(files.length, 'file')} of ${results.length}.`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>socialint report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>socialint report</h1>
<p class="summary ${sum.errors ? 'has-errors' : sum.warnings ? 'has-warnings' : 'clean'}">${escape(summary)}</p>
</header>
<main>
${scores.length ? scoreSection(scores) : ''}${files.length ? byRuleSection(files, context.rulesMeta) + byFileSection(files, context.cwd) : ''}</main>
<footer>socialint ${escape(packageVersion())}. Messages are masked by the rules; the text of your files is not part of this report.</footer>
</body>
</html>
`;
};

function scoreSection(scores: { file: string; score: ProfileScore }[]): string {
  const rows = scores
    .map(({ file, score }) => {
      const missing = score.missing.length ? `missing: ${score.missing.join(', ')}` : 'complete';
      return `<li><strong>${escape(score.platform)}</strong> (${escape(file)}): ${score.score}/100, ${escape(missing)}</li>`;
    })
    .join('\n');
  return `<section id="scores">
<h2>Profile completeness</h2>
${scoreChart(scores)}
<ul class="missing">
${rows}
</ul>
</section>
`;
}

const CHART = { width: 720, label: 300, bar: 320, row: 34, top: 8 };

/** Horizontal bars, one per profile, coloured by how complete the profile is. */
function scoreChart(scores: { file: string; score: ProfileScore }[]): string {
  const height = CHART.top * 2 + scores.length * CHART.row;
  const bars = scores
    .map(({ file, score }, i) => {
      const y = CHART.top + i * CHART.row;
      const value = Math.max(0, Math.min(100, score.score));
      const fill = value >= 80 ? '#2e7d32' : value >= 50 ? '#b26a00' : '#c62828';
      const label = `<tspan font-weight="600">${escape(score.platform)}</tspan> ${escape(truncate(file.split('/').pop() ?? file, 24))}`;
      return `<g class="score">
<title>${escape(`${score.platform} profile in ${file}: ${value}/100`)}</title>
<text x="${CHART.label - 10}" y="${y + 21}" text-anchor="end">${label}</text>
<rect x="${CHART.label}" y="${y + 6}" width="${CHART.bar}" height="20" rx="3" fill="#e6e6e6"/>
<rect class="bar" x="${CHART.label}" y="${y + 6}" width="${(CHART.bar * value) / 100}" height="20" rx="3" fill="${fill}"/>
<text x="${CHART.label + CHART.bar + 10}" y="${y + 21}">${value}/100</text>
</g>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="scores-title" width="${CHART.width}" height="${height}" viewBox="0 0 ${CHART.width} ${height}">
<title id="scores-title">Profile completeness scores, 0 to 100</title>
${bars}
</svg>`;
}

function byRuleSection(files: LintResult[], rulesMeta: Record<string, RuleMeta>): string {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const m of files.flatMap((r) => r.messages)) {
    const id = m.ruleId ?? CORE_RULE_ID;
    const c = counts.get(id) ?? { errors: 0, warnings: 0 };
    if (m.severity === 2) c.errors++;
    else c.warnings++;
    counts.set(id, c);
  }
  const rows = [...counts]
    .sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || a.localeCompare(b))
    .map(([id, c]) => {
      const description = rulesMeta[id]?.description ?? (id === CORE_RULE_ID ? CORE_RULE_DESCRIPTION : '');
      return `<tr><td class="rule"><code>${escape(id)}</code></td><td class="num">${c.errors}</td><td class="num">${c.warnings}</td><td>${escape(description)}</td></tr>`;
    })
    .join('\n');
  return `<section id="by-rule">
<h2>Findings by rule</h2>
<table>
<thead><tr><th>rule</th><th>errors</th><th>warnings</th><th>checks</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>
`;
}

function byFileSection(files: LintResult[], cwd: string): string {
  const blocks = files
    .map((result) => {
      const rows = result.messages.map(messageRow).join('\n');
      return `<h3><code>${escape(relativePath(result.filePath, cwd))}</code> <span class="count">${escape(plural(result.messages.length, 'problem'))}</span></h3>
<table>
<thead><tr><th>where</th><th>severity</th><th>message</th><th>rule</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
    })
    .join('\n');
  return `<section id="by-file">
<h2>Findings by file</h2>
${blocks}
</section>
`;
}

function messageRow(m: LintMessage): string {
  const severity = m.severity === 2 ? 'error' : 'warning';
  const suggestions = (m.suggestions ?? []).map((s) => `<div class="suggestion">suggestion: ${escape(s.desc)}</div>`).join('');
  return `<tr class="${severity}"><td class="where">${escape(position(m))}</td><td><span class="badge ${severity}">${severity}</span></td><td>${escape(m.message)}${suggestions}</td><td class="rule"><code>${escape(m.ruleId ?? CORE_RULE_ID)}</code></td></tr>`;
}

/** Keeps the start of a long file name, where export names say what they are. */
function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** Everything that comes from findings or paths is text, never markup. */
function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #fafafa; }
body { max-width: 1100px; margin: 0 auto; padding: 24px; line-height: 1.45; }
h1 { margin: 0 0 4px; font-size: 1.6rem; }
h2 { margin-top: 32px; font-size: 1.2rem; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1rem; margin: 24px 0 6px; }
.summary { font-weight: 600; }
.summary.has-errors { color: #b71c1c; } .summary.has-warnings { color: #8a5300; } .summary.clean { color: #1b5e20; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 0.92rem; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #eee; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.where, td.rule { white-space: nowrap; } td.where { font-family: ui-monospace, Menlo, Consolas, monospace; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.8rem; font-weight: 600; }
.badge.error { background: #fde0e0; color: #a31515; } .badge.warning { background: #fff1cc; color: #7a4d00; }
.suggestion { color: #37474f; font-size: 0.85rem; margin-top: 2px; }
.count { color: #666; font-weight: normal; font-size: 0.85rem; }
svg text { font-size: 13px; fill: #1d1d1f; }
ul.missing { font-size: 0.9rem; }
footer { margin-top: 40px; color: #666; font-size: 0.8rem; }
`;

export default html;
