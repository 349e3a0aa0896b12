/**
 * One canonical form for the text the gate looks for words in. A target arrives as it was typed or
 * pasted: percent-encoded once or several times, with `+` for spaces in a query, in full-width or
 * other compatibility forms, in any case, with invisible characters, accents or letters of another
 * script that look like Latin ones. Matching that raw form let `%70rotest` pass the First Amendment
 * rule, so the rules match words in this form instead. Nothing here throws: a malformed encoding is
 * left as it is and matched as text.
 */
import { domainToUnicode } from 'node:url';

/**
 * Letters of other scripts that render like Latin lower-case letters in common fonts, so that
 * `prоtest` with a Cyrillic о still reads as protest. Only letters that look the same are listed.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  ӏ: 'l',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  с: 'c',
  ѕ: 's',
  у: 'y',
  ԝ: 'w',
  х: 'x',
  ԁ: 'd',
  // Greek
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
  // Latin letters outside a-z that stand in for one of them
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

/** One round of percent-decoding: each run of `%XX` becomes its UTF-8 text (bad bytes U+FFFD). */
function percentDecodeOnce(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) =>
    Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'),
  );
}

/** `+` is a space in a URL's query string (form encoding); before the `?` it is a plus. */
function plusAsSpaceInQuery(text: string): string {
  const query = text.indexOf('?');
  return query < 0 ? text : text.slice(0, query + 1) + text.slice(query + 1).replace(/\+/g, ' ');
}

/**
 * Decoded until decoding changes nothing more, so `%2570` (an encoded `%70`) becomes `p` too. Each
 * round that changes the text either shortens it or turns a `+` into a space, so the loop ends;
 * the bound is a second guarantee, never reached by text that shrinks.
 */
export function fullyDecoded(text: string): string {
  let current = text;
  for (let round = 0; round <= text.length; round++) {
    const next = percentDecodeOnce(plusAsSpaceInQuery(current));
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * Case folding: upper- then lower-casing maps ß to ss, ſ to s and final ς to σ, which lower-casing
 * alone does not.
 */
function foldCase(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/**
 * The canonical form: fully decoded, NFKC (full-width and other compatibility forms), case-folded,
 * without accents and other combining marks, without invisible format characters (zero-width
 * space, soft hyphen, direction marks), and with look-alike letters read as the Latin ones.
 */
export function canonicalText(text: string): string {
  const folded = foldCase(fullyDecoded(text).normalize('NFKC'));
  const bare = folded
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Cf}/gu, '');
  return bare.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c).normalize('NFKC');
}

/** Host names written in punycode (`xn--…`), read as the Unicode they stand for. */
function punycodeHosts(text: string): string[] {
  const hosts = text.match(/[a-z0-9.-]*xn--[a-z0-9.-]*/g) ?? [];
  return hosts.map((h) => domainToUnicode(h)).filter((h) => h !== '');
}

/**
 * The forms of a target to look for markers in: the canonical text, its letters and digits run
 * together (so `pro-test`, `pro_test` and `p.r.o.t.e.s.t` read as protest, as hashtags do), and any
 * punycode host name read as Unicode.
 */
export function targetForms(value: string): string[] {
  const canonical = canonicalText(value);
  const hosts = punycodeHosts(canonical).map(canonicalText);
  const forms = [canonical, ...hosts];
  return [...forms, ...forms.map((f) => f.replace(/[^\p{L}\p{N}]+/gu, ''))];
}
