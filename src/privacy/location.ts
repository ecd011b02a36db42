/**
 * Wording that tells strangers where someone is, that their home is empty, or where to find them
 * at a given time. Matched sentence by sentence with bounded gaps, so it is linear on any input.
 */

import { gateText, passesGate, type LiteralGate } from '../text/literal-gate.js';
import { MAX_FINDINGS } from './context.js';

export type LocationKind = 'absence' | 'empty-home' | 'live-location' | 'routine' | 'child-school';

export interface LocationFinding {
  kind: LocationKind;
  start: number;
  end: number;
}

const NUMBER_WORD = '(?:\\d{1,2}|a|an|one|two|three|four|five|six|a few|a couple of)';
const WHEN =
  `(?:until|till|til|through|thru|from (?:the )?\\d|from (?:mon|tues|wednes|thurs|fri|satur|sun)day|for (?:the )?(?:next )?${NUMBER_WORD} (?:days?|nights?|weeks?|months?)` +
  '|next (?:week|month|fortnight)|all (?:week|month)|over (?:the )?(?:holidays|christmas|easter|summer)' +
  '|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:to|until|till|-) |the (?:\\d{1,2}(?:st|nd|rd|th)?|first|last) (?:to|until|till|-|of))';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';

const AWAY = ['away', 'out of', 'on holiday', 'on vacation', 'on leave', 'abroad', 'travel', 'off to', 'heading to', 'flying to'];
const PLACE = ['park', 'gym', 'street', 'road', 'lane', 'trail', 'pool', 'track', 'caf', 'station', 'canal', 'river', 'beach', 'common', 'square', 'club'];
const OWNER = ['my ', 'our '];
const CHILD = ['son', 'daughter', 'kid', 'children', 'boy', 'girl', 'twins', 'little one', 'eldest', 'youngest'];
const SCHOOL = ['primary', 'elementary', 'school', 'nursery', 'academy', 'grammar', 'kindergarten', 'montessori'];

/** Each pattern with its literal gate (src/text/literal-gate.ts): words every match contains. */
export const LOCATION_PATTERNS: { kind: LocationKind; pattern: RegExp; gate: LiteralGate }[] = [
  {
    kind: 'absence',
    pattern: new RegExp(
      `\\b(?:(?:we|i)(?:['’]re| are|['’]m| am| will be|['’]ll be)|the family(?:['’]s| is)|(?:my|our) (?:family|household))[^.!?\\n]{0,30}?\\b(?:away|out of (?:town|the country)|on (?:holiday|vacation|leave)|abroad|travell?ing|off to|heading to|flying to)\\b[^.!?\\n]{0,40}?\\b${WHEN}`,
      'gi',
    ),
    gate: [AWAY],
  },
  {
    kind: 'absence',
    // "Away in Bali until the 28th": where to, then when, still says the home is empty until then.
    pattern: new RegExp(`\\b(?:away|out of (?:town|office)|on (?:holiday|vacation))(?:\\s+(?:in|at|to|on)\\s+[^.!?\\n]{1,30}?)?\\s+${WHEN}`, 'gi'),
    gate: [['away', 'out of', 'on holiday', 'on vacation']],
  },
  {
    kind: 'absence',
    // "Off to Bali, back on the 28th": leaving, then the return date, says how long the home is empty.
    pattern: new RegExp(
      `\\b(?:off to|flying (?:out|off|to)|fly(?:ing)? out|heading (?:off|out|to)|leaving for|away|travell?ing)\\b[^.!?\\n]{0,50}?\\bback (?:on|by|after) (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?\\b|${MONTH} \\d{1,2}\\b|\\d{1,2} ${MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)`,
      'gi',
    ),
    gate: [['off to', 'fly', 'heading ', 'leaving for', 'away', 'travel'], ['back on', 'back by', 'back after']],
  },
  {
    kind: 'empty-home',
    pattern:
      /\b(?:(?:house|home|flat|apartment|place) (?:will be|is|['’]ll be|sits|stays) (?:empty|unoccupied|unattended)|(?:nobody|no one|no-one)(?:['’]s| is| will be)? (?:at )?home|empty (?:house|home|flat)|house-?sitter|(?:left|leaving) the (?:house|flat|place) empty)\b/gi,
    gate: [['house', 'home', 'flat', 'apartment', 'place']],
  },
  {
    kind: 'live-location',
    pattern:
      /\b(?:[Ss]haring my live location|[Mm]y live location|[Ii](?:'m|’m| am) (?:at|in) [A-Z][^.!?\n]{0,40}?\b(?:right now|at the moment|until \d{1,2}(?::\d{2})?\s?(?:am|pm)?|for the next (?:hour|\d{1,2} (?:hours|minutes)))|(?:[Cc]ome|[Yy]ou can) find me at [A-Z][^.!?\n]{0,40}?\b(?:now|tonight|today|until|till))\b/g,
    gate: [['live location', "'m at", "'m in", '’m at', '’m in', ' am at', ' am in', 'find me at']],
  },
  {
    kind: 'routine',
    pattern:
      /\b(?:every|each) (?:single )?(?:morning|evening|night|day|weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?\n]{0,60}?\bat (?:\d{1,2}(?::\d{2})?\s?(?:am|pm)?|(?:six|seven|eight|nine|ten|five))\b[^.!?\n]{0,60}?\b(?:park|gym|street|road|lane|trail|pool|track|cafe|café|station|canal|river|beach|common|square|club)\b/gi,
    gate: [['every ', 'each '], PLACE],
  },
  {
    kind: 'routine',
    pattern:
      /\b(?:park|gym|street|road|lane|trail|pool|track|cafe|café|station|canal|river|beach|common|square|club)\b[^.!?\n]{0,60}?\b(?:every|each) (?:single )?(?:morning|evening|night|day|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?\n]{0,30}?\bat (?:\d{1,2}(?::\d{2})?\s?(?:am|pm)?)\b/gi,
    gate: [['every ', 'each '], PLACE],
  },
  {
    kind: 'child-school',
    pattern:
      /\b(?:[Mm]y|[Oo]ur) (?:son|daughter|kids?|children|boy|girl|twins|little one|eldest|youngest)\b[^.!?\n]{0,80}?\b(?:(?:St\.? )?[A-Z][a-z'’]+ (?:[A-Z][a-z'’]+ )?(?:Primary|Elementary|Middle School|High School|Junior School|Infant School|Nursery|Preschool|Pre-school|Academy|Grammar|Kindergarten|Montessori|School))\b/g,
    gate: [OWNER, CHILD, SCHOOL],
  },
  {
    kind: 'child-school',
    pattern:
      /\b(?:(?:St\.? )?[A-Z][a-z'’]+ (?:[A-Z][a-z'’]+ )?(?:Primary|Elementary|Junior School|Infant School|Nursery|Preschool|Kindergarten|Montessori))\b[^.!?\n]{0,60}?\b(?:[Mm]y|[Oo]ur) (?:son|daughter|kids?|children|boy|girl|twins|little one)\b/g,
    gate: [SCHOOL, OWNER, CHILD],
  },
];

export function findLocationDisclosures(text: string): LocationFinding[] {
  const found: LocationFinding[] = [];
  const gated = gateText(text);
  for (const { kind, pattern, gate } of LOCATION_PATTERNS) {
    if (!passesGate(gate, gated)) continue;
    for (const m of text.matchAll(pattern)) {
      if (found.length >= MAX_FINDINGS) break;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
