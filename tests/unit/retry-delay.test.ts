import { AppError } from '../../common/errors.js';
import { MAX_RETRY_AFTER_MS, retryDelayMs } from '../../server/jobs/retry-delay.js';

describe('the wait before a job is tried again', () => {
  const limited = (retryAfter: unknown) => new AppError('RATE_LIMITED', 'rate limited', { retryAfter });

  it('doubles from 2 s for an ordinary failure', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, new AppError('FETCH_FAILED', 'reset')))).toEqual([
      2_000, 4_000, 8_000,
    ]);
  });

  it("waits as long as the platform's Retry-After asks, never less than usual, at most an hour", () => {
    expect(retryDelayMs(1, limited(7))).toBe(7_000);
    expect(retryDelayMs(3, limited(1))).toBe(8_000);
    expect(retryDelayMs(1, limited(86_400))).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelayMs(1, limited('soon'))).toBe(2_000);
    expect(retryDelayMs(1, limited(undefined))).toBe(2_000);
  });
});
