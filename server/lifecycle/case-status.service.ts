/**
 * A case's status over its life: closing and reopening with a reason (on the custody chain, since
 * what may be collected and kept follows the status), recording a charge (the case's captures
 * then follow the evidence schedule instead of the intelligence review), and taking a person off
 * a case.
 */
import type { CustodyRecorder } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type { CaseRecord, CaseRepository } from '../../graph/repositories/case.repository.js';
import type { LifecycleCaseRepository } from '../../graph/repositories/lifecycle-case.repository.js';
import type { LifecycleRepository } from '../../graph/repositories/lifecycle.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { reasonOf, requireLifecycleRole } from './lifecycle-roles.js';
import { addMonths, reviewPeriod, type RecordsSchedule } from './records-schedule.js';

export interface CaseStatusDeps {
  readonly cases: CaseRepository;
  readonly status: LifecycleCaseRepository;
  readonly lifecycle: LifecycleRepository;
  readonly custody: CustodyRecorder;
  readonly schedule: () => RecordsSchedule;
  readonly now?: () => Date;
}

export class CaseStatusService {
  private readonly now: () => Date;

  constructor(private readonly deps: CaseStatusDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Closes the case; nothing in it is removed, and the gate takes no new collections for it. */
  async close(user: SessionUser, caseId: string, reasonText: string): Promise<CaseRecord> {
    return this.change(user, caseId, 'CLOSED', reasonOf(reasonText, 'reason', 'say why the case is closed'));
  }

  /** Reopens a closed case (supervisors), so it takes collections again. */
  async reopen(user: SessionUser, caseId: string, reasonText: string): Promise<CaseRecord> {
    requireLifecycleRole(user, 'reopen');
    return this.change(user, caseId, 'OPEN', reasonOf(reasonText, 'reason', 'say why the case is reopened'));
  }

  private async change(user: SessionUser, caseId: string, status: 'OPEN' | 'CLOSED', reason: string) {
    const at = this.now().toISOString();
    await this.deps.status.changeStatus(caseId, { status, by: user.id, at, reason });
    await this.deps.custody.append({
      caseId,
      type: status === 'CLOSED' ? 'CASE_CLOSED' : 'CASE_REOPENED',
      actorId: user.id,
      artifactHashes: [],
      details: { reason, by: user.displayName },
    });
    return (await this.deps.cases.byId(caseId))!;
  }

  /**
   * Records a charge: from now on the case's captures are evidence in a charged case and their
   * review dates move to the records schedule of its purpose.
   */
  async recordCharge(user: SessionUser, caseId: string, referenceText: string): Promise<CaseRecord> {
    requireLifecycleRole(user, 'charge');
    const reference = reasonOf(referenceText, 'reference', 'give the charging document or court number');
    const record = (await this.deps.cases.byId(caseId))!;
    const at = this.now().toISOString();
    await this.deps.status.recordCharge(caseId, { reference, by: user.id, at });
    const period = reviewPeriod(this.deps.schedule(), record.purpose, true);
    for (const capture of await this.deps.status.capturesOf(caseId)) {
      const due = addMonths(new Date(capture.enteredAt), period.months).toISOString();
      await this.deps.lifecycle.setReviewDue(capture.id, due, period.clause, false);
    }
    return (await this.deps.cases.byId(caseId))!;
  }

  async caseOf(caseId: string): Promise<CaseRecord> {
    const record = await this.deps.cases.byId(caseId);
    if (!record) throw new AppError('NOT_FOUND', `case ${caseId} not found`);
    return record;
  }

  /** Takes a user off the case, with the reason; they no longer reach it. */
  async unassign(user: SessionUser, caseId: string, userId: string, reasonText: string): Promise<void> {
    requireLifecycleRole(user, 'unassign');
    const reason = reasonOf(reasonText, 'reason', 'say why the person leaves the case');
    if (userId === user.id)
      throw new AppError('BAD_USER_INPUT', 'you cannot take yourself off a case', { field: 'userId' });
    await this.deps.status.unassign(caseId, userId, user.id, this.now().toISOString(), reason);
  }
}
