import { AppError } from '../../common/errors.js';
import { int, type GraphClient } from '../graph-client.js';
import type { AuditRecord } from './audit.repository.js';

/** A user as stored, password hash included; never leaves the auth layer. */
export type UserRecord = {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly unit: string | null;
  /** Rank or title and badge number, as evidence reports name the user; optional. */
  readonly rank?: string | null;
  readonly badge?: string | null;
  readonly passwordHash: string;
  readonly disabled: boolean;
  /** Sign-in attempts since the last successful one (the one being checked included). */
  readonly failedLogins: number;
  /** ISO time until which sign-in is refused, or null. */
  readonly lockedUntil: string | null;
  readonly createdAt: string;
};

export type NewUser = Omit<UserRecord, 'disabled' | 'failedLogins' | 'lockedUntil' | 'createdAt'>;

/** A counted sign-in attempt: the user as stored after counting, and this attempt's number. */
export type SignInAttempt = { readonly user: UserRecord; readonly attempt: number };

/** Who changes a user's role, when, why, and from where; becomes an AuditEvent. */
export type RoleChangeAudit = Pick<AuditRecord, 'id' | 'at' | 'actorId' | 'ip' | 'userAgent'> & {
  readonly reason: string;
};

const FIELDS = `u.id AS id, u.username AS username, u.displayName AS displayName, u.role AS role,
  u.unit AS unit, u.rank AS rank, u.badge AS badge, u.passwordHash AS passwordHash,
  coalesce(u.disabled, false) AS disabled,
  coalesce(u.failedLogins, 0) AS failedLogins, u.lockedUntil AS lockedUntil, u.createdAt AS createdAt`;

/** Users, their sign-in state and their sessions. */
export class UserRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Creates a user; CONFLICT when the user name is taken. */
  async create(user: NewUser, now: string): Promise<void> {
    const rows = await this.graph.write<{ created: boolean }>(
      `OPTIONAL MATCH (existing:User {username: $user.username})
       WITH existing WHERE existing IS NULL
       CREATE (u:User) SET u = $user, u.createdAt = $now, u.failedLogins = 0, u.disabled = false
       RETURN true AS created`,
      { user, now },
    );
    if (!rows[0])
      throw new AppError('CONFLICT', `user name ${user.username} is taken`, { field: 'username' });
  }

  async byUsername(username: string): Promise<UserRecord | undefined> {
    const rows = await this.graph.read<UserRecord>(`MATCH (u:User {username: $username}) RETURN ${FIELDS}`, {
      username,
    });
    return rows[0];
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    const rows = await this.graph.read<UserRecord>(`MATCH (u:User {id: $id}) RETURN ${FIELDS}`, { id });
    return rows[0];
  }

  async list(limit: number): Promise<UserRecord[]> {
    return this.graph.read<UserRecord>(`MATCH (u:User) RETURN ${FIELDS} ORDER BY u.username LIMIT $limit`, {
      limit: int(limit),
    });
  }

  /** Enabled, non-administrator users whose user name or display name contains `text`. */
  async searchColleagues(text: string, limit: number): Promise<UserRecord[]> {
    return this.graph.read<UserRecord>(
      `MATCH (u:User) WHERE u.role <> 'ADMIN' AND NOT coalesce(u.disabled, false)
         AND (u.username CONTAINS $text OR toLower(u.displayName) CONTAINS $text)
       RETURN ${FIELDS} ORDER BY u.username LIMIT $limit`,
      { text: text.toLowerCase(), limit: int(limit) },
    );
  }

  async countByRole(role: string): Promise<number> {
    const rows = await this.graph.read<{ n: number }>('MATCH (u:User {role: $role}) RETURN count(u) AS n', {
      role,
    });
    return rows[0]?.n ?? 0;
  }

  /**
   * Counts a sign-in attempt on the user named `username` before its password is checked, and
   * returns the user with the attempt's number, in one statement: Neo4j write-locks the node before
   * reading a property that a SET depends on, so parallel attempts each get their own number and a
   * burst cannot slip past the limit. The attempt that reaches `limit` locks the account until
   * `lockUntil`; once a lock has run out the count starts again. Undefined for an unknown name.
   */
  async countSignInAttempt(
    username: string,
    now: string,
    limit: number,
    lockUntil: string,
  ): Promise<SignInAttempt | undefined> {
    const rows = await this.graph.write<UserRecord & { attempt: number }>(
      `MATCH (u:User {username: $username})
       SET u.failedLogins = CASE WHEN u.lockedUntil IS NOT NULL AND u.lockedUntil <= $now THEN 1
                                 ELSE coalesce(u.failedLogins, 0) + 1 END
       SET u.lockedUntil = CASE WHEN u.failedLogins < $limit THEN null
                                WHEN u.lockedUntil > $now THEN u.lockedUntil
                                ELSE $lockUntil END
       RETURN ${FIELDS}, u.failedLogins AS attempt`,
      { username, now, limit: int(limit), lockUntil },
      // Sign-in state is no case content: an attempt must not invalidate every cached case read.
      { changesCaseContent: false },
    );
    const row = rows[0];
    if (!row) return undefined;
    const { attempt, ...user } = row;
    return { user, attempt };
  }

  async clearFailures(id: string): Promise<void> {
    await this.graph.write(
      'MATCH (u:User {id: $id}) SET u.failedLogins = 0, u.lockedUntil = null',
      { id },
      { changesCaseContent: false },
    );
  }

  /**
   * Sets a user's role and unit and records the change as an AuditEvent about the user, in one
   * transaction, so no change lands without its record. The event's detail names the old and new
   * role and unit and the reason. False for an unknown user (nothing is written).
   */
  async changeRole(
    id: string,
    to: Pick<UserRecord, 'role' | 'unit'>,
    audit: RoleChangeAudit,
  ): Promise<boolean> {
    const rows = await this.graph.write<{ id: string }>(
      // The first SET write-locks the user, so the role read after it is the one being replaced.
      `MATCH (u:User {id: $id})
       SET u.roleChangedAt = $audit.at
       WITH u, u.role AS fromRole, u.unit AS fromUnit
       SET u.role = $to.role, u.unit = $to.unit
       CREATE (e:AuditEvent {id: $audit.id, at: $audit.at, actorId: $audit.actorId,
         action: 'USER_ROLE_CHANGED', outcome: 'DONE', subjectType: 'User', subjectId: u.id,
         detail: 'from ' + fromRole + coalesce(' of ' + fromUnit, '') + ' to ' + $to.role
           + coalesce(' of ' + $to.unit, '') + ': ' + $audit.reason,
         ip: $audit.ip, userAgent: $audit.userAgent})
       CREATE (e)-[:ABOUT]->(u)
       RETURN u.id AS id`,
      { id, to: { role: to.role, unit: to.unit }, audit: { ...audit } },
    );
    return rows.length > 0;
  }

  /** Changes what an administrator may change, role aside (changeRole); NOT_FOUND for an unknown user. */
  async update(
    id: string,
    changes: Partial<Pick<UserRecord, 'disabled' | 'passwordHash' | 'displayName'>>,
  ): Promise<void> {
    const rows = await this.graph.write<{ id: string }>(
      'MATCH (u:User {id: $id}) SET u += $changes RETURN u.id AS id',
      { id, changes },
    );
    if (!rows[0]) throw new AppError('NOT_FOUND', `user ${id} not found`);
  }

  async createSession(tokenHash: string, userId: string, now: string, expiresAt: string): Promise<void> {
    await this.graph.write(
      `MATCH (u:User {id: $userId})
       CREATE (s:Session {tokenHash: $tokenHash, userId: $userId, createdAt: $now, expiresAt: $expiresAt})
       CREATE (s)-[:OF]->(u)`,
      { tokenHash, userId, now, expiresAt },
    );
  }

  /** The user of a live session, or undefined (expired sessions and disabled users count as none). */
  async sessionUser(tokenHash: string, now: string): Promise<UserRecord | undefined> {
    const rows = await this.graph.read<UserRecord>(
      `MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
       WHERE s.expiresAt > $now AND NOT coalesce(u.disabled, false)
       RETURN ${FIELDS}`,
      { tokenHash, now },
    );
    return rows[0];
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.graph.write('MATCH (s:Session {tokenHash: $tokenHash}) DETACH DELETE s', { tokenHash });
  }

  /** Ends every session of a user (disabled, password reset). */
  async deleteSessionsOf(userId: string): Promise<void> {
    await this.graph.write('MATCH (s:Session {userId: $userId}) DETACH DELETE s', { userId });
  }
}
