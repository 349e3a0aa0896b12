/**
 * The custody ledger's vocabulary, shared by everything that records what happened to evidence:
 * the capture pipeline (CAPTURED), the API (VIEWED, ANNOTATED), linking (LINKED), authorizations
 * and exports. The ledger itself lives in evidence/custody/.
 */
export const CUSTODY_EVENT_TYPES = [
  'CAPTURED',
  'VIEWED',
  'ANNOTATED',
  'LINKED',
  'UNLINKED',
  'EXPORTED',
  'AUTHORIZATION_GRANTED',
  'AUTHORIZATION_REVOKED',
  'DERIVED',
  'PURGED',
  /** Records lifecycle (server/lifecycle/): a review that kept a capture, holds, case status. */
  'REVIEWED',
  'HOLD_PLACED',
  'HOLD_RELEASED',
  'CASE_CLOSED',
  'CASE_REOPENED',
] as const;
export type CustodyEventType = (typeof CUSTODY_EVENT_TYPES)[number];

/** One event as its author states it; the ledger adds sequence, time, previous hash and hash. */
export interface CustodyEventInput {
  readonly caseId: string;
  readonly type: CustodyEventType;
  /** User id, or `system:<component>` for events casegraph records on its own. */
  readonly actorId: string;
  /** SHA-256 (hex) of every artifact the event concerns; may be empty. */
  readonly artifactHashes: readonly string[];
  /** Plain JSON: what was done, to which node ids, with which parameters. */
  readonly details: Readonly<Record<string, unknown>>;
}

/** An event as stored: chained to the previous event of the same case. */
export interface CustodyEvent extends CustodyEventInput {
  readonly seq: number;
  /** ISO-8601 UTC with milliseconds. */
  readonly at: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** What other parts of casegraph need from the ledger: appending, never editing. */
export interface CustodyRecorder {
  /**
   * With `once`, a second append under the same key (a retried job's) returns the event the first
   * one stored instead of adding another.
   */
  append(event: CustodyEventInput, once?: { readonly key: string }): Promise<CustodyEvent>;
}
