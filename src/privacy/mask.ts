/** Masked forms of values: enough to recognise one's own data, never enough to use it. */

export const BULLET = '•';

const bullets = (n: number) => BULLET.repeat(Math.max(0, n));

/** `+44 •••• ••0123`: the country code and the last four digits of the national number. */
export function maskPhone(countryCode: string | undefined, nationalNumber: string): string {
  const digits = nationalNumber.replace(/\D/g, '');
  const hidden = bullets(digits.length - 4) + digits.slice(-4);
  const grouped = hidden.length > 6 ? `${hidden.slice(0, 4)} ${hidden.slice(4)}` : hidden;
  return countryCode ? `+${countryCode} ${grouped}` : grouped;
}

/** `j•••@g•••.com`: first letters and the top-level domain. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return `${local[0]}${bullets(3)}@${domain[0]}${bullets(3)}${domain.slice(dot)}`;
}

/** `… ending 1111`: the last digits only, as banks print them. */
export function maskEnding(label: string, value: string, keep = 4): string {
  const clean = value.replace(/[\s-]/g, '');
  return `${label} ending ${clean.slice(-keep)}`;
}

/** `sk_live_…(40 chars)`: a known prefix names the service, the length tells keys apart. */
export function maskSecret(value: string, prefix = ''): string {
  return `${prefix}…(${value.length} chars)`;
}

/** Every letter and digit hidden; separators kept so the shape stays recognisable. */
export function maskAll(value: string): string {
  return value.replace(/[\p{L}\p{N}]/gu, BULLET);
}
