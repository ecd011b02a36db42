/**
 * Query parameters that only tell a site where a click came from. Names are matched
 * case-insensitively; some short names mean tracking only on the sites that add them.
 */
const ANYWHERE = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_eid', 'mc_cid', 'igshid', 'igsh', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'oly_enc_id',
  'oly_anon_id', 'vero_id', 'vero_conv', 'rb_clickid', 'wickedid', '_gl', 'ref_src', 'ref_url', 'trackingid',
]);

const PER_SITE: { hosts: RegExp; names: Set<string> }[] = [
  { hosts: /(?:^|\.)(?:youtube\.com|youtu\.be|spotify\.com)$/, names: new Set(['si', 'feature', 'pp']) },
  { hosts: /(?:^|\.)(?:x\.com|twitter\.com)$/, names: new Set(['s', 't']) },
  { hosts: /(?:^|\.)linkedin\.com$/, names: new Set(['trk', 'trkinfo', 'lipi', 'rcm']) },
  { hosts: /(?:^|\.)instagram\.com$/, names: new Set(['utm_source', 'img_index']) },
];

export function isTrackingParam(name: string, host: string): boolean {
  const key = safeDecode(name).toLowerCase();
  if (key.startsWith('utm_') || ANYWHERE.has(key)) return true;
  return PER_SITE.some((site) => site.hosts.test(host) && site.names.has(key));
}

export interface TrackingFound {
  /** The names found, as written. */
  names: string[];
  /** The URL without them; every other byte as written. */
  cleaned: string;
}

/**
 * Finds tracking parameters in a URL as written and removes only them: the query is split on `&`
 * without decoding, so the parameters kept, their order, encoding and the fragment stay byte for byte.
 */
export function stripTracking(url: string): TrackingFound | undefined {
  const queryStart = url.indexOf('?');
  const hashAt = url.indexOf('#');
  if (queryStart === -1 || (hashAt !== -1 && hashAt < queryStart)) return undefined;
  const queryEnd = hashAt === -1 ? url.length : hashAt;
  const host = hostOf(url.slice(0, queryStart));
  const pairs = url.slice(queryStart + 1, queryEnd).split('&');
  const names: string[] = [];
  const kept = pairs.filter((pair) => {
    const name = pair.split('=')[0]!;
    if (name && isTrackingParam(name, host)) {
      names.push(name);
      return false;
    }
    return true;
  });
  if (names.length === 0) return undefined;
  const query = kept.filter((pair) => pair !== '').join('&');
  return { names, cleaned: url.slice(0, queryStart) + (query ? `?${query}` : '') + url.slice(queryEnd) };
}

export function hostOf(url: string): string {
  const match = url.match(/^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?([^/?#:]+)/i);
  return (match?.[1] ?? '').toLowerCase().replace(/^www\./, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
