/**
 * The collect job: the worker's side of a lawful collection. In order: 1. the gate again, with
 * the policy and authorizations of this moment; 2. the platform's collector through the guarded
 * fetch bound to this job's decision; 3. the media the posts carry, through the same fetch;
 * 4. every byte stored and hashed, with a WARC and metadata.json; 5. one transaction into the case
 * graph; 6. a CAPTURED custody event. A failure is stored as a FAILED capture and rethrown.
 */
import os from 'node:os';
import type { CollectLimits, HostPacer, PageOpener, RawExchange } from '../../collectors/collector.js';
import { createGuardedFetch } from '../../collectors/net/guarded-fetch.js';
import type { CollectorRegistry } from '../../collectors/registry.js';
import type { Config } from '../../common/config.js';
import type { CustodyRecorder } from '../../common/custody-types.js';
import { AppError, isAppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import { casegraphVersion } from '../../common/paths.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import { CaptureIngestRepository, type IngestMedia } from '../../graph/ingest/capture-ingest.repository.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { gateRecordService, recheckAtExecution } from '../gate/execution-check.js';
import type { GateKit } from '../gate/gate-kit.js';
import type { JobHandler } from '../jobs/job-types.js';
import { batchToIngest } from './batch-to-ingest.js';
import { mediaTypeOf, storeCaptureFiles } from './capture-files.js';
import { differenceHash } from './image-hash.js';

const log = logger('collector');

export interface CollectDeps {
  readonly graph: GraphClient;
  readonly gate: GateKit;
  readonly config: Config;
  readonly store: EvidenceStore;
  readonly custody: CustodyRecorder;
  readonly registry: CollectorRegistry;
  /** Chromium pages for collectors that render. */
  readonly openPage?: PageOpener;
  /** Per-host politeness shared by all workers. */
  readonly pacer?: HostPacer;
}

/** Caps on one job: per response, per request, and for the whole job. */
export const COLLECT_LIMITS = {
  maxBytes: 25 * 2 ** 20,
  timeoutMs: 30_000,
  maxRedirects: 5,
  jobMs: 10 * 60_000,
};

/** The handler of the `collect` job. */
export function buildCollectHandler(deps: CollectDeps): JobHandler<'collect'> {
  const ingest = new CaptureIngestRepository(deps.graph);
  return async (data, job) => {
    const claims = await recheckAtExecution(deps, data.requestId, data.decisionToken);
    const request = (await gateRecordService(deps).storedRequest(data.requestId))!;
    const { target } = request;
    const captureId = `capture-${data.requestId}-${job.jobId}-${job.attempt}`;
    const startedAt = new Date().toISOString();
    const base = {
      id: captureId,
      caseId: request.caseId,
      requestId: request.requestId,
      decisionId: claims.decisionId,
      policyVersion: claims.policyVersion,
      platform: target.platform,
      targetKind: target.kind,
      targetValue: target.value,
      method: request.method,
      operatorId: request.requesterId,
      deviceId: request.device.id,
      startedAt,
      toolVersion: `casegraph ${casegraphVersion()}`,
      userAgent: deps.config.userAgent,
    };
    try {
      const collector = deps.registry.require(target.platform);
      const options = deps.registry.options(target.platform);
      const limits: CollectLimits = { ...COLLECT_LIMITS, maxPages: options.maxPages };
      const signal = AbortSignal.timeout(COLLECT_LIMITS.jobMs);
      const fetch = createGuardedFetch({
        platform: target.platform,
        decision: {
          token: data.decisionToken,
          binding: {
            requestId: request.requestId,
            caseId: request.caseId,
            platform: target.platform,
            targetKind: target.kind,
            targetValue: target.value,
            method: request.method,
          },
          verifier: deps.gate.verifier,
        },
        config: deps.config,
        limits,
        signal,
        ...(deps.pacer ? { pacer: deps.pacer } : {}),
      });
      await job.updateProgress({ stage: 'collecting' });
      const result = await collector.collect(target, {
        fetch,
        limits,
        options,
        signal,
        allowlist: deps.config.fetchAllowlist,
        ...(deps.openPage ? { openPage: deps.openPage } : {}),
        ...(deps.pacer ? { pacer: deps.pacer } : {}),
      });
      if (result.kind === 'failed') throw result.error;
      if (result.kind === 'not-applicable') throw new AppError('BAD_USER_INPUT', result.reason);

      await job.updateProgress({ stage: 'media', pages: result.pagesFetched });
      const exchanges: RawExchange[] = [...result.exchanges];
      const mediaIndexes = new Map<string, number>();
      for (const m of result.entities.media) {
        if (mediaIndexes.has(m.url)) continue;
        try {
          exchanges.push(await fetch(m.url));
          mediaIndexes.set(m.url, exchanges.length - 1);
        } catch (error) {
          // A post whose picture is gone is still evidence; the metadata says what was missed.
          log.warn({ captureId, url: m.url, err: (error as Error).message }, 'media not fetched');
        }
      }

      await job.updateProgress({ stage: 'storing' });
      const endedAt = new Date().toISOString();
      const stored = await storeCaptureFiles(
        deps.store,
        exchanges,
        new Set(mediaIndexes.values()),
        (files) => ({
          authority: {
            caseId: request.caseId,
            decisionId: claims.decisionId,
            policyVersion: claims.policyVersion,
            purpose: request.purpose,
            predicate: request.predicate,
          },
          collector: {
            operatorId: request.requesterId,
            persona: request.persona?.handle ?? 'none, logged out',
            device: request.device,
            host: os.hostname(),
            tool: base.toolVersion,
            collector: collector.manifest.id,
            collectorVersion: collector.manifest.version,
            userAgent: deps.config.userAgent,
          },
          time: { startedAt, endedAt },
          target: {
            ...target,
            method: request.method,
            pagesFetched: result.pagesFetched,
            complete: result.complete,
          },
          rendering: result.rendering
            ? {
                title: result.rendering.title,
                metadata: result.rendering.metadata,
                refused: result.rendering.refused,
              }
            : null,
          exchanges: exchanges.map((e, i) => ({
            url: e.request.url,
            status: e.response.status,
            serverIp: e.serverIp,
            redirectChain: e.redirectChain,
            headers: e.response.headers,
            startedAt: e.timing.startedAt,
            body: files[i],
          })),
        }),
        {
          name: `casegraph ${casegraphVersion()}`,
          operator: request.requesterId,
          metadataUrl: `urn:casegraph:capture:${captureId}`,
        },
        result.rendering,
      );

      const media: IngestMedia[] = [];
      for (const m of result.entities.media) {
        const index = mediaIndexes.get(m.url);
        if (index === undefined) continue;
        const exchange = exchanges[index]!;
        const mediaType = mediaTypeOf(exchange);
        const sha256 = stored.bodySha256[index]!;
        media.push({
          postId: m.postId,
          sha256,
          mediaType,
          size: exchange.response.body.length,
          url: m.url,
          phash: differenceHash(exchange.response.body, mediaType),
        });
      }
      const first = exchanges[0];
      await ingest.ingest({
        caseId: request.caseId,
        platform: target.platform,
        capture: {
          ...base,
          endedAt,
          status: 'CAPTURED',
          complete: result.complete,
          pagesFetched: result.pagesFetched,
          requestedUrl: first?.redirectChain[0]?.url ?? first?.request.url ?? null,
          finalUrl: first?.request.url ?? null,
          httpStatus: first?.response.status ?? null,
          serverIp: first?.serverIp ?? null,
          metadataSha256: stored.metadataSha256,
        },
        artifacts: stored.artifacts,
        ...batchToIngest(result.entities, stored.bodySha256, media),
      });
      await deps.custody.append({
        caseId: request.caseId,
        type: 'CAPTURED',
        actorId: request.requesterId,
        artifactHashes: stored.artifacts.map((a) => a.sha256),
        details: {
          captureId,
          decisionId: claims.decisionId,
          target: `${target.platform} ${target.kind} ${target.value}`,
          posts: result.entities.posts.length,
          complete: result.complete,
        },
      });
      await job.updateProgress({ stage: 'done', captureId });
      return { captureId, posts: result.entities.posts.length, complete: result.complete };
    } catch (error) {
      const code = isAppError(error) ? error.code : 'INTERNAL';
      await ingest.recordFailure(request.caseId, {
        ...base,
        endedAt: new Date().toISOString(),
        status: 'FAILED',
        errorCode: code,
        errorMessage: (error as Error).message,
      });
      throw error;
    }
  };
}
