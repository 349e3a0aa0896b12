import type { Role } from './roles.js';

/** The signed-in user as every resolver sees it. Never carries the password hash. */
export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** The unit a supervisor oversees, and the unit other users belong to. */
  readonly unit: string | null;
  /** Rank or title and badge number, when recorded. */
  readonly rank: string | null;
  readonly badge: string | null;
}
