/** Personal data a post should not carry. */
export const PERSONAL_KINDS = ['phone', 'email', 'card', 'iban', 'ssn', 'nino', 'passport', 'birth-date', 'address', 'booking'] as const;
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

/** Credentials that give access to an account or a system. */
export const SECRET_KINDS = ['aws-key', 'github-token', 'slack-token', 'stripe-key', 'google-api-key', 'jwt', 'private-key', 'password', 'generic-secret'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export type DataKind = PersonalKind | SecretKind;

/**
 * One value found in a text: where it is and how to show it. `masked` is the only form of the
 * value that may reach a message; the value itself never leaves the detector's caller.
 */
export interface Detection<K extends DataKind = DataKind> {
  kind: K;
  start: number;
  end: number;
  masked: string;
  /** A normalised form for allowlist comparison (digits of a phone, lower-case email). */
  normalized: string;
}

export interface DetectOptions {
  /** ISO 3166 region for national phone numbers (settings.region). */
  region?: string;
}

export interface Detector<K extends DataKind = DataKind> {
  kind: K;
  /** A cheap test that rules the text out before any expensive matching. */
  mayContain(text: string): boolean;
  detect(text: string, options: DetectOptions): Detection<K>[] | Promise<Detection<K>[]>;
}
