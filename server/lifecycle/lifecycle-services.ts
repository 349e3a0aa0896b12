/**
 * The records lifecycle's services, built once by the composition root from the repositories,
 * the custody ledger, the evidence store and the records schedule (read at start; a bad file
 * stops start-up with CONFIG_INVALID naming the line).
 */
import type { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import type { CaseRepository } from '../../graph/repositories/case.repository.js';
import type { LifecycleCaseRepository } from '../../graph/repositories/lifecycle-case.repository.js';
import type { LegalHoldRepository } from '../../graph/repositories/lifecycle-hold.repository.js';
import type { PreservationLetterRepository } from '../../graph/repositories/lifecycle-letter.repository.js';
import type { LifecycleRepository } from '../../graph/repositories/lifecycle.repository.js';
import type { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import type { UserRepository } from '../../graph/repositories/user.repository.js';
import type { GateRecordService } from '../gate/gate-record.service.js';
import { CaseStatusService } from './case-status.service.js';
import { HoldService } from './hold.service.js';
import { PreservationService } from './preservation.service.js';
import { loadProviders } from './providers.js';
import { PurgeService } from './purge.service.js';
import { loadRecordsSchedule } from './records-schedule.js';
import { ReviewService } from './review.service.js';

export interface LifecycleServices {
  readonly reviews: ReviewService;
  readonly purges: PurgeService;
  readonly holds: HoldService;
  readonly status: CaseStatusService;
  readonly preservation: PreservationService;
}

export interface LifecycleRepos {
  readonly lifecycle: LifecycleRepository;
  readonly holds: LegalHoldRepository;
  readonly caseStatus: LifecycleCaseRepository;
  readonly cases: CaseRepository;
  readonly letters: PreservationLetterRepository;
  readonly users: UserRepository;
  readonly caseAccess: CaseAccessRepository;
}

export interface LifecycleParts {
  readonly repos: LifecycleRepos;
  readonly custody: CustodyLedger;
  readonly store: EvidenceStore;
  readonly gateRecords: GateRecordService;
  /** The department's name, as letters are signed. */
  readonly department: string;
}

/** The lifecycle services over these repositories, ledger, store and gate. */
export function composeLifecycle({
  repos,
  custody,
  store,
  gateRecords,
  department,
}: LifecycleParts): LifecycleServices {
  const loaded = loadRecordsSchedule();
  const providers = loadProviders();
  const schedule = () => loaded;
  const reviews = new ReviewService({ lifecycle: repos.lifecycle, cases: repos.cases, custody, schedule });
  return {
    reviews,
    purges: new PurgeService({ lifecycle: repos.lifecycle, custody, store, reviews }),
    holds: new HoldService({ holds: repos.holds, custody, reviews }),
    status: new CaseStatusService({
      cases: repos.cases,
      status: repos.caseStatus,
      lifecycle: repos.lifecycle,
      custody,
      schedule,
    }),
    preservation: new PreservationService({
      gateRecords,
      letters: repos.letters,
      cases: repos.cases,
      users: repos.users,
      caseAccess: repos.caseAccess,
      store,
      custody,
      providers: () => providers,
      department,
    }),
  };
}
