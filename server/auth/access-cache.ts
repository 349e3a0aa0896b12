/**
 * Short-lived memory of who is signed in and which cases they reach, so a request does not pay two
 * Neo4j round trips before its own query (measured: ~4 ms each on the reference machine, most of a
 * small query's cost). Changes made through this process (sign-out, disabling a user, a new role or
 * password, an assignment) take effect at once; changes made by another casegraph process within
 * twice `ttlMs` (2 s by default), since an expired answer is served once more while it reloads.
 */
import type { SessionUser } from './session-user.js';
import { ReloadingCache } from '../infra/reloading-cache.js';

export class AccessCache {
  private readonly sessions: ReloadingCache<SessionUser | null>;
  private readonly reach: ReloadingCache<boolean>;

  constructor(ttlMs = 2000, max = 10_000) {
    this.sessions = new ReloadingCache(ttlMs, max);
    this.reach = new ReloadingCache(ttlMs, max);
  }

  /** The session token's user, loaded with `load` when not remembered. */
  user(token: string, load: () => Promise<SessionUser | null>): Promise<SessionUser | null> {
    return this.sessions.get(token, load);
  }

  /** Whether the user reaches the case, loaded with `load` when not remembered. */
  reaches(userId: string, caseId: string, load: () => Promise<boolean>): Promise<boolean> {
    return this.reach.get(`${userId}\n${caseId}`, load);
  }

  forgetToken(token: string): void {
    this.sessions.delete(token);
  }

  /** After a change to the user (role, unit, disabled, password) or their assignments. */
  forgetUser(userId: string): void {
    this.sessions.deleteWhere((_, user) => user?.id === userId);
    this.reach.deleteWhere((key) => key.startsWith(`${userId}\n`));
  }

  /** After a change to a case that can change who reaches it (its unit, assignments). */
  forgetCase(caseId: string): void {
    this.reach.deleteWhere((key) => key.endsWith(`\n${caseId}`));
  }
}
