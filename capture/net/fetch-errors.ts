/**
 * How HTTP outcomes become AppErrors the pipeline can act on: `details.retryable` says whether a
 * retry may help, `details.retryAfter` (seconds) how long to back off after a 429.
 */
import { AppError, isAppError } from '../../common/errors.js';

const DEFAULT_RETRY_AFTER_S = 60;

/** Seconds to wait from a Retry-After header (delta-seconds or HTTP-date). */
export function parseRetryAfter(value: string | undefined, nowMs = Date.now()): number {
  if (!value) return DEFAULT_RETRY_AFTER_S;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_S : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** The error for a non-2xx final response. */
export function statusError(
  url: string,
  status: number,
  headers: Readonly<Record<string, string>>,
): AppError {
  if (status === 429) {
    const retryAfter = parseRetryAfter(headers['retry-after']);
    return new AppError('RATE_LIMITED', `rate limited by ${new URL(url).host}, retry after ${retryAfter}s`, {
      url,
      status,
      retryAfter,
      retryable: true,
    });
  }
  if (status === 404 || status === 410) {
    // Deleted or never there: retrying will not bring it back.
    return new AppError('NOT_FOUND', `${url} answered ${status}`, { url, status, retryable: false });
  }
  return new AppError('FETCH_FAILED', `${url} answered ${status}`, {
    url,
    status,
    retryable: status >= 500,
  });
}

/** Whether the pipeline should retry after this error. */
export function isRetryable(error: unknown): boolean {
  return isAppError(error) && error.details.retryable === true;
}
