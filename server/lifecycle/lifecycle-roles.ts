/**
 * Who may do what in the records lifecycle. Reviews, purges and reopening are a supervisor's
 * (28 CFR 23.20(h) asks for a reviewer with authority over the file); a legal hold is placed and
 * released by a supervisor or a prosecutor, who answers for discovery. Reach of the case is
 * checked before these, by the per-case guard.
 */
import { AppError } from '../../common/errors.js';
import type { Role } from '../auth/roles.js';
import type { SessionUser } from '../auth/session-user.js';

export const LIFECYCLE_ACTIONS = {
  review: ['SUPERVISOR'],
  purge: ['SUPERVISOR'],
  hold: ['SUPERVISOR', 'PROSECUTOR'],
  charge: ['SUPERVISOR', 'PROSECUTOR'],
  reopen: ['SUPERVISOR'],
  unassign: ['SUPERVISOR'],
} as const satisfies Record<string, readonly Role[]>;

export type LifecycleAction = keyof typeof LIFECYCLE_ACTIONS;

const WORDS: Record<LifecycleAction, string> = {
  review: 'review captures',
  purge: 'purge captures',
  hold: 'place or release legal holds',
  charge: 'record a charge',
  reopen: 'reopen a case',
  unassign: 'take people off a case',
};

/** FORBIDDEN unless the user's role may do the action. */
export function requireLifecycleRole(user: SessionUser, action: LifecycleAction): void {
  const roles: readonly Role[] = LIFECYCLE_ACTIONS[action];
  if (!roles.includes(user.role)) {
    const who = roles.map((r) => `${r.toLowerCase()}s`).join(' and ');
    throw new AppError('FORBIDDEN', `only ${who} may ${WORDS[action]}`);
  }
}

/** A reason a person writes: trimmed, 3 to 2000 characters. */
export function reasonOf(value: string, field = 'reason', what = 'say why'): string {
  const text = value.trim();
  if (text.length < 3 || text.length > 2000) {
    throw new AppError('BAD_USER_INPUT', `${field}: ${what} (3 to 2000 characters)`, { field });
  }
  return text;
}
