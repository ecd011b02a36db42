import { MAX_FINDINGS } from './context.js';
import { maskSecret } from './mask.js';
import type { Detection, SecretKind } from './types.js';

interface SecretPattern {
  kind: SecretKind;
  /** Lower-case strings one of which must occur before the pattern runs. */
  keywords: string[];
  pattern: RegExp;
  /** The part of the value that is safe to show: it names the service, not the key. */
  prefix(value: string): string;
  /** Extra check on a match (entropy, placeholders). */
  accept?(value: string): boolean;
}

const prefixUpTo = (re: RegExp) => (value: string) => re.exec(value)?.[0] ?? '';

// Every pattern is a literal prefix followed by one bounded character class: linear on any input.
const PATTERNS: SecretPattern[] = [
  // AWS documents its examples as keys ending in EXAMPLE (AKIAIOSFODNN7EXAMPLE); they are quoted everywhere.
  { kind: 'aws-key', keywords: ['akia', 'asia', 'abia', 'acca'], pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g, prefix: (v) => v.slice(0, 4), accept: (v) => !v.endsWith('EXAMPLE') },
  {
    kind: 'aws-key',
    keywords: ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws secret'],
    pattern: /\baws_?secret(?:_access)?_?key\b["']?\s{0,3}[:=]\s{0,3}["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
    prefix: prefixUpTo(/^[^:=]*[:=]\s*["']?/),
    accept: (v) => !v.endsWith('EXAMPLEKEY'),
  },
  { kind: 'github-token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g, prefix: (v) => v.slice(0, 4) },
  { kind: 'github-token', keywords: ['github_pat_'], pattern: /\bgithub_pat_[A-Za-z0-9_]{22,242}\b/g, prefix: (v) => v.slice(0, 11) },
  { kind: 'slack-token', keywords: ['xox'], pattern: /\bxox[abeprs]-[A-Za-z0-9-]{10,250}/g, prefix: (v) => v.slice(0, 5), accept: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) },
  {
    kind: 'slack-token',
    keywords: ['hooks.slack.com'],
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]{20,200}/g,
    prefix: () => 'https://hooks.slack.com/',
  },
  { kind: 'stripe-key', keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'whsec_'], pattern: /\b(?:[sr]k_(?:live|test)|whsec)_[A-Za-z0-9]{16,247}\b/g, prefix: prefixUpTo(/^(?:[sr]k_(?:live|test)|whsec)_/) },
  { kind: 'google-api-key', keywords: ['aiza'], pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, prefix: () => 'AIza' },
  {
    kind: 'jwt',
    keywords: ['eyj'],
    pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,2000}/g,
    prefix: () => 'eyJ',
  },
  {
    kind: 'private-key',
    keywords: ['private key'],
    pattern: /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g,
    prefix: (v) => v,
  },
  {
    kind: 'password',
    keywords: ['password', 'passwd', 'pwd', 'passcode', 'wifi'],
    // "password: hunter2!", "the wifi password is Summer2024": the value is one token after the words.
    // The keyword stands alone (not `$PWD`, not part of a URL) and is followed by a separator.
    pattern: /(?<![\w$/#.-])(?:password|passwd|pwd|passcode|wi-?fi (?:key|code))\b(?:\s{0,3}[:=]\s{0,3}|\s{1,3}is\s{1,3}|\s{1,3})["'`]?[^\s"'`<>()[\]/][^\s"'`<>]{5,127}/gi,
    prefix: prefixUpTo(/^.*?(?:[:=]|\bis)\s*["'`]?|^\S+\s*["'`]?/i),
    accept: (value) => looksLikePassword(value),
  },
  {
    kind: 'generic-secret',
    keywords: ['key', 'secret', 'token', 'auth', 'bearer', 'credential'],
    // A name such as MY_SERVICE_API_KEY (each prefix part ends in _ or -, so it cannot backtrack),
    // standing alone rather than inside a URL path, then a separator and the value.
    pattern: /(?<![\w$/#.-])(?:[A-Za-z0-9]{1,20}[_-]){0,3}(?:api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret|access[_-]?token|auth[_-]?token|token|bearer|credentials?)\b["']?(?:\s{0,3}[:=]\s{0,3}|\s{1,3}is\s{1,3}|\s{1,3})["'`]?[A-Za-z0-9+/_.=-]{20,512}/gi,
    prefix: prefixUpTo(/^.*?(?:[:=]|\bis\b|bearer)\s*["'`]?|^\S+\s*["'`]?/i),
    accept: (value) => highEntropy(value),
  },
];

/** The value after the keyword part that `prefix` returns. */
function valueOf(match: string, prefix: string): string {
  return match.slice(prefix.length);
}

export function detectSecrets(text: string): Detection<SecretKind>[] {
  const lower = text.toLowerCase();
  const found: Detection<SecretKind>[] = [];
  let pemEnds: number[] | undefined;
  for (const p of PATTERNS) {
    if (!p.keywords.some((k) => lower.includes(k))) continue;
    p.pattern.lastIndex = 0;
    for (const m of text.matchAll(p.pattern)) {
      if (found.length >= MAX_FINDINGS) break;
      const whole = m[0];
      const prefix = p.kind === 'private-key' ? whole : p.prefix(whole);
      const value = p.kind === 'private-key' ? whole : valueOf(whole, prefix);
      if (p.accept && !p.accept(value)) continue;
      let start = m.index;
      let end = m.index + whole.length;
      if (p.kind === 'private-key') end = pemEnd(end, (pemEnds ??= [...text.matchAll(/-----END [A-Z ]{0,30}-----/g)].map((e) => e.index + e[0].length)));
      // Keyword-anchored kinds report the value only, so a suggestion keeps "password:".
      const keywordAnchored = p.kind === 'password' || p.kind === 'generic-secret' || (p.kind === 'aws-key' && !/^A[KSBC]/.test(whole));
      if (keywordAnchored) start += prefix.length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const masked = p.kind === 'private-key' ? 'a private key block' : keywordAnchored ? maskSecret(value) : maskSecret(whole, prefix);
      found.push({ kind: p.kind, start, end, masked, normalized: text.slice(start, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A PEM block runs to its END line; report the whole block so a suggestion removes all of it. */
function pemEnd(afterBegin: number, ends: number[]): number {
  // Found once per text and searched by halves, so many headers cannot make this quadratic.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= afterBegin) lo = mid + 1;
    else hi = mid;
  }
  const end = ends[lo];
  return end !== undefined && end - afterBegin <= 20_000 ? end : afterBegin;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER = /^(?:x+|\*+|\.+|<.*>|\$\{.*\}|\{\{.*\}\}|your|my|the|changeme|example|redacted|none|null|undefined|true|false)/i;

function highEntropy(value: string): boolean {
  if (PLACEHOLDER.test(value) || /^[A-Z_]+$/.test(value) || /^[a-z-]+$/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(value)).length;
  return classes >= 2 && /\d/.test(value) && entropy(value) >= 3.5;
}

function looksLikePassword(value: string): boolean {
  if (PLACEHOLDER.test(value) || /^(?:reset|manager|managers|protected|policy|policies|strength|less|changes?|required|hygiene|hint|field)\b/i.test(value)) return false;
  // A word in prose ("password protected", "passwords matter") has no digit or symbol.
  return /\d|[^\w\s]/.test(value) && /[A-Za-z]/.test(value) && entropy(value) >= 2.5;
}
