/**
 * The rules of casework: who opens a case, what goes into one, and who may change it. Resolvers
 * call these after the per-case guard; the repositories do the Cypher.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { PERSON_ROLES } from '../../common/case-types.js';
import { checkTarget, isWebAddress } from '../../collectors/target-syntax.js';
import { PLATFORMS, PURPOSES, type Platform } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import type { CaseContentRepository } from '../../graph/repositories/case-content.repository.js';
import type { CaseRecord, CaseRepository } from '../../graph/repositories/case.repository.js';
import type { UserRepository } from '../../graph/repositories/user.repository.js';
import { parseNodeRef } from '../analysis/node-ref.js';
import { parseInput } from '../auth/user-admin.service.js';
import type { SessionUser } from '../auth/session-user.js';

const newCase = z.object({
  number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,39}$/, '3 to 40 letters, digits or dashes'),
  title: z.string().trim().min(3).max(200),
  purpose: z.enum(PURPOSES),
  description: z.string().trim().max(4000).nullable().default(null),
});
const caseChanges = z.object({
  title: z.string().trim().min(3).max(200).optional(),
  description: z.string().trim().max(4000).nullable().optional(),
});
const newPerson = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.enum(PERSON_ROLES),
  notes: z.string().trim().max(4000).nullable().default(null),
});
const newAccount = z
  .object({
    platform: z.enum(PLATFORMS),
    handle: z.string().trim().min(1).max(200).optional(),
    url: z.string().trim().url().max(2000).optional(),
  })
  .refine((a) => Boolean(a.handle) !== Boolean(a.url), {
    message: 'give either a handle or a URL',
    path: ['handle'],
  });
/** A stable key for an account added by hand, so adding it twice finds the same node. */
export function manualAccountKey(handle: string | undefined, url: string | undefined): string {
  if (url) return `url:${new URL(url).href}`;
  return `handle:${handle!.replace(/^@/, '').toLowerCase()}`;
}

/**
 * A hand-added account is named the way its platform names accounts (the collect form's rules),
 * so it can merge with the account a capture later reads; a URL must be a web address.
 */
function requireAccountSyntax(a: {
  platform: Platform;
  handle?: string | undefined;
  url?: string | undefined;
}) {
  if (a.url !== undefined) {
    if (!isWebAddress(a.url)) {
      throw new AppError('BAD_USER_INPUT', `url: "${a.url}" is not an http(s) address`, { field: 'url' });
    }
    return;
  }
  const problem = checkTarget(a.platform, 'handle', a.handle ?? '');
  if (problem) throw new AppError('BAD_USER_INPUT', `handle: ${problem}`, { field: 'handle' });
}

export class CaseService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly content: CaseContentRepository,
    private readonly users: UserRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Detectives and supervisors open cases; the creator is assigned and the case takes their unit. */
  async create(user: SessionUser, input: unknown): Promise<CaseRecord> {
    if (user.role !== 'DETECTIVE' && user.role !== 'SUPERVISOR') {
      throw new AppError('FORBIDDEN', `a ${user.role.toLowerCase()} may not open a case`);
    }
    const c = parseInput(newCase, input);
    const id = `case-${crypto.randomUUID()}`;
    await this.cases.create({
      ...c,
      id,
      status: 'OPEN',
      unit: user.unit,
      createdAt: this.now().toISOString(),
      createdBy: user.id,
    });
    return (await this.cases.byId(id))!;
  }

  async update(caseId: string, input: unknown): Promise<CaseRecord> {
    const changes = parseInput(caseChanges, input);
    await this.cases.update(caseId, changes);
    return (await this.cases.byId(caseId))!;
  }

  /** Closing keeps everything; a closed case takes no new collections (the gate's case-status rule). */
  async close(caseId: string, reason: string): Promise<CaseRecord> {
    const why = reason.trim();
    if (why.length < 3)
      throw new AppError('BAD_USER_INPUT', 'reason: say why the case is closed', { field: 'reason' });
    await this.cases.update(caseId, {
      status: 'CLOSED',
      closedAt: this.now().toISOString(),
      closedReason: why,
    });
    return (await this.cases.byId(caseId))!;
  }

  /** Administrators manage users, not cases, so they are never assigned. */
  async assign(actor: SessionUser, caseId: string, userId: string): Promise<void> {
    const target = await this.users.byId(userId);
    if (!target) throw new AppError('NOT_FOUND', `user ${userId} not found`, { field: 'userId' });
    if (target.role === 'ADMIN')
      throw new AppError('BAD_USER_INPUT', 'administrators are not assigned to cases');
    await this.cases.assign(caseId, userId, actor.id, this.now().toISOString());
  }

  async addPerson(actor: SessionUser, caseId: string, input: unknown): Promise<string> {
    const person = parseInput(newPerson, input);
    const id = `person-${crypto.randomUUID()}`;
    await this.content.addPerson(caseId, { ...person, id }, actor.id, this.now().toISOString());
    return id;
  }

  /** Adds an account by platform and handle or URL; returns its node reference. */
  async addAccount(caseId: string, input: unknown): Promise<string> {
    const a = parseInput(newAccount, input);
    requireAccountSyntax(a);
    const platformId = manualAccountKey(a.handle, a.url);
    // The case may already hold the account under the platform's id: that node is the one added.
    const [key] = await this.content.addAccounts(caseId, [
      { platform: a.platform, platformId, handle: a.handle?.replace(/^@/, '') ?? null, url: a.url ?? null },
    ]);
    return `account:${a.platform}:${key ?? platformId}`;
  }

  /** Adds a note to any node of the case; NOT_FOUND when the node is not in it. */
  async annotate(actor: SessionUser, caseId: string, ref: string, text: string): Promise<string> {
    const body = text.trim();
    if (!body || body.length > 4000)
      throw new AppError('BAD_USER_INPUT', 'text: 1 to 4000 characters', { field: 'text' });
    const id = `note-${crypto.randomUUID()}`;
    const ok = await this.content.annotate(caseId, parseNodeRef(ref), {
      id,
      text: body,
      by: actor.id,
      at: this.now().toISOString(),
    });
    if (!ok) throw new AppError('NOT_FOUND', `${ref} is not in this case`);
    return id;
  }
}
