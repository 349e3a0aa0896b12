/**
 * The collect job: the worker's side of a lawful collection, in order:
 *   1. the gate again, with the policy and authorizations of this moment (the stored request is
 *      read here, once), and the token claimed for this job, so a copy of the job cannot reuse it;
 *   2. collect: the platform's collector and the media its posts carry, through the guarded fetch
 *      bound to this job's decision (capture/);
 *   3. store: every byte kept and hashed, with a WARC and metadata.json (evidence/);
 *   4. ingest: one transaction into the case graph (graph/);
 *   5. custody: a CAPTURED event on the case's chain.
 * A failure after step 1 is stored as a FAILED capture and rethrown. The capture id comes from the
 * request and the job, not the attempt: a job retried after its worker died finds the capture an
 * earlier attempt ingested and only completes its custody event (appended once per capture id),
 * so a request never gets two captures, nor one without custody. crash-point.ts names the steps.
 */
import type { CustodyRecorder } from '../../common/custody-types.js';
import type { Config } from '../../common/config.js';
import { isAppError } from '../../common/errors.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import type { CaptureIngestRepository } from '../../graph/ingest/capture-ingest.repository.js';
import type {
  CapturedOutcome,
  CaptureOutcomeRepository,
} from '../../graph/repositories/capture-outcome.repository.js';
import type { StoredCapture } from '../../capture/capture-files.js';
import type { CaptureRun } from '../../capture/capture-order.js';
import { captureIngest, captureRecordBase } from '../../capture/capture-record.js';
import { runCollector, type CollectedCapture, type CollectorRunDeps } from '../../capture/run-collector.js';
import { storeCapture } from '../../capture/store-capture.js';
import { stampCapture } from '../../evidence/timestamp/capture-timestamp.js';
import type { TsaClient } from '../../evidence/timestamp/tsa-client.js';
import { recheckAtExecution } from '../gate/execution-check.js';
import type { GateRecordService } from '../gate/gate-record.service.js';
import type { TokenUses } from '../gate/token-use.js';
import { crashPoint } from './crash-point.js';
import { failureInWords } from './failure-words.js';
import type { JobData, JobContext, JobHandler } from './job-types.js';

export interface CollectDeps extends CollectorRunDeps {
  readonly config: Config;
  readonly gateRecords: GateRecordService;
  readonly store: EvidenceStore;
  readonly ingest: CaptureIngestRepository;
  readonly outcomes: CaptureOutcomeRepository;
  readonly custody: CustodyRecorder;
  /** Which job first ran with each decision token, shared by every worker. */
  readonly tokenUses: TokenUses;
  /** The time-stamping authority's client; undefined: no trusted timestamps. */
  readonly timestamper?: TsaClient | undefined;
  /** Gives a capture its review date from the records schedule when it has none (lifecycle). */
  readonly scheduleReview?: (caseId: string, captureId: string, enteredAt: Date) => Promise<void>;
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
    captureId: `capture-${data.requestId}-${job.jobId}`,
    startedAt: new Date().toISOString(),
  };
}

/** What an ingested capture's custody event names, from this attempt's collection. */
function outcomeOf(run: CaptureRun, collected: CollectedCapture, stored: StoredCapture): CapturedOutcome {
  return {
    captureId: run.captureId,
    artifactHashes: stored.artifacts.map((a) => a.sha256),
    posts: collected.result.entities.posts.length,
    complete: collected.result.complete,
  };
}

/** Step 5: the capture's CAPTURED event, naming every artifact it kept; once per capture id. */
function recordCustody(deps: CollectDeps, run: CaptureRun, outcome: CapturedOutcome) {
  const { target } = run.order;
  return deps.custody.append(
    {
      caseId: run.order.caseId,
      type: 'CAPTURED',
      actorId: run.order.requesterId,
      artifactHashes: outcome.artifactHashes,
      details: {
        captureId: run.captureId,
        decisionId: run.claims.decisionId,
        target: `${target.platform} ${target.kind} ${target.value}`,
        posts: outcome.posts,
        complete: outcome.complete,
      },
    },
    { key: `captured:${run.captureId}` },
  );
}

/** Step 5 and the job's answer, for a capture this attempt or an earlier one ingested. */
async function finish(deps: CollectDeps, run: CaptureRun, outcome: CapturedOutcome, job: JobContext) {
  // Before custody, and again on a retry (it keeps a date already set): never a capture without one.
  await deps.scheduleReview?.(run.order.caseId, run.captureId, new Date(run.startedAt));
  await recordCustody(deps, run, outcome);
  await crashPoint(deps.config, 'custody', run.captureId);
  await job.updateProgress({ stage: 'done', captureId: run.captureId });
  return { captureId: run.captureId, posts: outcome.posts, complete: outcome.complete };
}

/**
 * The FAILED capture for a run that did not finish, with the error's code and message and the
 * same in words; the job's progress carries the words and when it failed, for the workspace.
 */
async function recordFailure(deps: CollectDeps, run: CaptureRun, error: unknown, job: JobContext) {
  const failure = failureInWords(error, run.order.target);
  const endedAt = new Date().toISOString();
  await job.updateProgress({
    stage: 'failed',
    failure: failure.words,
    failedAt: endedAt,
    attempt: job.attempt,
  });
  return deps.ingest.recordFailure(run.order.caseId, {
    ...captureRecordBase(run, deps.config),
    // Each failed attempt is a record of its own; the capture id stays free for the retry.
    id: `${run.captureId}-failed-${run.startedAt}`,
    endedAt,
    status: 'FAILED',
    errorCode: isAppError(error) ? error.code : 'INTERNAL',
    errorMessage: (error as Error).message,
    errorWords: failure.words,
  });
}

/** The handler of the `collect` job. */
export function buildCollectHandler(deps: CollectDeps): JobHandler<'collect'> {
  return async (data, job) => {
    const run = await clearRun(deps, data, job);
    try {
      const earlier = await deps.outcomes.captured(run.captureId);
      if (earlier) return await finish(deps, run, earlier, job);
      await job.updateProgress({ stage: 'collecting' });
      const collected = await runCollector(deps, run, (stage) => job.updateProgress({ stage }));
      await crashPoint(deps.config, 'fetched', run.captureId);
      await job.updateProgress({ stage: 'storing', pages: collected.result.pagesFetched });
      const endedAt = new Date().toISOString();
      const kept = await storeCapture(deps.store, deps.config, run, collected, endedAt);
      const stored = await stampCapture(deps.timestamper, deps.store, kept);
      await crashPoint(deps.config, 'stored', run.captureId);
      const ingest = captureIngest(run, deps.config, collected, stored, endedAt);
      await deps.ingest.ingest({
        ...ingest,
        capture: { ...ingest.capture, trustedTime: stored.trustedTime },
      });
      await crashPoint(deps.config, 'ingested', run.captureId);
      return await finish(deps, run, outcomeOf(run, collected, stored), job);
    } catch (error) {
      await recordFailure(deps, run, error, job);
      throw error;
    }
  };
}
