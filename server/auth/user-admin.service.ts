/** Managing users: what administrators do, the first administrator, and the demo's users. */
import crypto from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import type { UserRepository } from '../../graph/repositories/user.repository.js';
import { toSessionUser } from './auth.service.js';
import { assertStrongPassword, hashPassword } from './password.js';
import { ROLES, type Role } from './roles.js';
import type { SessionUser } from './session-user.js';

const log = logger('auth');

export const newUserInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, '3 to 40 letters, digits, dots, dashes or underscores'),
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  unit: z.string().trim().min(1).max(80).nullable().default(null),
  /** Rank or title and badge number: evidence reports name operators and certifiers by them. */
  rank: z.string().trim().min(1).max(60).nullable().default(null),
  badge: z.string().trim().min(1).max(20).nullable().default(null),
  password: z.string().max(200),
});
export type NewUserInput = z.input<typeof newUserInput>;

export const roleChangeInput = z.object({
  role: z.enum(ROLES),
  unit: z.string().trim().min(1).max(80).nullable().default(null),
  reason: z.string().trim().min(5, 'say why the role changes (at least 5 characters)').max(500),
});
export type RoleChangeInput = z.input<typeof roleChangeInput>;

/** Who asks for a change, and from where, for the audit trail. */
export interface Actor {
  readonly user: SessionUser;
  readonly ip?: string | null;
  readonly userAgent?: string | null;
}

/** Parses input with a zod schema; BAD_USER_INPUT names the first field at fault. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'input';
  throw new AppError('BAD_USER_INPUT', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

/** The demo's users, one per role; their passwords are published in docs/users-and-access.md. */
export const DEMO_USERS: readonly (NewUserInput & { role: Role })[] = [
  {
    username: 'detective',
    displayName: 'Det. Dana Reyes',
    role: 'DETECTIVE',
    unit: 'CID',
    rank: 'Detective',
    badge: '4127',
    password: 'Badge-4127-river',
  },
  {
    username: 'analyst',
    displayName: 'Alex Kim (analyst)',
    role: 'ANALYST',
    unit: 'CID',
    rank: 'Crime Analyst',
    password: 'Graph-2291-harbor',
  },
  {
    username: 'prosecutor',
    displayName: 'ADA Pat Morgan',
    role: 'PROSECUTOR',
    unit: null,
    rank: 'Assistant District Attorney',
    password: 'Court-8832-ledger',
  },
  {
    username: 'supervisor',
    displayName: 'Sgt. Sam Ortiz',
    role: 'SUPERVISOR',
    unit: 'CID',
    rank: 'Sergeant',
    badge: '2210',
    password: 'Shift-5510-review',
  },
  {
    username: 'admin',
    displayName: 'System Administrator',
    role: 'ADMIN',
    unit: null,
    password: 'Users-7741-manage',
  },
];

export class UserAdminService {
  constructor(private readonly users: UserRepository) {}

  /** Creates a user after checking the input and the password's strength. */
  async create(input: NewUserInput): Promise<SessionUser> {
    const user = parseInput(newUserInput, input);
    assertStrongPassword(user.password, user.username);
    const id = `user-${crypto.randomUUID()}`;
    const { password, ...rest } = user;
    await this.users.create(
      { ...rest, id, passwordHash: await hashPassword(password) },
      new Date().toISOString(),
    );
    log.info({ user: user.username, role: user.role }, 'user created');
    return toSessionUser((await this.users.byId(id))!);
  }

  /**
   * Changes another user's role and unit, recording who did it and why in the audit trail. Nobody
   * changes their own: an administrator could otherwise make themselves the supervisor of any unit
   * and read its cases.
   */
  async setRole(actor: Actor, id: string, change: RoleChangeInput): Promise<SessionUser> {
    if (id === actor.user.id) {
      throw new AppError('FORBIDDEN', 'nobody changes their own role or unit; ask another administrator');
    }
    const { role, unit, reason } = parseInput(roleChangeInput, change);
    const audit = {
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      actorId: actor.user.id,
      ip: actor.ip ?? null,
      userAgent: actor.userAgent ?? null,
      reason,
    };
    if (!(await this.users.changeRole(id, { role, unit }, audit))) {
      throw new AppError('NOT_FOUND', `user ${id} not found`);
    }
    log.info({ user: id, role, unit, by: actor.user.username }, 'role changed');
    return this.get(id);
  }

  /** Disabling ends the user's sessions at once. */
  async setDisabled(id: string, disabled: boolean): Promise<SessionUser> {
    await this.users.update(id, { disabled });
    if (disabled) await this.users.deleteSessionsOf(id);
    return this.get(id);
  }

  async resetPassword(id: string, password: string): Promise<SessionUser> {
    const user = await this.users.byId(id);
    if (!user) throw new AppError('NOT_FOUND', `user ${id} not found`);
    assertStrongPassword(password, user.username);
    await this.users.update(id, { passwordHash: await hashPassword(password) });
    await this.users.clearFailures(id);
    await this.users.deleteSessionsOf(id);
    return this.get(id);
  }

  async list(limit: number): Promise<SessionUser[]> {
    return (await this.users.list(limit)).map(toSessionUser);
  }

  /** Colleagues to assign to a case: at least two characters of a name, never administrators. */
  async colleagues(text: string, limit: number): Promise<SessionUser[]> {
    const needle = text.trim();
    if (needle.length < 2) throw new AppError('BAD_USER_INPUT', 'search: type at least 2 characters');
    return (await this.users.searchColleagues(needle, limit)).map(toSessionUser);
  }

  private async get(id: string): Promise<SessionUser> {
    const user = await this.users.byId(id);
    if (!user) throw new AppError('NOT_FOUND', `user ${id} not found`);
    return toSessionUser(user);
  }

  /** On first start, the administrator named by configuration; nothing when one exists already. */
  async ensureFirstAdmin(admin: { user: string | undefined; password: string | undefined }): Promise<void> {
    if (!admin.user || !admin.password) return;
    if (await this.users.byUsername(admin.user.toLowerCase())) return;
    await this.create({
      username: admin.user,
      displayName: admin.user,
      role: 'ADMIN',
      password: admin.password,
    });
  }

  /** The demo's users (idempotent). */
  async seedDemoUsers(): Promise<void> {
    for (const demo of DEMO_USERS) {
      if (!(await this.users.byUsername(demo.username))) await this.create(demo);
    }
  }
}
