/**
 * How long a failed job waits before its next attempt: what the platform asked for when it
 * answered 429 with Retry-After (never less than the usual wait, at most an hour, so a platform
 * cannot park a collection for days), else 2 s doubling with each attempt. The workspace shows the
 * resulting time ("casegraph will retry at 14:05").
 */
import { isAppError } from '../../common/errors.js';

/** The backoff type every casegraph job is queued with; the worker's strategy answers it. */
export const BACKOFF_TYPE = 'casegraph';

/** The first wait; each further attempt doubles it. */
export const FIRST_RETRY_MS = 2_000;

/** The longest a platform's Retry-After may delay an attempt. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

export function retryDelayMs(attemptsMade: number, error?: Error): number {
  const usual = FIRST_RETRY_MS * 2 ** Math.max(0, attemptsMade - 1);
  if (!isAppError(error) || error.code !== 'RATE_LIMITED') return usual;
  const seconds = Number(error.details.retryAfter);
  if (!Number.isFinite(seconds) || seconds <= 0) return usual;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(usual, seconds * 1000));
}
