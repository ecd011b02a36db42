#!/usr/bin/env node
// Writes a deterministic corpus of drafts for the benchmark: the same seed and size always give
// byte-identical files, so runs on different days and machines compare like with like.
//
//   node bench/generate.mjs <posts> [outDir] [--seed n]
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SEED = 20261124;
/** Drafts per folder: content repositories group posts by month or campaign, not one flat folder. */
const PER_FOLDER = 100;

/** mulberry32: tiny, fast and good enough to pick words; Math.random cannot be seeded. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLATFORMS = ['linkedin', 'x', 'mastodon', 'bluesky', 'threads', 'instagram', 'facebook'];
const SHORT_FORM = new Set(['x', 'bluesky', 'threads', 'mastodon']);
const KINDS = ['post', 'post', 'post', 'post', 'thread', 'invite', 'dm', 'comment', 'newsletter'];
const OPENERS = [
  'Thrilled to share that',
  'After three years of work,',
  'Quick thought on',
  'Hot take:',
  'We shipped',
  'Grateful for everyone who helped with',
  'Lessons learned from',
  'Nach drei Jahren Arbeit:',
  'Enfin disponible :',
  '今日は',
  'Ça y est,',
  'Reflecting on',
];
const TOPICS = [
  'accessible forms',
  'our new design system',
  'the café checkout flow',
  'remote onboarding',
  'the Q3 roadmap',
  'Straße-level mapping data',
  'observability at scale',
  'mentoring junior engineers',
  'the community meetup in Zürich',
  'TypeScript 5 migrations',
  'naïve caching strategies',
  'データ分析の基礎',
];
const SENTENCES = [
  'It took longer than we planned, and that was the right call.',
  'The hardest part was not the code but agreeing on what done means.',
  'We measured before and after, and the numbers surprised us.',
  'If you are hiring for this, I know a few people worth talking to.',
  'Most of the credit goes to the people who kept asking the awkward questions.',
  'I wrote up the details so nobody has to rediscover them.',
  'Small teams can move fast when the feedback loop is short.',
  'Die Ergebnisse waren besser als erwartet.',
  'Le plus dur, c’était de dire non aux bonnes idées.',
  'Happy to answer questions in the comments.',
  'Feedback welcome — especially the critical kind.',
  'We are not done, but we are finally unblocked.',
];
const HASHTAGS = ['#a11y', '#design', '#TypeScript', '#remote', '#hiring', '#OpenSource', '#leadership', '#UX', '#DataScience', '#Zürich', '#café', '#devrel'];
const MENTIONS = ['@ana', '@priya_shah', '@jdoe', '@mkowalski', '@sam@mastodon.social', '@lee.bsky.social'];
const LINKS = ['https://example.com/blog/launch', 'https://example.org/talks/forms?ref=li', 'example.net/notes', 'https://github.com/example/project/pull/42'];
const EMOJI = ['🚀', '🎉', '🙏', '👩🏽‍💻', '🇨🇭', '✨', '📈', '❤️'];
const NAMES = ['Priya Shah', 'José Álvarez', 'Zoë Müller', 'Łukasz Nowak', '王小明', 'Aoife Ní Bhriain'];
// Personal data a careless draft might contain; all fictional (reserved numbers and domains).
const PERSONAL = [
  'Call me on +44 20 7946 0958 if that is easier.',
  'My number is (555) 010-4477, text any time.',
  'Reach me at priya.shah@example.com.',
  'Drop by: 221B Baker Street, London.',
  'IBAN for the expenses: GB33BUKB20201555555555',
];

export function draft(index, seed = DEFAULT_SEED) {
  const r = rng(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const kind = pick(KINDS);
  const platforms = r() < 0.2 ? [pick(PLATFORMS), pick(PLATFORMS)].filter((p, i, a) => a.indexOf(p) === i) : [pick(PLATFORMS)];
  const lines = ['---'];
  lines.push(platforms.length > 1 ? `platforms: [${platforms.join(', ')}]` : `platform: ${platforms[0]}`);
  lines.push(`kind: ${kind}`);
  if (kind === 'invite' || kind === 'dm') lines.push(`to: ${pick(NAMES)}`);
  lines.push(`date: 2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`);
  if (r() < 0.5) lines.push(`tags: [${pick(['launch', 'hiring', 'talk', 'personal'])}]`);
  lines.push('---', '');

  // People write to fit: short-form platforms get a sentence or two, so most drafts pass, as in a
  // real repository, and the few that do not are close to the limit.
  const short = platforms.some((p) => SHORT_FORM.has(p)) && kind !== 'newsletter';
  const paragraph = () => {
    const words = [`${pick(OPENERS)} ${pick(TOPICS)}${r() < 0.3 ? ` ${pick(EMOJI)}` : ''}.`];
    const count = short ? Math.floor(r() * 2.2) : 1 + Math.floor(r() * 4);
    for (let i = 0; i < count; i++) words.push(pick(SENTENCES));
    if (r() < 0.4) words.push(`Thanks ${pick(MENTIONS)} and ${pick(MENTIONS)}!`);
    if (r() < 0.35) words.push(r() < 0.5 ? `Details: ${pick(LINKS)}` : `[Read the write-up](${pick(LINKS)})`);
    if (r() < 0.06) words.push(pick(PERSONAL));
    return words.join(' ');
  };

  const blocks = kind === 'invite' || kind === 'dm' || kind === 'comment' || (short && kind !== 'thread') ? 1 : 1 + Math.floor(r() * (kind === 'newsletter' ? 8 : 3));
  for (let b = 0; b < blocks; b++) {
    const shape = r();
    if (shape < 0.12 && kind !== 'invite') {
      for (let i = 0; i < 3; i++) lines.push(`- ${pick(SENTENCES)}`);
    } else if (shape < 0.18) {
      lines.push(`> ${pick(SENTENCES)}`);
    } else if (shape < 0.22 && kind === 'newsletter') {
      lines.push(`## ${pick(TOPICS)}`);
    } else {
      lines.push(paragraph());
    }
    lines.push('');
    if (kind === 'thread' && b < blocks - 1) lines.push('---', '');
  }
  if (kind !== 'invite' && kind !== 'dm' && r() < 0.7) {
    const tags = new Set();
    const n = 1 + Math.floor(r() * 5);
    while (tags.size < n) tags.add(pick(HASHTAGS));
    lines.push([...tags].join(' '), '');
  }
  return { path: `${String(Math.floor(index / PER_FOLDER)).padStart(4, '0')}/${String(index).padStart(6, '0')}-${kind}.md`, text: lines.join('\n') };
}

/** Writes `posts` drafts to `outDir` unless a corpus of that size and seed is already there. */
export function ensureCorpus(posts, outDir, seed = DEFAULT_SEED) {
  const stamp = path.join(outDir, '.corpus.json');
  const wanted = JSON.stringify({ posts, seed, version: 2 });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return outDir;
  rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < posts; i++) {
    const { path: relative, text } = draft(i, seed);
    const file = path.join(outDir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(stamp, wanted);
  writeFileSync(path.join(outDir, '.corpus-bytes'), String(bytes));
  return outDir;
}

export function corpusDir(posts) {
  return path.join(here, '.corpus', String(posts));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : DEFAULT_SEED;
  const posts = Number(args[0] ?? 1000);
  if (!Number.isInteger(posts) || posts < 1) {
    process.stderr.write('usage: node bench/generate.mjs <posts> [outDir] [--seed n]\n');
    process.exit(2);
  }
  const out = path.resolve(args[1] ?? corpusDir(posts));
  ensureCorpus(posts, out, seed);
  process.stdout.write(`${posts} drafts in ${out}\n`);
}
