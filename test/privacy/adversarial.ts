import { detectPersonalData, detectSecrets, PERSONAL_DETECTORS } from '../../src/privacy/index.js';
import { findLocationDisclosures } from '../../src/privacy/location.js';

/** About one megabyte of `unit` repeated, on one line. */
const megabyte = (unit: string, prefix = '') => prefix + unit.repeat(Math.ceil((1 << 20) / unit.length));

/**
 * Inputs built to make a backtracking regex blow up: long runs that almost match a detector's
 * pattern and fail at the last character, over and over. Several per detector.
 */
export const ADVERSARIAL_LINES: { detector: string; name: string; text: string }[] = [
  { detector: 'phone', name: 'digits and spaces', text: megabyte('1 ', 'call me ') },
  { detector: 'phone', name: 'plus and dashes', text: megabyte('+4-') },
  { detector: 'phone', name: 'bracketed groups', text: megabyte('(0) 1.', 'phone ') },
  { detector: 'email', name: 'at signs', text: megabyte('@') },
  { detector: 'email', name: 'local parts without a domain', text: megabyte('a.b@') },
  { detector: 'email', name: 'a domain that never ends', text: `x@${megabyte('a-')}` },
  { detector: 'card', name: 'grouped digits', text: megabyte('4 ') },
  { detector: 'card', name: 'dashed digits', text: megabyte('4-') },
  { detector: 'iban', name: 'country code and groups', text: megabyte('GB82 A') },
  { detector: 'ssn', name: 'dashed almost-numbers', text: megabyte('123-45-', 'ssn ') },
  { detector: 'ssn', name: 'numbers next to the word', text: megabyte('ssn 219 45 6781 ') },
  { detector: 'nino', name: 'prefix and pairs', text: megabyte('AB 12 34 ') },
  { detector: 'passport', name: 'the word over and over', text: megabyte('passport A1 ') },
  { detector: 'passport', name: 'a number after every word', text: megabyte('passport 123456789 ') },
  { detector: 'birth-date', name: 'dates without years', text: megabyte('12/12/', 'born ') },
  { detector: 'birth-date', name: 'day and month', text: megabyte('my birthday 3 May ') },
  { detector: 'address', name: 'capitalised words after a number', text: megabyte('Aa ', 'we live at 1 ') },
  { detector: 'booking', name: 'codes after booking words', text: megabyte('booking A1A1A1A ') },
  { detector: 'secrets', name: 'keywords without values', text: megabyte('password api_key=token ') },
  { detector: 'secrets', name: 'a JWT that never closes', text: megabyte('a', 'eyJ') },
  { detector: 'secrets', name: 'high-entropy run after a keyword', text: megabyte('aB3dE5', 'secret=') },
  { detector: 'secrets', name: 'PEM headers', text: megabyte('-----BEGIN PRIVATE KEY--') },
  { detector: 'secrets', name: 'name parts before a keyword', text: megabyte('ab_cd-ef_', 'token ') },
  { detector: 'secrets', name: 'password keywords and separators', text: megabyte('password: = is ') },
  { detector: 'secrets', name: 'Slack token of dashes', text: megabyte('-', 'xoxb-') },
  { detector: 'location', name: 'absence words', text: megabyte("we're away ") },
  { detector: 'location', name: 'routine words', text: megabyte('every morning at 6 ') },
  { detector: 'location', name: 'child and capitals', text: megabyte('Aa ', 'my son ') },
];

export interface AdversarialTiming {
  detector: string;
  name: string;
  bytes: number;
  ms: number;
  findings: number;
}

/**
 * Runs every detector on every adversarial line and reports how long each took. Used by the
 * benchmark script and logged by test/privacy/adversarial.test.ts; not a timed assertion.
 */
export async function timeAdversarialLines(): Promise<AdversarialTiming[]> {
  const timings: AdversarialTiming[] = [];
  for (const { detector, name, text } of ADVERSARIAL_LINES) {
    const started = performance.now();
    let findings: number;
    if (detector === 'secrets') findings = detectSecrets(text).length;
    else if (detector === 'location') findings = findLocationDisclosures(text).length;
    else findings = (await detectPersonalData(text, { region: 'GB', kinds: [detector as (typeof PERSONAL_DETECTORS)[number]['kind']] })).length;
    timings.push({ detector, name, bytes: text.length, ms: Math.round(performance.now() - started), findings });
  }
  return timings;
}
