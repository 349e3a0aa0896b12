/**
 * The collect job: the worker's side of a lawful collection, in order:
 *   1. the gate again, with the policy and authorizations of this moment (the stored request is
 *      read here, once), and the token claimed for this job, so a copy of the job cannot reuse it;
 *   2. collect: the platform's collector and the media its posts carry, through the guarded fetch
 *      bound to this job's decision (capture/);
 *   3. store: every byte kept and hashed, with a WARC and metadata.json (evidence/);
 *   4. ingest: one transaction into the case graph (graph/);
 *   5. custody: a CAPTURED event on the case's chain.
 * A failure after step 1 is stored as a FAILED capture and rethrown.
 */
import type { CustodyRecorder } from '../../common/custody-types.js';
import type { Config } from '../../common/config.js';
import { isAppError } from '../../common/errors.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import type { CaptureIngestRepository } from '../../graph/ingest/capture-ingest.repository.js';
import type { StoredCapture } from '../../capture/capture-files.js';
import type { CaptureRun } from '../../capture/capture-order.js';
import { captureIngest, captureRecordBase } from '../../capture/capture-record.js';
import { runCollector, type CollectedCapture, type CollectorRunDeps } from '../../capture/run-collector.js';
import { storeCapture } from '../../capture/store-capture.js';
import { recheckAtExecution } from '../gate/execution-check.js';
import type { GateRecordService } from '../gate/gate-record.service.js';
import type { TokenUses } from '../gate/token-use.js';
import type { JobData, JobContext, JobHandler } from './job-types.js';

export interface CollectDeps extends CollectorRunDeps {
  readonly config: Config;
  readonly gateRecords: GateRecordService;
  readonly store: EvidenceStore;
  readonly ingest: CaptureIngestRepository;
  readonly custody: CustodyRecorder;
  /** Which job first ran with each decision token, shared by every worker. */
  readonly tokenUses: TokenUses;
}

/** Step 1: the gate's word for this job now, and the run it allows. */
async function clearRun(deps: CollectDeps, data: JobData<'collect'>, job: JobContext): Promise<CaptureRun> {
  const { request, claims } = await recheckAtExecution(
    deps.gateRecords,
    deps.verifier,
    data.requestId,
    data.decisionToken,
    { jobId: job.jobId, uses: deps.tokenUses },
  );
  return {
    order: request,
    claims,
    token: data.decisionToken,
    captureId: `capture-${data.requestId}-${job.jobId}-${job.attempt}`,
    startedAt: new Date().toISOString(),
  };
}

/** Step 5: the capture's CAPTURED event, naming every artifact it kept. */
function recordCustody(
  deps: CollectDeps,
  run: CaptureRun,
  collected: CollectedCapture,
  stored: StoredCapture,
) {
  const { target } = run.order;
  return deps.custody.append({
    caseId: run.order.caseId,
    type: 'CAPTURED',
    actorId: run.order.requesterId,
    artifactHashes: stored.artifacts.map((a) => a.sha256),
    details: {
      captureId: run.captureId,
      decisionId: run.claims.decisionId,
      target: `${target.platform} ${target.kind} ${target.value}`,
      posts: collected.result.entities.posts.length,
      complete: collected.result.complete,
    },
  });
}

/** The FAILED capture for a run that did not finish, with the error's code and message. */
function recordFailure(deps: CollectDeps, run: CaptureRun, error: unknown) {
  return deps.ingest.recordFailure(run.order.caseId, {
    ...captureRecordBase(run, deps.config),
    endedAt: new Date().toISOString(),
    status: 'FAILED',
    errorCode: isAppError(error) ? error.code : 'INTERNAL',
    errorMessage: (error as Error).message,
  });
}

/** The handler of the `collect` job. */
export function buildCollectHandler(deps: CollectDeps): JobHandler<'collect'> {
  return async (data, job) => {
    const run = await clearRun(deps, data, job);
    try {
      await job.updateProgress({ stage: 'collecting' });
      const collected = await runCollector(deps, run, (stage) => job.updateProgress({ stage }));
      await job.updateProgress({ stage: 'storing', pages: collected.result.pagesFetched });
      const endedAt = new Date().toISOString();
      const stored = await storeCapture(deps.store, deps.config, run, collected, endedAt);
      await deps.ingest.ingest(captureIngest(run, deps.config, collected, stored, endedAt));
      await recordCustody(deps, run, collected, stored);
      await job.updateProgress({ stage: 'done', captureId: run.captureId });
      const posts = collected.result.entities.posts.length;
      return { captureId: run.captureId, posts, complete: collected.result.complete };
    } catch (error) {
      await recordFailure(deps, run, error);
      throw error;
    }
  };
}
