/** What every collector does the same way: report a capture, and turn domain errors into `failed`. */
import { isAppError } from '../common/errors.js';
import type {
  CaptureResult,
  CollectContext,
  Collector,
  CollectorManifest,
  CollectResult,
  NormalizedBatch,
  RawExchange,
} from './collector.js';
import type { CollectionTarget } from '../common/collection-types.js';

/** A capture; `morePages` says a page limit stopped it before the target was exhausted. */
export function captured(
  exchanges: readonly RawExchange[],
  entities: NormalizedBatch,
  pagesFetched: number,
  morePages: boolean,
): CaptureResult {
  return morePages
    ? { kind: 'captured', exchanges, entities, pagesFetched, complete: false, stoppedBecause: 'max-pages' }
    : { kind: 'captured', exchanges, entities, pagesFetched, complete: true };
}

/** What a capture kept before its job was aborted (a worker stopping, a timeout): never complete. */
export function aborted(
  exchanges: readonly RawExchange[],
  entities: NormalizedBatch,
  pagesFetched: number,
): CaptureResult {
  return { kind: 'captured', exchanges, entities, pagesFetched, complete: false, stoppedBecause: 'aborted' };
}

/** A collector whose AppErrors (404, 429, bad payloads, refused fetches) end as a `failed` result. */
export function defineCollector(
  manifest: CollectorManifest,
  collect: (target: CollectionTarget, ctx: CollectContext) => Promise<CollectResult>,
): Collector {
  return {
    manifest,
    async collect(target, ctx) {
      try {
        return await collect(target, ctx);
      } catch (error) {
        if (isAppError(error)) return { kind: 'failed', error };
        throw error;
      }
    },
  };
}
