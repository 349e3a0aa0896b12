/**
 * Small readings of Bluesky text and identifiers: facet byte ranges, instants, post addresses,
 * labels, and the links a plain-text profile description holds.
 */
import type { ProfileBasic } from './bluesky.schema.js';

/** The text a facet covers: its range counts bytes of the UTF-8 text, not characters. */
export function facetText(bytes: Buffer, index: { byteStart: number; byteEnd: number }): string | null {
  const { byteStart, byteEnd } = index;
  if (byteStart < 0 || byteEnd > bytes.length || byteStart >= byteEnd) return null;
  return bytes.subarray(byteStart, byteEnd).toString('utf8');
}

const HANDLE = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i;

/** The handle a mention facet shows (`@dave.bsky.social` → `dave.bsky.social`), if it is one. */
export function mentionHandle(bytes: Buffer, index: { byteStart: number; byteEnd: number }): string | null {
  const shown = facetText(bytes, index)?.replace(/^@/, '').trim();
  return shown && HANDLE.test(shown) ? shown.toLowerCase() : null;
}

/**
 * The instant a time names, in UTC with milliseconds, so posts sort by when they happened
 * whatever offset the client wrote; a time that does not parse is kept as written.
 */
export function instant(stated: string): string {
  const ms = Date.parse(stated);
  return Number.isNaN(ms) ? stated : new Date(ms).toISOString();
}

/** The record key: the last segment of an at:// URI. */
export const rkeyOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

/** Whether an at:// URI names a post record. */
export const isPostUri = (uri: string): boolean => /^at:\/\/[^/]+\/app\.bsky\.feed\.post\/[^/]+$/.test(uri);

/** The profile's address on bsky.app; the DID stands in for a handle that no longer resolves. */
export function profileUrl(author: Pick<ProfileBasic, 'did' | 'handle'>): string {
  return `https://bsky.app/profile/${author.handle === 'handle.invalid' ? author.did : author.handle}`;
}

export function postUrl(author: Pick<ProfileBasic, 'did' | 'handle'>, uri: string): string {
  return `${profileUrl(author)}/post/${rkeyOf(uri)}`;
}

type Label = { src: string; val: string; cts: string; neg?: boolean | undefined; exp?: string | undefined };

/** Labels as facts: what, by whom, when; a negation says the label was withdrawn. */
export function labelFacts(labels: readonly Label[] | undefined) {
  return (labels ?? []).map((l) => ({
    val: l.val,
    src: l.src,
    cts: l.cts,
    ...(l.neg ? { neg: true } : {}),
    ...(l.exp ? { exp: l.exp } : {}),
  }));
}

// A link in plain text: with a scheme, or a bare domain as the Bluesky app links it; never the
// domain part of a handle mention (@carol.bsky.social) or of an e-mail address.
const LINK =
  /(?<![@\w./-])(https?:\/\/[^\s<>"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/[^\s<>"]*)?)/gi;

/** The links a plain-text description holds, as absolute URLs. */
export function textLinks(text: string | undefined): string[] {
  const found = [...(text ?? '').matchAll(LINK)].map((m) => {
    const trimmed = m[1]!.replace(/[.,;:!?)\]'"]+$/, '');
    return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  });
  return [...new Set(found)];
}
