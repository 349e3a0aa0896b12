/**
 * Persons of a case and their accounts: changing and removing a person, and tying or untying an
 * account with the basis and confidence of the tie. A tie is a finding about evidence, so each one
 * and each removal goes on the case's custody ledger (LINKED / UNLINKED) with what it rested on.
 * Resolvers call these after the per-case guard.
 */
import { z } from 'zod';
import { PERSON_ROLES } from '../../common/case-types.js';
import type { CustodyRecorder } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import type { PersonRepository, TieRecord } from '../../graph/repositories/person.repository.js';
import { parseNodeRef } from '../analysis/node-ref.js';
import { parseInput } from '../auth/user-admin.service.js';
import type { SessionUser } from '../auth/session-user.js';

const changes = z.object({
  name: z.string().trim().min(1, 'give the name as known').max(200).optional(),
  role: z.enum(PERSON_ROLES).optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});
const tie = z.object({
  confidence: z.number().min(0, 'from 0 (a guess) to 1 (certain)').max(1, 'from 0 (a guess) to 1 (certain)'),
  basis: z.string().trim().min(3, 'say what the tie rests on (at least 3 characters)').max(2000),
});
const reason = z.object({ reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(2000) });

export class PersonService {
  constructor(
    private readonly persons: PersonRepository,
    private readonly custody: CustodyRecorder,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Changes a person's name, role or notes; NOT_FOUND when the case has no such person. */
  async update(actor: SessionUser, caseId: string, personId: string, input: unknown): Promise<void> {
    const c = parseInput(changes, input);
    const ok = await this.persons.update(caseId, personId, c, actor.id, this.now().toISOString());
    if (!ok) throw new AppError('NOT_FOUND', 'this case has no such person', { field: 'personId' });
  }

  /** Removes a person from the case, keeping the record of who did it and why. */
  async remove(actor: SessionUser, caseId: string, personId: string, why: string): Promise<void> {
    const text = parseInput(reason, { reason: why }).reason;
    const name = await this.persons.remove(caseId, personId, actor.id, this.now().toISOString(), text);
    if (name === null) throw new AppError('NOT_FOUND', 'this case has no such person', { field: 'personId' });
  }

  /** Ties an account of the case to a person of the case; LINKED on the custody ledger. */
  async tie(actor: SessionUser, caseId: string, personId: string, accountRef: string, input: unknown) {
    const t = parseInput(tie, input);
    const at = this.now().toISOString();
    const record = await this.persons.tie(caseId, personId, parseNodeRef(accountRef), {
      ...t,
      by: actor.id,
      at,
    });
    if (!record) throw new AppError('NOT_FOUND', 'person or account not found in this case');
    await this.recordCustody('LINKED', actor, caseId, personId, record, null);
  }

  /** Unties them; UNLINKED on the custody ledger with the basis the tie had and why it went. */
  async untie(actor: SessionUser, caseId: string, personId: string, accountRef: string, why: string) {
    const text = parseInput(reason, { reason: why }).reason;
    const record = await this.persons.untie(caseId, personId, parseNodeRef(accountRef));
    if (!record) throw new AppError('NOT_FOUND', 'that person is not tied to that account in this case');
    await this.recordCustody('UNLINKED', actor, caseId, personId, record, text);
  }

  private async recordCustody(
    type: 'LINKED' | 'UNLINKED',
    actor: SessionUser,
    caseId: string,
    personId: string,
    record: TieRecord,
    why: string | null,
  ): Promise<void> {
    await this.custody.append({
      caseId,
      type,
      actorId: actor.id,
      artifactHashes: [...record.sourceSha256s],
      details: {
        decision: type === 'LINKED' ? 'PERSON_USES_ACCOUNT' : 'PERSON_TIE_REMOVED',
        person: `person:${personId}`,
        personName: record.personName,
        account: record.account,
        confidence: record.confidence,
        basis: record.basis,
        ...(why ? { reason: why } : {}),
      },
    });
  }
}
