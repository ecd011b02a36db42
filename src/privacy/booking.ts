import { maskAll } from './mask.js';
import type { Detection, Detector } from './types.js';

// A booking reference (PNR) is six letters and digits; an e-ticket number is 13 digits.
const PNR = /(?<![A-Za-z0-9])[A-Z0-9]{6}(?![A-Za-z0-9])/g;
const ETICKET = /(?<![\d-])\d{3}-? ?\d{10}(?![\d-])/g;
const BOOKING_WORDS = /\b(?:booking|bookings|booked|pnr|confirmation|reservation|record locator|flight|flights|seat|boarding|check-?in|itinerary|e-?ticket|ticket)\b/i;
const FLIGHT_NUMBER = /^[A-Z0-9]{2}\d{1,4}[A-Z]?$/;

export const bookingDetector: Detector<'booking'> = {
  kind: 'booking',
  mayContain: (text) => BOOKING_WORDS.test(text),
  detect(text) {
    const found: Detection<'booking'>[] = [];
    const before = (index: number) => text.slice(Math.max(0, index - 40), index);
    for (const m of text.matchAll(PNR)) {
      const code = m[0];
      if (!/[A-Z]/.test(code) || !/\d/.test(code) || FLIGHT_NUMBER.test(code)) continue;
      if (!BOOKING_WORDS.test(before(m.index))) continue;
      found.push({ kind: 'booking', start: m.index, end: m.index + 6, masked: `booking reference ${maskAll(code.slice(0, 4))}${code.slice(4)}`, normalized: code });
    }
    for (const m of text.matchAll(ETICKET)) {
      if (!/\b(?:e-?ticket|ticket (?:no|number|#))/i.test(before(m.index))) continue;
      const digits = m[0].replace(/\D/g, '');
      found.push({ kind: 'booking', start: m.index, end: m.index + m[0].length, masked: `ticket number ending ${digits.slice(-3)}`, normalized: digits });
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
