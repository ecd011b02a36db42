import { escapeRegExp } from './escape-regexp.js';

/**
 * What makes a first message personal: a reason or a shared context the recipient recognises.
 * Shared by the invite rules; matched on lower-cased text with plain quotes.
 */
const CONTEXT_CUES: RegExp[] = [
  // Something of theirs the sender read, watched or used.
  /\byour (?:recent |latest |great |excellent )?(?:talk|post|article|blog|paper|book|podcast|thread|newsletter|comment|video|keynote|presentation|panel|session|workshop|project|repo|library|research|piece|essay|launch|demo|course|answer|write-?up|work on|slides)\b/,
  /\b(?:read|saw|watched|heard|enjoyed|loved|liked|listened to|came across|followed|attended|used) your\b/,
  // An event both attended.
  /\b(?:at|after|during|from) (?:the |last week'?s |yesterday'?s |today'?s )?[\w' -]{0,40}?\b(?:conference|meetup|summit|webinar|hackathon|workshop|panel|keynote|talk|session|event|fair|dinner|lecture|class|course|bootcamp|standup|retreat)\b/,
  /\b(?:we|i) (?:met|spoke|chatted|talked|sat next to each other)\b/,
  /\bmet you\b/,
  /\bour (?:chat|conversation|call|meeting|exchange|discussion)\b/,
  // Someone who connects them.
  /\bmutual (?:friend|contact|connection|colleague)\b/,
  /\b(?:introduced|referred|pointed) (?:me|us)\b/,
  /\b(?:suggested|recommended) (?:i|that i|we|me to) (?:reach out|connect|get in touch|contact|write)/,
  // A shared school or employer.
  /\b(?:fellow|alum|alumni|alumna|alumnus|classmate|former colleague|ex-colleague|old colleague)\b/,
  /\b(?:we both|both of us|we worked together|worked with you|studied with you|also (?:studied|worked|went) (?:at|to))\b/,
  // News of theirs, or a role they advertised.
  /\bcongrat\w* on (?:your|the)\b/,
  /\byour (?:new (?:role|job|position|book|company)|promotion|funding|series [a-d]|opening|job post(?:ing)?|vacancy|team'?s (?:work|launch|post))\b/,
  /\b(?:you are|you're) hiring\b/,
  /\bi (?:noticed|saw|see|read) (?:that )?you\b/,
  // A conversation already under way (a DM to someone you know).
  /\b(?:as (?:we )?(?:discussed|promised|agreed|mentioned)|following up|further to|per our|last (?:week|time|month)|still on for|your (?:message|email|note|reply|question|invite|invitation))\b/,
];

export function hasContextCue(text: string): boolean {
  const plain = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return CONTEXT_CUES.some((cue) => cue.test(plain));
}

/** A greeting at the start of a note, with the recipient's name or none; a personalised opening replaces it. */
export function leadingGreeting(note: string, name: string | undefined): string {
  const names = (name ? [name, name.split(/\s+/)[0]!] : []).map(escapeRegExp);
  const who = ['there', 'all', 'friend', ...names].join('|');
  const greeting = new RegExp(`^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening))\\b(?:\\s+(?:${who})\\b)?\\s*[,!.:;—–-]?\\s*`, 'i');
  return note.match(greeting)?.[0] ?? '';
}

export const GREETING_WORDS = ['hi', 'hello', 'hey', 'dear', 'there', 'greetings', 'thanks', 'thank', 'regards', 'best', 'cheers', 'warm', 'kind'];
