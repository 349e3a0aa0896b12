/**
 * Signing in and out. A session is a random token in an httpOnly cookie; only its SHA-256 is
 * stored, so a copy of the database does not hand out live sessions. Repeated wrong passwords lock
 * the account for a while (the lock applies even to the right password). Every refusal answers the
 * same and takes as long, so neither the answer nor its timing tells which user names exist or
 * which accounts are locked.
 */
import crypto from 'node:crypto';
import { AppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import type { SignInAttempt, UserRecord, UserRepository } from '../../graph/repositories/user.repository.js';
import { UNMATCHABLE_HASH, verifyPassword } from './password.js';
import { isRole } from './roles.js';
import type { SessionUser } from './session-user.js';

const log = logger('auth');

export const LOGIN_LIMITS = {
  /** Wrong passwords in a row before the account locks. */
  maxFailures: 5,
  lockMinutes: 15,
  sessionHours: 12,
} as const;

/** The one answer to every refused sign-in: unknown name, wrong password, locked or disabled account. */
export const SIGN_IN_REFUSED =
  `wrong user name or password, or the account is locked for ${LOGIN_LIMITS.lockMinutes} minutes ` +
  `after ${LOGIN_LIMITS.maxFailures} wrong passwords`;

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

/** Why a counted attempt is refused, or null when it signs in. */
function refusalOf(counted: SignInAttempt | undefined, matches: boolean): string | null {
  if (!counted) return 'unknown user name';
  if (counted.user.disabled) return 'disabled user';
  if (counted.attempt > LOGIN_LIMITS.maxFailures) return 'account locked';
  return matches ? null : 'wrong password';
}

const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Signs a user in. The attempt is counted before the password is checked, and only the first
   * `maxFailures` attempts since the last success are judged on their password, so a burst of
   * parallel guesses gets no more tries than guesses one at a time. A password hash is checked on
   * every path (a dummy one for an unknown name, the real one on a locked account) and every
   * refusal is the same UNAUTHENTICATED answer.
   */
  async login(username: string, password: string): Promise<SignedIn> {
    const now = this.now();
    const lockUntil = new Date(now.getTime() + LOGIN_LIMITS.lockMinutes * 60_000).toISOString();
    const counted = await this.users.countSignInAttempt(
      username,
      now.toISOString(),
      LOGIN_LIMITS.maxFailures,
      lockUntil,
    );
    const matches = await verifyPassword(password, counted?.user.passwordHash ?? UNMATCHABLE_HASH);
    const refusal = refusalOf(counted, matches);
    if (!counted || refusal) {
      // The log, read only by operators, keeps the reason the answer does not give.
      log.warn({ user: username, attempt: counted?.attempt, refusal }, 'sign-in refused');
      throw new AppError('UNAUTHENTICATED', SIGN_IN_REFUSED);
    }
    const { user } = counted;
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
