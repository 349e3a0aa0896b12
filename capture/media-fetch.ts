/**
 * Fetches the media files the collected posts point at, and the avatars of the accounts read,
 * through the job's guarded fetch, once per URL; a file the collector's own exchanges already hold
 * whole (a rendered page's images) is not fetched again. A picture that cannot be fetched does not
 * fail the capture: the post or account is evidence without it, and the capture's metadata lists
 * what was missed.
 */
import type { GuardedFetch, NormalizedBatch, RawExchange } from '../collectors/collector.js';
import { logger } from '../common/logger.js';

const log = logger('collector');

export interface FetchedMedia {
  readonly exchanges: RawExchange[];
  /** Which exchange holds each media URL's bytes. */
  readonly indexOf: Map<string, number>;
  readonly missed: { url: string; reason: string }[];
}

/** Most avatars one capture fetches: a listing of boosts can name many accounts. */
export const MAX_AVATARS = 50;

/** The avatar URLs of the accounts read, each once, at most MAX_AVATARS. */
export function avatarsOf(accounts: NormalizedBatch['accounts']): { url: string }[] {
  const urls = new Set(accounts.flatMap((a) => (a.avatarUrl ? [a.avatarUrl] : [])));
  return [...urls].slice(0, MAX_AVATARS).map((url) => ({ url }));
}

/** Whether an exchange holds a whole file: a 200, or a 206 whose range is the entire file. */
function isWholeFile(exchange: RawExchange): boolean {
  const { status, headers, body } = exchange.response;
  if (status === 200) return true;
  const range = /^bytes 0-(\d+)\/(\d+)$/.exec(headers['content-range'] ?? '');
  return (
    status === 206 &&
    range !== null &&
    Number(range[1]) + 1 === Number(range[2]) &&
    body.length === Number(range[2])
  );
}

/** Appends each media URL's exchange after `first` (the collector's own exchanges). */
export async function fetchMedia(
  fetch: GuardedFetch,
  media: readonly Pick<NormalizedBatch['media'][number], 'url'>[],
  first: readonly RawExchange[],
  captureId: string,
): Promise<FetchedMedia> {
  const exchanges = [...first];
  const indexOf = new Map<string, number>();
  const missed: { url: string; reason: string }[] = [];
  for (const m of media) {
    if (indexOf.has(m.url) || missed.some((x) => x.url === m.url)) continue;
    // A rendered page already loaded what it shows: its whole answer is the file, fetched once.
    const loaded = first.findIndex((e) => e.request.url === m.url && isWholeFile(e));
    if (loaded >= 0) {
      indexOf.set(m.url, loaded);
      continue;
    }
    try {
      exchanges.push(await fetch(m.url));
      indexOf.set(m.url, exchanges.length - 1);
    } catch (error) {
      const reason = (error as Error).message;
      missed.push({ url: m.url, reason });
      log.warn({ captureId, url: m.url, err: reason }, 'media not fetched');
    }
  }
  return { exchanges, indexOf, missed };
}
