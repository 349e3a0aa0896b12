/** The identifiers a preservation letter names, checked before any letter is written. */
import { AppError } from '../../common/errors.js';

export interface IdentifiersInput {
  readonly accountIds?: readonly string[] | null;
  readonly urls?: readonly string[] | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

const bad = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field });

function dateOf(field: string, value: string | null | undefined): string | null {
  if (!value) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw bad(field, 'give a date such as 2026-11-01');
  return at.toISOString();
}

/** Account ids and URLs (at least one, at most 50 of each) and an optional date range. */
export function preservationIdentifiers(input: IdentifiersInput) {
  const accountIds = (input.accountIds ?? []).map((a) => a.trim()).filter(Boolean);
  const urls = (input.urls ?? []).map((u) => u.trim()).filter(Boolean);
  if (!accountIds.length && !urls.length)
    throw bad('accountIds', 'name at least one account id or URL to preserve');
  if (accountIds.length > 50 || urls.length > 50)
    throw bad('urls', 'at most 50 account ids and 50 URLs per letter');
  if (accountIds.some((a) => a.length > 200))
    throw bad('accountIds', 'an account id of at most 200 characters');
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw bad('urls', `${url.slice(0, 80)} is not a URL`);
    }
    if (!/^https?:$/.test(parsed.protocol) || url.length > 2000)
      throw bad('urls', `${url.slice(0, 80)} is not a web address`);
  }
  const from = dateOf('from', input.from);
  const to = dateOf('to', input.to);
  if (from && to && from > to) throw bad('to', 'the end of the range comes before its start');
  return { accountIds, urls, from, to };
}
