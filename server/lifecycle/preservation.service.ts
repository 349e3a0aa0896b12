/**
 * Preservation requests under 18 U.S.C. §2703(f), in order:
 *   1. the request goes through the legality gate as method PRESERVATION_REQUEST (purpose, open
 *      case, assigned requester, predicate), and only an ALLOW goes on;
 *   2. the provider and its law-enforcement contact come from policy/providers.yaml;
 *   3. the letter is written (plain text and a PDF of the same words) with no network request;
 *   4. both files go into the evidence store and, in one transaction, into the case as a capture
 *      under the decision; 5. the CAPTURED custody event names their hashes.
 * Sending it, the provider's reference and the 90-day extension are tracked afterwards.
 */
import crypto from 'node:crypto';
import type { CustodyRecorder } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import type { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import type { CaseRepository } from '../../graph/repositories/case.repository.js';
import type {
  PreservationLetter,
  PreservationLetterRepository,
} from '../../graph/repositories/lifecycle-letter.repository.js';
import type { UserRepository } from '../../graph/repositories/user.repository.js';
import type { SessionUser } from '../auth/session-user.js';
import { parseCollectionInput } from '../gate/gate-input.schema.js';
import type { GateRecordService } from '../gate/gate-record.service.js';
import {
  letterPdf,
  letterText,
  PRESERVATION_DAYS,
  type LetterFacts,
  type Officer,
} from './preservation-letter.js';
import { preservationIdentifiers, type IdentifiersInput } from './preservation-input.js';
import { providerFor, targetHost, type ProviderList } from './providers.js';

const DAY_MS = 86_400_000;
/** How long before the 90 days end the workspace reminds the officer to ask for the extension. */
export const EXTENSION_REMINDER_DAYS = 14;

export interface PreservationDeps {
  readonly gateRecords: GateRecordService;
  readonly letters: PreservationLetterRepository;
  readonly cases: CaseRepository;
  readonly users: UserRepository;
  readonly caseAccess: CaseAccessRepository;
  readonly store: Pick<EvidenceStore, 'putAll'>;
  readonly custody: CustodyRecorder;
  readonly providers: () => ProviderList;
  readonly department: string;
  readonly now?: () => Date;
}

export interface PreservationInput extends IdentifiersInput {
  /** The gate request (CollectionRequestInput); its method is PRESERVATION_REQUEST whatever it says. */
  readonly request: Record<string, unknown>;
  readonly supervisorId: string;
  /** How the provider reaches the officer (telephone, e-mail). */
  readonly officerContact: string;
}

/** A letter with its 90-day period and the extension reminder worked out. */
export type LetterView = PreservationLetter & {
  readonly preservedUntil: string | null;
  readonly extensionReminderAt: string | null;
  readonly extensionDue: boolean;
};

export class PreservationService {
  private readonly now: () => Date;

  constructor(private readonly deps: PreservationDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Steps 1 to 5: the gate, the provider, the letter, the store and the custody event. */
  async request(user: SessionUser, input: PreservationInput): Promise<LetterView> {
    const request = parseCollectionInput({ ...input.request, method: 'PRESERVATION_REQUEST' }, user.id);
    const ids = preservationIdentifiers(input);
    const contact = input.officerContact.trim();
    if (contact.length < 5 || contact.length > 300)
      throw new AppError(
        'BAD_USER_INPUT',
        'officerContact: how the provider reaches you (telephone or e-mail)',
        {
          field: 'officerContact',
        },
      );
    const supervisor = await this.supervisorOf(user, request.caseId, input.supervisorId);
    const provider = providerFor(
      this.deps.providers(),
      request.target.platform,
      targetHost(request.target.kind, request.target.value),
    );
    const outcome = await this.deps.gateRecords.submit(request, 'ENQUEUE');
    if (outcome.result.decision !== 'ALLOW') {
      const why = outcome.result.reasons.map((r) => `${r.text} (${r.clause}) ${r.remedy}`).join(' ');
      throw new AppError('GATE_DENIED', `the gate did not allow this preservation request: ${why}`, {
        decisionId: outcome.decisionId,
      });
    }
    const record = (await this.deps.cases.byId(request.caseId))!;
    const dated = this.now().toISOString();
    const facts: LetterFacts = {
      department: this.deps.department,
      provider,
      caseNumber: record.number,
      reportNumber: request.predicate.reportNumber,
      dated,
      ...ids,
      officer: officerOf(user),
      supervisor,
      officerContact: contact,
    };
    const id = `capture-letter-${crypto.randomUUID()}`;
    await this.store(request.caseId, id, facts, {
      decisionId: outcome.decisionId,
      operatorId: user.id,
      supervisorId: input.supervisorId,
      platform: request.target.platform,
      targetKind: request.target.kind,
      targetValue: request.target.value,
      extendsLetterId: null,
    });
    return this.view((await this.deps.letters.byId(request.caseId, id))!);
  }

  /** Records that the letter went out, and the provider's reference for it. */
  async markSent(
    user: SessionUser,
    caseId: string,
    letterId: string,
    sentAt: string,
    reference: string | null,
  ) {
    const at = new Date(sentAt);
    if (Number.isNaN(at.getTime()) || at > this.now())
      throw new AppError('BAD_USER_INPUT', 'sentAt: the date the letter was sent, not in the future', {
        field: 'sentAt',
      });
    const ref = reference?.trim() ? reference.trim().slice(0, 200) : null;
    await this.deps.letters.markSent(caseId, letterId, { at: at.toISOString(), reference: ref, by: user.id });
    await this.deps.custody.append({
      caseId,
      type: 'ANNOTATED',
      actorId: user.id,
      artifactHashes: [],
      details: {
        letterId,
        step: 'preservation letter sent',
        sentAt: at.toISOString(),
        providerReference: ref,
      },
    });
    return this.view((await this.deps.letters.byId(caseId, letterId))!);
  }

  /** The case's letters with their periods and reminders. */
  async ofCase(caseId: string): Promise<LetterView[]> {
    return (await this.deps.letters.ofCase(caseId)).map((l) => this.view(l));
  }

  /** Steps 4 and 5 for a written letter. */
  async store(caseId: string, id: string, facts: LetterFacts, record: Record<string, string | null>) {
    const text = letterText(facts);
    const [pdf, txt] = await this.deps.store.putAll([await letterPdf(facts), text]);
    const artifacts = [
      {
        sha256: pdf!.sha256,
        size: pdf!.size,
        mediaType: 'application/pdf',
        name: 'letter.pdf',
        kind: 'LETTER',
      },
      {
        sha256: txt!.sha256,
        size: txt!.size,
        mediaType: 'text/plain; charset=utf-8',
        name: 'letter.txt',
        kind: 'LETTER',
      },
    ];
    await this.deps.letters.create(
      caseId,
      {
        ...record,
        id,
        decisionId: record.decisionId!,
        kind: 'PRESERVATION_LETTER',
        method: 'PRESERVATION_REQUEST',
        status: 'CAPTURED',
        startedAt: facts.dated,
        endedAt: facts.dated,
        providerId: facts.provider.id,
        providerName: facts.provider.name,
        accountIds: [...facts.accountIds],
        urls: [...facts.urls],
        rangeFrom: facts.from,
        rangeTo: facts.to,
        reportNumber: facts.reportNumber,
      },
      artifacts,
    );
    await this.deps.custody.append({
      caseId,
      type: 'CAPTURED',
      actorId: record.operatorId!,
      artifactHashes: artifacts.map((a) => a.sha256),
      details: {
        captureId: id,
        decisionId: record.decisionId,
        target: `${record.platform} preservation letter to ${facts.provider.name}`,
        posts: 0,
        complete: true,
        networkRequests: 0,
      },
    });
  }

  /** The supervisor named on the letter: a supervisor other than the requester who reaches the case. */
  private async supervisorOf(user: SessionUser, caseId: string, supervisorId: string): Promise<Officer> {
    const supervisor = await this.deps.users.byId(supervisorId);
    const reaches =
      supervisor && (await this.deps.caseAccess.reaches(supervisor.id, supervisor.role, caseId));
    if (!supervisor || supervisor.role !== 'SUPERVISOR' || !reaches || supervisor.id === user.id) {
      throw new AppError(
        'BAD_USER_INPUT',
        'supervisorId: name a supervisor of this case other than yourself',
        {
          field: 'supervisorId',
        },
      );
    }
    return officerOf(supervisor);
  }

  private view(letter: PreservationLetter): LetterView {
    const sent = letter.sentAt ? Date.parse(letter.sentAt) : null;
    const until = sent === null ? null : sent + PRESERVATION_DAYS * DAY_MS;
    const remindAt = until === null ? null : until - EXTENSION_REMINDER_DAYS * DAY_MS;
    return {
      ...letter,
      preservedUntil: until === null ? null : new Date(until).toISOString(),
      extensionReminderAt: remindAt === null ? null : new Date(remindAt).toISOString(),
      extensionDue: remindAt !== null && this.now().getTime() >= remindAt && !letter.extendedBy,
    };
  }
}

function officerOf(u: { displayName: string; rank?: string | null; badge?: string | null }): Officer {
  return { name: u.displayName, rank: u.rank ?? null, badge: u.badge ?? null };
}
