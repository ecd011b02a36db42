import { maskEmail } from './mask.js';
import type { Detection, Detector } from './types.js';

// Scanned from each '@' outwards with single character classes: linear whatever the input.
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

/** Addresses that belong to nobody: documentation domains, placeholders and file names like logo@2x.png. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local|tld)$/i;
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|avif|pdf|css|js|ts)$/i;
/** Role addresses of organisations (info@, press@) are published on purpose and name no person. */
const ROLE_LOCAL = /^(?:user|username|name|yourname|your\.name|firstname|first\.last|firstname\.lastname|someone|email|git|info|hello|hi|contact|support|help|press|media|sales|jobs|careers|team|admin|office|hr|marketing|privacy|security|abuse|webmaster|postmaster|no-?reply|donotreply|feedback|billing|events|partners|enquiries|inquiries)$/i;

export const emailDetector: Detector<'email'> = {
  kind: 'email',
  mayContain: (text) => text.includes('@'),
  detect(text) {
    const found: Detection<'email'>[] = [];
    let at = text.indexOf('@');
    let lastEnd = 0;
    while (at !== -1) {
      let start = at;
      while (start > lastEnd && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
      let end = at + 1;
      while (end < text.length && end - at < 254 && DOMAIN_CHAR.test(text[end]!)) end++;
      while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--;
      while (start < at && text[start] === '.') start++;
      const local = text.slice(start, at);
      const domain = text.slice(at + 1, end);
      // '@user@server' is a fediverse handle, '@name' a mention: no local part before the '@'.
      const handle = start > 0 && text[start - 1] === '@';
      // 'a@b.com' in code samples: one-letter names on both sides are placeholders.
      const placeholder = local.length === 1 && domain.indexOf('.') === 1;
      if (local && !handle && !placeholder && isDomain(domain) && !RESERVED_DOMAIN.test(domain) && !FILE_EXTENSION.test(domain) && !ROLE_LOCAL.test(local)) {
        const value = `${local}@${domain}`;
        found.push({ kind: 'email', start, end, masked: maskEmail(value), normalized: value.toLowerCase() });
        lastEnd = end;
      }
      at = text.indexOf('@', Math.max(at + 1, lastEnd));
    }
    return found;
  },
};

function isDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => l.length > 0 && l.length <= 63) && /^[A-Za-z]{2,24}$/.test(labels.at(-1)!);
}
