/**
 * Fetches the media files the collected posts point at, through the job's guarded fetch, once per
 * URL. A picture that cannot be fetched does not fail the capture: the post is evidence without it,
 * and the capture's metadata lists what was missed.
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

/** Appends each media URL's exchange after `first` (the collector's own exchanges). */
export async function fetchMedia(
  fetch: GuardedFetch,
  media: NormalizedBatch['media'],
  first: readonly RawExchange[],
  captureId: string,
): Promise<FetchedMedia> {
  const exchanges = [...first];
  const indexOf = new Map<string, number>();
  const missed: { url: string; reason: string }[] = [];
  for (const m of media) {
    if (indexOf.has(m.url) || missed.some((x) => x.url === m.url)) continue;
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
