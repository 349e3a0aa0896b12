/**
 * Signing in and out. A session is a random token in an httpOnly cookie; only its SHA-256 is
 * stored, so a copy of the database does not hand out live sessions. Repeated wrong passwords lock
 * the account for a while (the lock applies even to the right password).
 */
import crypto from 'node:crypto';
import { AppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import type { UserRecord, UserRepository } from '../../graph/repositories/user.repository.js';
import { verifyPassword } from './password.js';
import { isRole } from './roles.js';
import type { SessionUser } from './session-user.js';

const log = logger('auth');

export const LOGIN_LIMITS = {
  /** Wrong passwords in a row before the account locks. */
  maxFailures: 5,
  lockMinutes: 15,
  sessionHours: 12,
} as const;

/** What a sign-in hands the HTTP layer: the cookie's token and who it belongs to. */
export interface SignedIn {
  readonly token: string;
  readonly expiresAt: Date;
  readonly user: SessionUser;
}

/** The user as resolvers see it: no hash, no counters. */
export function toSessionUser(
  record: Pick<UserRecord, 'id' | 'username' | 'displayName' | 'role' | 'unit' | 'rank' | 'badge'>,
): SessionUser {
  if (!isRole(record.role)) throw new AppError('INTERNAL', `user ${record.id} has an unknown role`);
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    role: record.role,
    unit: record.unit,
    rank: record.rank ?? null,
    badge: record.badge ?? null,
  };
}

const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Signs a user in; the same UNAUTHENTICATED answer for an unknown name and a wrong password. */
  async login(username: string, password: string): Promise<SignedIn> {
    const user = await this.users.byUsername(username);
    const now = this.now();
    if (!user || user.disabled) {
      // Spend the same time as a real check, so timing does not reveal which names exist.
      await verifyPassword(password, 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + 'A'.repeat(43));
      throw new AppError('UNAUTHENTICATED', 'wrong user name or password');
    }
    if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
      throw new AppError('ACCOUNT_LOCKED', `too many wrong passwords; try again after ${user.lockedUntil}`);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      const lockUntil = new Date(now.getTime() + LOGIN_LIMITS.lockMinutes * 60_000).toISOString();
      const failures = await this.users.recordFailure(user.id, LOGIN_LIMITS.maxFailures, lockUntil);
      log.warn({ user: user.username, failures }, 'wrong password');
      if (failures >= LOGIN_LIMITS.maxFailures) {
        throw new AppError('ACCOUNT_LOCKED', `too many wrong passwords; try again after ${lockUntil}`);
      }
      throw new AppError('UNAUTHENTICATED', 'wrong user name or password');
    }
    await this.users.clearFailures(user.id);
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + LOGIN_LIMITS.sessionHours * 3_600_000);
    await this.users.createSession(tokenHash(token), user.id, now.toISOString(), expiresAt.toISOString());
    log.info({ user: user.username }, 'signed in');
    return { token, expiresAt, user: toSessionUser(user) };
  }

  /** The user of a session cookie, or null when it is missing, unknown or expired. */
  async userForToken(token: string | undefined): Promise<SessionUser | null> {
    if (!token) return null;
    const user = await this.users.sessionUser(tokenHash(token), this.now().toISOString());
    return user ? toSessionUser(user) : null;
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.users.deleteSession(tokenHash(token));
  }
}
