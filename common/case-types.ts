/** Vocabulary of a case shared by the graph layer, the services and the API. */

/** How a person figures in a case. */
export const PERSON_ROLES = ['MISSING', 'WANTED', 'SUSPECT', 'VICTIM', 'WITNESS'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** A case is open for work until closed with a reason. */
export const CASE_STATUSES = ['OPEN', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
