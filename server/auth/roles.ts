/**
 * Roles and what each may do on a case. One table, read by every resolver through
 * `requireCaseAccess`, so a role's powers are decided in one place.
 */
export const ROLES = ['DETECTIVE', 'ANALYST', 'PROSECUTOR', 'SUPERVISOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Things a user does to a case. */
export const CASE_ACTIONS = ['read', 'edit', 'collect', 'analyse', 'export', 'authorize'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/**
 * Prosecutors read and export, never edit or collect; analysts read and link; detectives do the
 * casework; supervisors oversee their unit's cases and authorize covert methods. Admins manage users
 * and see no case content by default (28 CFR 23.20(e): need and right to know).
 */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly CaseAction[]>> = {
  DETECTIVE: ['read', 'edit', 'collect', 'analyse', 'export'],
  ANALYST: ['read', 'analyse'],
  PROSECUTOR: ['read', 'export'],
  SUPERVISOR: ['read', 'edit', 'collect', 'analyse', 'export', 'authorize'],
  ADMIN: [],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function roleMay(role: Role, action: CaseAction): boolean {
  return ROLE_ACTIONS[role].includes(action);
}
