#!/usr/bin/env node
// Times socialint against its peers on the same generated corpus, in one run:
//
//   npm run bench                      1, 1,000 and 10,000 drafts
//   npm run bench -- 1 1000 10000 100000 --runs 3
//   npm run bench -- 10000 --only socialint  (socialint rows, with the baselines for the ratios)
//
// Each tool runs as its own process under /usr/bin/time, which reports the child's CPU time (user +
// system) and peak resident memory. Wall time is taken here with process.hrtime.bigint() around the
// spawn, because time's %e has 10 ms resolution, too coarse for a 40-90 ms one-file run; it
// includes starting /usr/bin/time itself (~1 ms, the same for every tool). The median of the runs
// is printed (three decimals for the one-draft table); ratios compare socialint with
// markdownlint-cli2 and with the parse floor (bench/parse-floor.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, ensureCorpus } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const fixedRuns = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : undefined;
// --only <text>: just the tools whose name contains it (and the baselines the ratios need).
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const sizes = (args.length ? args : ['1', '1000', '10000']).map(Number);

if (!existsSync(TIME)) {
  process.stderr.write(`bench: ${TIME} is needed to measure child CPU time and peak memory (apt-get install time).\n`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist/src/cli/main.js'))) {
  process.stderr.write('bench: build first (npm run build).\n');
  process.exit(2);
}

const bin = (...parts) => path.join(root, 'node_modules', ...parts);
const socialint = (...extra) => () => [node, path.join(root, 'bin/socialint.js'), '--no-config-lookup', '-f', 'compact', ...extra, '.'];
const { builtinRules } = await import(path.join(root, 'dist/rules/index.js'));
const crossOff = builtinRules.filter((rule) => rule.meta.crossDocument).flatMap((rule) => ['--rule', `${rule.id}:off`]);
const tools = [
  { name: 'node -e 0', onlyFor: 1, argv: () => [node, '-e', '0'] },
  { name: 'socialint', argv: socialint() },
  { name: 'socialint --concurrency off', argv: socialint('--concurrency', 'off') },
  { name: 'socialint --concurrency 2', argv: socialint('--concurrency', '2') },
  { name: 'socialint, cross-document rules off', argv: socialint(...crossOff) },
  { name: 'markdownlint-cli2', argv: () => [node, bin('markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'] },
  { name: 'remark-cli + lint-recommended', argv: () => [node, bin('remark-cli/cli.js'), '.', '--use', 'remark-preset-lint-recommended', '--no-config', '--quiet', '--no-stdout'] },
  { name: 'parse floor (remark-parse)', argv: () => [node, path.join(root, 'bench/parse-floor.mjs'), '.'] },
];

const scratch = mkdtempSync(path.join(os.tmpdir(), 'socialint-bench-'));

/** One run of a tool under /usr/bin/time; output is discarded (all tools find problems, exit 1). */
function measure(argv, cwd) {
  const out = path.join(scratch, 'time.txt');
  const started = process.hrtime.bigint();
  const run = spawnSync(TIME, ['-o', out, '-f', '%U %S %M', ...argv], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const last = readFileSync(out, 'utf8').trim().split('\n').at(-1);
  const [user, sys, rssKb] = last.split(' ').map(Number);
  const crashed = run.status !== 0 && run.status !== 1;
  return { wall, cpu: user + sys, rss: rssKb / 1024, crashed, stderr: crashed ? run.stderr.toString().slice(0, 300) : '' };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${os.availableParallelism()} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; load average before the run: ${load}`;
}

const version = (pkg) => JSON.parse(readFileSync(bin(pkg, 'package.json'), 'utf8')).version;
process.stdout.write(`Machine: ${machine()}\n`);
process.stdout.write(`Peers: markdownlint-cli2 ${version('markdownlint-cli2')}, remark-cli ${version('remark-cli')} with remark-preset-lint-recommended ${version('remark-preset-lint-recommended')}, remark-parse ${version('remark-parse')}\n`);
const recommended = builtinRules.filter((rule) => rule.meta.defaultSeverity !== 'off');
process.stdout.write(`socialint ${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}: recommended rules, ${recommended.length} of ${builtinRules.length} on (${recommended.filter((rule) => rule.meta.crossDocument).length} of them cross-document)\n\n`);

try {
  for (const posts of sizes) {
    const dir = ensureCorpus(posts, corpusDir(posts));
    const bytes = Number(readFileSync(path.join(dir, '.corpus-bytes'), 'utf8'));
    const runs = fixedRuns ?? (posts <= 10 ? 10 : posts <= 1000 ? 5 : posts <= 10000 ? 3 : 1);
    process.stdout.write(`### ${posts.toLocaleString('en-US')} draft${posts === 1 ? '' : 's'} (${(bytes / 1024).toFixed(0)} KiB), median of ${runs}\n\n`);
    process.stdout.write('| tool | wall s | CPU s | peak RSS MiB | wall ÷ markdownlint-cli2 | wall ÷ parse floor |\n|---|---:|---:|---:|---:|---:|\n');
    const rows = [];
    for (const tool of tools) {
      if (tool.onlyFor !== undefined && tool.onlyFor !== posts) continue;
      if (only && !tool.name.includes(only) && !['markdownlint-cli2', 'parse floor (remark-parse)', 'node -e 0'].includes(tool.name)) continue;
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(measure(tool.argv(), dir));
      const crashed = samples.find((s) => s.crashed);
      rows.push({ name: tool.name, wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)), rss: median(samples.map((s) => s.rss)), crashed });
    }
    const of = (name) => rows.find((r) => r.name === name);
    const mdl = of('markdownlint-cli2');
    const floor = of('parse floor (remark-parse)');
    // CPU time stays at /usr/bin/time's 10 ms resolution; the wall column is not.
    const digits = posts === 1 ? 3 : 2;
    for (const row of rows) {
      const ratio = (base) => (base && base.wall > 0 ? `${(row.wall / base.wall).toFixed(2)}×` : '–');
      const note = row.crashed ? ` (failed: ${row.crashed.stderr.split('\n')[0]})` : '';
      process.stdout.write(`| ${row.name}${note} | ${row.wall.toFixed(digits)} | ${row.cpu.toFixed(2)} | ${row.rss.toFixed(0)} | ${ratio(mdl)} | ${ratio(floor)} |\n`);
    }
    const bare = of('node -e 0');
    const one = of('socialint');
    if (bare && one) process.stdout.write(`\nOne file: socialint ${(one.wall / bare.wall).toFixed(2)}× a bare \`node -e 0\` in wall time, ${(one.cpu / bare.cpu).toFixed(2)}× in CPU time (to /usr/bin/time's 10 ms).\n`);
    process.stdout.write('\n');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
