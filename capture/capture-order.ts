/**
 * What a capture is asked to do and under which authority: the gate's stored request (read once
 * by the collect job) and the claims of the decision that allows it. The capture room reads only
 * these fields, so it does not depend on the gate's own types.
 */
import type {
  CollectionMethod,
  CollectionTarget,
  DecisionClaims,
  Device,
} from '../common/collection-types.js';

export interface CaptureOrder {
  readonly requestId: string;
  readonly caseId: string;
  readonly requesterId: string;
  readonly purpose: string;
  readonly target: CollectionTarget;
  readonly method: CollectionMethod;
  readonly device: Device;
  readonly persona: { readonly handle: string } | null;
  readonly predicate: unknown;
}

/** One run of a capture: the order, the verified decision, and the job attempt that runs it. */
export interface CaptureRun {
  readonly order: CaptureOrder;
  readonly claims: DecisionClaims;
  /** The gate-signed token; the guarded fetch verifies it again on every request. */
  readonly token: string;
  readonly captureId: string;
  readonly startedAt: string;
}

/** Caps on one capture: per response, per request, and for the whole job. */
export const COLLECT_LIMITS = {
  maxBytes: 25 * 2 ** 20,
  timeoutMs: 30_000,
  maxRedirects: 5,
  jobMs: 10 * 60_000,
};
