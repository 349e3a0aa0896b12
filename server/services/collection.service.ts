/**
 * Starting a collection, for every caller (the API, the demo seed): the request is parsed with the
 * requester set by the server, decided by the gate and stored with its decision, and only an ALLOW
 * with its signed token reaches the queue. Who may ask on which case is checked before this.
 */
import { AppError } from '../../common/errors.js';
import type {
  GateDecisionRepository,
  StoredDecision,
} from '../../graph/repositories/gate-decision.repository.js';
import type { GateRecordService, GateStage, RecordedDecision } from '../gate/gate-record.service.js';
import { parseCollectionInput } from '../gate/gate-input.schema.js';
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
}

export class CollectionService {
  constructor(
    private readonly records: GateRecordService,
    private readonly decisions: GateDecisionRepository,
    private readonly queue: Pick<JobQueue, 'add' | 'status'>,
  ) {}

  /** The gate's answer to a request without collecting; the decision is stored like any other. */
  async evaluate(input: unknown, requesterId: string): Promise<StoredDecision> {
    return (await this.decide(input, requesterId, 'PREVIEW')).decision;
  }

  /** Decides a request and, when the gate allows it, queues its collect job. */
  async start(input: unknown, requesterId: string): Promise<StartedCollection> {
    const { outcome, decision } = await this.decide(input, requesterId, 'ENQUEUE');
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
    const progress = (status.progress ?? {}) as { stage?: string; captureId?: string };
    return {
      id: jobId,
      state: status.state,
      stage: progress.stage ?? null,
      captureId: progress.captureId ?? null,
      error: status.failedReason ?? null,
    };
  }

  private async decide(input: unknown, requesterId: string, stage: GateStage) {
    const outcome: RecordedDecision = await this.records.submit(
      parseCollectionInput(input, requesterId),
      stage,
    );
    const decision = await this.decisions.findDecision(outcome.decisionId);
    if (!decision) throw new AppError('INTERNAL', `decision ${outcome.decisionId} was not stored`);
    return { outcome, decision };
  }
}
