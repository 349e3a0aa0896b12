/**
 * Normalization of the strings analysts compare: handles and display names reduced to a
 * "skeleton" (so `J0hn_D0e99`, `john.doe` and `јohn-doe` with a Cyrillic ј compare equal), and
 * contact details and URLs reduced to one canonical spelling so shared ones are found by equality.
 */

// Letters from other scripts that render like Latin ones (Unicode confusables, the common subset
// seen in impersonation handles). NFKC already folds fullwidth and mathematical alphanumerics.
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
};

// Digits and symbols used as letters ("leetspeak"). `l`, `1`, `|` and `!` all become `i`, the
// way confusable skeletons do it, because they are exchanged for each other in both directions.
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  l: 'i',
  '|': 'i',
  '!': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '+': 't',
};

const SEPARATORS = /[\s._\-·•'"`~]+/g;

function foldScripts(value: string): string {
  const lowered = value.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of lowered) out += CONFUSABLES[ch] ?? ch;
  // Strip diacritics after the confusable pass so that é → e but й stays distinct from и.
  return out.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * The comparison skeleton of a handle: scripts folded, separators dropped, a trailing number
 * (birth years, counters) dropped, leetspeak mapped, look-alike pairs (`rn`/`m`, `vv`/`w`) merged,
 * and any remaining non-letters removed.
 */
export function handleSkeleton(handle: string): string {
  // A Bluesky handle is a domain; its hosting suffix is the platform's, not the user's.
  const bare = handle.replace(/^@/, '').split('@')[0] ?? '';
  let s = foldScripts(bare.replace(/\.bsky\.social$/i, '')).replace(SEPARATORS, '');
  s = s.replace(/\d+$/, '');
  let mapped = '';
  for (const ch of s) mapped += LEET[ch] ?? ch;
  return mapped
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^\p{L}]/gu, '');
}

/** A display name folded for comparison: scripts folded, emoji and punctuation gone, words sorted. */
export function nameSkeleton(name: string): string {
  const words = foldScripts(name)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .map((w) => {
      let mapped = '';
      for (const ch of w) mapped += LEET[ch] ?? ch;
      return mapped.replace(/[^\p{L}]/gu, '');
    })
    .filter(Boolean);
  return words.sort().join(' ');
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
// Ten to fifteen digits with the usual separators, optionally with a leading + country code.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/g;
// Bios often give a link without its scheme ("linktr.ee/name"); a bare domain counts when it
// ends in a common top-level domain, so "S.R." or "ice.cold" are not mistaken for links.
const URL_IN_TEXT =
  /\b(?:(?:https?:\/\/|www\.)[^\s<>"')]+|(?:[a-z0-9-]+\.)+(?:com|net|org|io|me|ee|co|gg|tv|app|link|info|biz|us|uk|fm|ly|to|bio|page|site)(?:\/[^\s<>"')]*)?(?![a-z0-9-]))/gi;

/** The canonical spelling of an email: lower case, `+tag` dropped, Gmail's ignored dots dropped. */
export function normalizeEmail(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split('@');
  const host = domain === 'googlemail.com' ? 'gmail.com' : domain;
  let user = local.split('+')[0] ?? '';
  if (host === 'gmail.com') user = user.replace(/\./g, '');
  return `${user}@${host}`;
}

/** A phone number as digits with country code; ten-digit numbers are taken as North American. */
export function normalizePhone(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length >= 11 && digits.length <= 15) return `+${digits}`;
  return undefined;
}

/** The canonical spelling of a URL: no scheme, no `www.`, no tracking parameters or fragment. */
export function normalizeUrl(href: string): string | undefined {
  const raw = /^[a-z][a-z0-9+.-]*:\/\//i.test(href) ? href : `https://${href}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !/^(utm_|fbclid$|gclid$|igshid$|si$|ref$)/i.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const pathname = url.pathname.replace(/\/+$/, '');
  return `${host}${url.port ? `:${url.port}` : ''}${pathname}${query}`;
}

/** Contact details and links written in a bio, each in its canonical spelling. */
export function extractContacts(bio: string): { emails: string[]; phones: string[]; urls: string[] } {
  const emails = [...new Set((bio.match(EMAIL) ?? []).map(normalizeEmail))];
  const withoutEmails = bio.replace(EMAIL, ' ');
  const urls = [
    ...new Set(
      (withoutEmails.match(URL_IN_TEXT) ?? [])
        .map((u) => normalizeUrl(u.replace(/[.,;:!?]+$/, '')))
        .filter((u): u is string => Boolean(u)),
    ),
  ];
  const withoutUrls = withoutEmails.replace(URL_IN_TEXT, ' ');
  const phones = [
    ...new Set((withoutUrls.match(PHONE) ?? []).map(normalizePhone).filter((p): p is string => Boolean(p))),
  ];
  return { emails, phones, urls };
}
