/**
 * Starting a collection, for every caller (the API, the demo seed): the request is parsed with the
 * requester set by the server, decided by the gate and stored with its decision, and only an ALLOW
 * with its signed token reaches the queue. Who may ask on which case is checked before this.
 */
import type { CollectorRegistry } from '../../collectors/registry.js';
import { checkTarget } from '../../collectors/target-syntax.js';
import { AppError } from '../../common/errors.js';
import type {
  GateDecisionRepository,
  StoredDecision,
} from '../../graph/repositories/gate-decision.repository.js';
import type { GateRecordService, GateStage, RecordedDecision } from '../gate/gate-record.service.js';
import type { CollectionMethod, CollectionTarget, Platform } from '../../common/collection-types.js';
import { parseCollectionInput } from '../gate/gate-input.schema.js';
import type { CollectionRequest } from '../gate/gate-types.js';
import type { JobQueue } from '../jobs/queue.js';

export interface StartedCollection {
  readonly decision: StoredDecision;
  /** The queued collect job; null unless the gate allowed the request. */
  readonly jobId: string | null;
}

/** A collect job as the API shows it. */
export interface CollectionJobView {
  readonly id: string;
  readonly state: string;
  readonly stage: string | null;
  readonly captureId: string | null;
  readonly error: string | null;
  /** Why the last attempt failed, in words a detective understands (`error` holds the detail). */
  readonly failure: string | null;
  /** Attempts made so far, and how many the queue allows. */
  readonly attempts: number;
  readonly maxAttempts: number;
  /** When a failed attempt is tried again (ISO-8601 UTC); null when none is due. */
  readonly retryAt: string | null;
}

/**
 * A malformed target is refused before the gate is asked (nothing is stored for it): it would
 * only fail at the platform, in the platform's words.
 */
function requireWellFormed(target: CollectionTarget): void {
  const problem = checkTarget(target.platform, target.kind, target.value);
  if (problem) throw new AppError('BAD_USER_INPUT', problem, { field: 'target' });
}

export class CollectionService {
  constructor(
    private readonly records: GateRecordService,
    private readonly decisions: GateDecisionRepository,
    private readonly queue: Pick<JobQueue, 'add' | 'status'>,
    private readonly collectors: Pick<CollectorRegistry, 'get'>,
  ) {}

  /** The gate's answer to a request without collecting; the decision is stored like any other. */
  async evaluate(input: unknown, requesterId: string): Promise<StoredDecision> {
    const request = parseCollectionInput(input, requesterId);
    requireWellFormed(request.target);
    return (await this.decide(request, 'PREVIEW')).decision;
  }

  /** Decides a request and, when the gate allows it, queues its collect job. */
  async start(input: unknown, requesterId: string): Promise<StartedCollection> {
    const request = parseCollectionInput(input, requesterId);
    requireWellFormed(request.target);
    this.requirePerformed(request.target.platform, request.method);
    const { outcome, decision } = await this.decide(request, 'ENQUEUE');
    if (outcome.result.decision !== 'ALLOW' || !outcome.token) return { decision, jobId: null };
    const jobId = await this.queue.add('collect', {
      requestId: outcome.requestId,
      caseId: decision.caseId,
      decisionToken: outcome.token,
    });
    return { decision, jobId };
  }

  /** A collect job of the case; NOT_FOUND for a job of another case or none. */
  async job(caseId: string, jobId: string): Promise<CollectionJobView> {
    const status = await this.queue.status(jobId);
    if (!status || status.caseId !== caseId) throw new AppError('NOT_FOUND', `no job ${jobId} in this case`);
    const progress = (status.progress ?? {}) as {
      stage?: string;
      captureId?: string;
      failure?: string;
      failedAt?: string;
    };
    // A delayed job is an attempt that failed and waits for its retry: the wait starts when it failed.
    const retryAt =
      status.state === 'delayed' && progress.failedAt && status.delayMs
        ? new Date(Date.parse(progress.failedAt) + status.delayMs).toISOString()
        : null;
    return {
      id: jobId,
      state: status.state,
      stage: progress.stage ?? null,
      captureId: progress.captureId ?? null,
      error: status.failedReason ?? null,
      failure: status.state === 'completed' ? null : (progress.failure ?? null),
      attempts: status.attemptsMade ?? 0,
      maxAttempts: status.attempts ?? 1,
      retryAt,
    };
  }

  /**
   * casegraph collects only by the methods a platform's collector declares: anything else (a covert
   * method, a preservation request) is decided by the gate but done outside casegraph, so it is
   * never queued as a collection, and the capture record never claims a method it did not use.
   */
  private requirePerformed(platform: Platform, method: CollectionMethod): void {
    const methods = this.collectors.get(platform)?.manifest.methods ?? [];
    if (!methods.includes(method)) {
      throw new AppError(
        'BAD_USER_INPUT',
        `casegraph collects from ${platform} by ${methods.join(' or ') || 'no method'}, not by ${method}`,
        { field: 'method', methods: [...methods] },
      );
    }
  }

  private async decide(request: Omit<CollectionRequest, 'requestId'>, stage: GateStage) {
    const outcome: RecordedDecision = await this.records.submit(request, stage);
    const decision = await this.decisions.findDecision(outcome.decisionId);
    if (!decision) throw new AppError('INTERNAL', `decision ${outcome.decisionId} was not stored`);
    return { outcome, decision };
  }
}
