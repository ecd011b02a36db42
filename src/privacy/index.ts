import { addressDetector } from './address.js';
import { birthDateDetector } from './birth-date.js';
import { bookingDetector } from './booking.js';
import { cardDetector } from './card.js';
import { MAX_FINDINGS } from './context.js';
import { emailDetector } from './email.js';
import { ibanDetector } from './iban.js';
import { ninoDetector } from './nino.js';
import { passportDetector } from './passport.js';
import { phoneDetector } from './phone.js';
import { ssnDetector } from './ssn.js';
import type { Detection, DetectOptions, Detector, PersonalKind } from './types.js';

export type { DataKind, Detection, DetectOptions, PersonalKind, SecretKind } from './types.js';
export { PERSONAL_KINDS, SECRET_KINDS } from './types.js';
export { detectSecrets } from './secrets.js';

/** In order of precedence: when two detections overlap, the more specific one (earlier) wins. */
export const PERSONAL_DETECTORS: readonly Detector<PersonalKind>[] = [
  cardDetector,
  ibanDetector,
  ssnDetector,
  ninoDetector,
  passportDetector,
  bookingDetector,
  birthDateDetector,
  addressDetector,
  emailDetector,
  phoneDetector,
];

export const KIND_NAMES: Record<PersonalKind, string> = {
  phone: 'phone number',
  email: 'email address',
  card: 'payment card number',
  iban: 'bank account number',
  ssn: 'US Social Security number',
  nino: 'UK National Insurance number',
  passport: 'passport number',
  'birth-date': 'date of birth',
  address: 'home address',
  booking: 'booking reference',
};

export interface PersonalDataOptions extends DetectOptions {
  /** Only these kinds (all when absent). */
  kinds?: readonly PersonalKind[];
}

/** Every piece of personal data in a text, without overlaps, in text order. */
export async function detectPersonalData(text: string, options: PersonalDataOptions = {}): Promise<Detection<PersonalKind>[]> {
  const accepted: Detection<PersonalKind>[] = [];
  for (const detector of PERSONAL_DETECTORS) {
    if (options.kinds && !options.kinds.includes(detector.kind)) continue;
    if (!detector.mayContain(text)) continue;
    for (const d of (await detector.detect(text, options)).slice(0, MAX_FINDINGS)) {
      if (!accepted.some((a) => d.start < a.end && d.end > a.start)) accepted.push(d);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}
