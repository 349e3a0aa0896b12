/**
 * Releasing evidence: the gate decides every export (need and right to know, 28 CFR 23.20(e)-(f))
 * and its decision is stored like a collection's; only an allowed export is recorded and queued
 * for the packet builder.
 */
import crypto from 'node:crypto';
import { AppError } from '../../common/errors.js';
import type { ExportRecord, ExportRepository } from '../../graph/repositories/export.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import type { GateRecordService } from '../gate/gate-record.service.js';
import type { JobQueue } from '../jobs/queue.js';

export interface ExportOrder {
  readonly caseId: string;
  readonly reason: string;
  /** Null: every completed capture of the case. */
  readonly captureIds: readonly string[] | null;
}

export class ExportService {
  constructor(
    private readonly records: GateRecordService,
    private readonly exports: ExportRepository,
    private readonly queue: Pick<JobQueue, 'add'>,
  ) {}

  /** Asks the gate, then records and queues the export; GATE_DENIED with the unmet clauses otherwise. */
  async start(user: SessionUser, order: ExportOrder): Promise<ExportRecord> {
    const id = `export-${crypto.randomUUID()}`;
    const decided = await this.records.decideExport(id, {
      caseId: order.caseId,
      requesterId: user.id,
      recipient: { name: user.displayName, userId: user.id, lawEnforcement: true },
      reason: order.reason,
      imminentDanger: false,
    });
    const { result } = decided;
    if (result.decision !== 'ALLOW') {
      throw new AppError('GATE_DENIED', result.reasons.map((r) => `${r.clause}: ${r.finding}`).join('; '), {
        clauses: result.reasons.map((r) => r.clause),
        decisionId: decided.decisionId,
      });
    }
    await this.exports.create({
      id,
      caseId: order.caseId,
      requestedBy: user.id,
      captureIds: order.captureIds ? [...order.captureIds] : null,
      createdAt: new Date().toISOString(),
      reason: order.reason,
      policyVersion: result.policyVersion,
    });
    await this.queue.add('export', {
      exportId: id,
      caseId: order.caseId,
      requestedBy: user.id,
      captureIds: order.captureIds,
    });
    return this.exports.byId(id);
  }

  /** The case's exports, newest first. */
  list(caseId: string, first: number): Promise<ExportRecord[]> {
    return this.exports.ofCase(caseId, first);
  }
}
