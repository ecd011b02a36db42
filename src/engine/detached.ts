import type { Fix, LintMessage } from '../types.js';

/**
 * A finding that holds only its own characters. Messages are built by concatenation, often around
 * a slice of the draft's text, and V8 keeps such a string as a rope of its pieces, a slice as a
 * view of the string it came from: a finding kept until the report then keeps the draft's whole
 * prose alive, and a message costs several string objects. A JSON round trip gives one flat copy,
 * exactly (lone surrogates included). At 100,000 drafts ropes alone were 835,000 objects.
 */
export function detached(message: LintMessage): LintMessage {
  const copy: LintMessage = { ...message, message: flat(message.message) };
  if (message.fix) copy.fix = detachedFix(message.fix);
  if (message.suggestions) copy.suggestions = message.suggestions.map((s) => ({ ...s, desc: flat(s.desc), fix: detachedFix(s.fix) }));
  return copy;
}

function detachedFix(fix: Fix): Fix {
  return { ...fix, text: flat(fix.text) };
}

export function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
