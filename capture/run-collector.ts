/**
 * The collect step of a capture: the platform's collector, given a guarded fetch and a page
 * renderer bound to this run's decision, then the media its posts carry through the same fetch.
 * Everything the step receives from the network is in the returned exchanges, nothing stored yet.
 */
import type { Page } from 'puppeteer-core';
import type {
  CaptureResult,
  Collector,
  CollectLimits,
  HostPacer,
  KnownPost,
} from '../collectors/collector.js';
import type { CollectorRegistry } from '../collectors/registry.js';
import type { CollectionTarget, DecisionVerifier } from '../common/collection-types.js';
import type { Config } from '../common/config.js';
import { AppError } from '../common/errors.js';
import { createPageRenderer } from './browser/guarded-renderer.js';
import { COLLECT_LIMITS, type CaptureRun } from './capture-order.js';
import { avatarsOf, fetchMedia, type FetchedMedia } from './media-fetch.js';
import type { ForbiddenEndpoints } from './net/forbidden-endpoints.js';
import { extraCaOf } from './net/extra-ca.js';
import { createGuardedFetch, decisionCheck, type GuardedFetchOptions } from './net/guarded-fetch.js';

export interface CollectorRunDeps {
  readonly registry: CollectorRegistry;
  readonly config: Config;
  readonly verifier: DecisionVerifier;
  /** casegraph's own service endpoints, which no request of a collector may reach. */
  readonly forbidden: ForbiddenEndpoints;
  /** Chromium pages for collectors that render; absent where no browser is available. */
  readonly openPage?: () => Promise<Page>;
  /** Per-host politeness shared by all workers. */
  readonly pacer?: HostPacer;
  /** The posts of a target the case read in earlier captures (graph/changes/known-posts.ts). */
  readonly knownPosts?: (caseId: string, target: CollectionTarget) => Promise<KnownPost[]>;
}

export interface CollectedCapture extends FetchedMedia {
  readonly collector: Collector;
  readonly result: CaptureResult;
}

/** Runs the collector for the run's target; throws the collector's failure as it was. */
export async function runCollector(
  deps: CollectorRunDeps,
  run: CaptureRun,
  progress: (stage: 'media') => Promise<void> = async () => undefined,
): Promise<CollectedCapture> {
  const { target } = run.order;
  const collector = deps.registry.require(target.platform);
  // The decision may name a method this collector does not perform; then it must not run at all.
  if (!collector.manifest.methods.includes(run.order.method)) {
    throw new AppError(
      'GATE_DENIED',
      `the ${target.platform} collector collects by ${collector.manifest.methods.join(' or ')}, not ${run.order.method}`,
    );
  }
  const options = deps.registry.options(target.platform);
  const limits: CollectLimits = { ...COLLECT_LIMITS, maxPages: options.maxPages };
  const signal = AbortSignal.timeout(COLLECT_LIMITS.jobMs);
  const pacing = deps.pacer ? { pacer: deps.pacer } : {};
  const extraCa = extraCaOf(deps.config.extraCaFile);
  const fetchOptions: GuardedFetchOptions = {
    platform: target.platform,
    decision: {
      token: run.token,
      binding: {
        requestId: run.order.requestId,
        caseId: run.order.caseId,
        platform: target.platform,
        targetKind: target.kind,
        targetValue: target.value,
        method: run.order.method,
      },
      verifier: deps.verifier,
    },
    config: deps.config,
    forbidden: deps.forbidden,
    limits,
    signal,
    extraCa,
    ...pacing,
  };
  const fetch = createGuardedFetch(fetchOptions);
  // The page's own requests are checked against the same decision, guard and caps as the fetch.
  const render = deps.openPage
    ? createPageRenderer({
        openPage: deps.openPage,
        allowlist: deps.config.fetchAllowlist,
        forbidden: deps.forbidden,
        authorize: decisionCheck(fetchOptions),
        maxResponseBytes: limits.maxBytes,
        userAgent: deps.config.userAgent,
        extraCa,
        signal,
        ...pacing,
      })
    : undefined;
  const known = (await deps.knownPosts?.(run.order.caseId, target)) ?? [];
  const result = await collector.collect(target, {
    fetch,
    limits,
    options,
    signal,
    known,
    ...(render ? { render } : {}),
  });
  if (result.kind === 'failed') throw result.error;
  if (result.kind === 'not-applicable') throw new AppError('BAD_USER_INPUT', result.reason);
  await progress('media');
  const wanted = [...result.entities.media, ...avatarsOf(result.entities.accounts)];
  const media = await fetchMedia(fetch, wanted, result.exchanges, run.captureId);
  return { collector, result, ...media };
}
