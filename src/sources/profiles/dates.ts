const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * The day a post or row is dated, as YYYY-MM-DD, from the formats exports really use:
 * `2023-04-11 09:12:33` (LinkedIn Shares), `4/11/23, 9:12 AM` (LinkedIn Invitations, US order),
 * `11 Apr 2023` and `Jan 2021` (LinkedIn), `Wed Oct 10 20:19:24 +0000 2018` (X), ISO 8601
 * (Mastodon). Undefined when the text is none of them.
 */
export function exportDate(text: string | undefined): string | undefined {
  const s = text?.trim();
  if (!s) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s.*)?$/.exec(s);
  if (m) return valid(m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!, +m[1]!, +m[2]!);
  m = /^(\d{1,2}) ([A-Za-z]{3,9}) (\d{4})$/.exec(s);
  if (m) return valid(+m[3]!, month(m[2]!), +m[1]!);
  m = /^([A-Za-z]{3,9}) (\d{4})$/.exec(s);
  if (m) return valid(+m[2]!, month(m[1]!), 1);
  m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) [\d:]+ [+-]\d{4} (\d{4})$/.exec(s);
  if (m) return valid(+m[3]!, month(m[1]!), +m[2]!);
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2200) return undefined;
  return iso(y, m, d);
}
