import { countDigits, insideAny, near, nonDataSpans } from './context.js';
import { maskPhone } from './mask.js';
import type { Detection, Detector } from './types.js';

type PhoneLib = typeof import('libphonenumber-js/max');
let library: Promise<PhoneLib> | undefined;
/** The full metadata is large; load it only for texts that have enough digits to hold a number. */
const loadLibrary = () => (library ??= import('libphonenumber-js/max'));

/** Regions tried for national numbers when settings name none. */
export const FALLBACK_REGIONS = ['US', 'GB'] as const;

// A run of digits with the separators phone numbers use. Bounded and made of one class after the
// first digit, so it is linear; libphonenumber then decides on each short candidate only.
const CANDIDATE = /(?<![\w+.,/-])\+?(?:\(\d{1,4}\)\s?)?\d[\d ().-]{5,20}\d(?![\w-]|[.,]\d)/g;
/** More candidates than this in one text is a table of numbers, not a post: the rest are skipped. */
const MAX_CANDIDATES = 500;

const PHONE_WORDS = /\b(?:call|ring|phone|tel|telephone|mobile|cell|text(?: me)?|sms|whats ?app|signal|number|reach me|contact me|fax)\b|[☎📞📱]/i;
const NOT_PHONE_WORDS = /(?:\b(?:order|tracking|invoice|isbn|issn|ref|reference|account|acct|case|serial|model|part|sku|issue|build|version|id|receipt|parcel|shipment|confirmation|patent|doi)\b[^\n]{0,12}|[#№]\s?)$/i;

/** NANP numbers 555-0100 to 555-0199 are reserved for fiction. */
const FICTION = /^1\d{3}55501\d\d$/;

export const phoneDetector: Detector<'phone'> = {
  kind: 'phone',
  mayContain: (text) => countDigits(text, 7),
  async detect(text, options) {
    const candidates = [...text.matchAll(CANDIDATE)].slice(0, MAX_CANDIDATES).filter((m) => {
      const digits = m[0].replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    });
    if (candidates.length === 0) return [];
    const { findPhoneNumbersInText, isSupportedCountry } = await loadLibrary();
    // A region libphonenumber does not know would find nothing at all; the defaults are better.
    const regions = options.region && isSupportedCountry(options.region) ? [options.region] : FALLBACK_REGIONS;
    const skip = nonDataSpans(text);
    const found: Detection<'phone'>[] = [];
    for (const m of candidates) {
      const start = m.index;
      const end = start + m[0].length;
      if (insideAny(skip, start, end)) continue;
      if (NOT_PHONE_WORDS.test(text.slice(Math.max(0, start - 30), start))) continue;
      // Columns of figures ("388.62  412.79") mix separators or leave double spaces; numbers do not.
      if (m[0].includes('  ') || (m[0].includes('.') && /[ -]/.test(m[0].trim()))) continue;
      const international = m[0].startsWith('+');
      const formatted = /[ ().-]/.test(m[0].trim());
      if (!international && !formatted && !near(text, start, end, PHONE_WORDS, 40)) continue;
      for (const region of regions) {
        const hit = findPhoneNumbersInText(m[0], { defaultCountry: region as never }).find((h) => h.number.isValid());
        if (!hit) continue;
        const e164 = hit.number.number as string;
        if (FICTION.test(e164.slice(1))) break;
        found.push({
          kind: 'phone',
          start: start + hit.startsAt,
          end: start + hit.endsAt,
          masked: maskPhone(String(hit.number.countryCallingCode), String(hit.number.nationalNumber)),
          normalized: e164,
        });
        break;
      }
    }
    return found;
  },
};

/** The E.164 form of an allowlisted number, so `020 7946 0958` and `+44 20 7946 0958` are the same. */
export async function normalizePhone(value: string, region: string | undefined): Promise<string | undefined> {
  if (!countDigits(value, 7)) return undefined;
  const { parsePhoneNumberFromString, isSupportedCountry } = await loadLibrary();
  for (const r of region && isSupportedCountry(region) ? [region] : FALLBACK_REGIONS) {
    const parsed = parsePhoneNumberFromString(value, { defaultCountry: r as never });
    if (parsed?.isValid()) return parsed.number as string;
  }
  return undefined;
}
