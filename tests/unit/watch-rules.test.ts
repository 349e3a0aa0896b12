import { parseConfig } from '../../common/config.js';
import { AppError } from '../../common/errors.js';
import { checkWatchSchedule } from '../../server/watches/watch-rules.js';

/** A watch's interval and end date, and the test-only scheduler interval the configuration guards. */
describe('watch schedule rules', () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const refusal = (intervalHours: number, endsAt: string): string => {
    try {
      checkWatchSchedule({ intervalHours, endsAt }, now, 30);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      return (error as AppError).message;
    }
    throw new Error('the schedule was accepted');
  };

  it('accepts hourly to every 30 days, ending within the policy span', () => {
    expect(checkWatchSchedule({ intervalHours: 1, endsAt: '2026-12-03T10:00:00Z' }, now, 30)).toEqual({
      intervalHours: 1,
      endsAt: '2026-12-03T10:00:00.000Z',
    });
    expect(
      checkWatchSchedule({ intervalHours: 720, endsAt: '2027-01-01T10:00:00Z' }, now, 30).intervalHours,
    ).toBe(720);
  });

  it('refuses intervals outside 1 to 720 whole hours and end dates outside the span, in words', () => {
    expect(refusal(0, '2026-12-03T10:00:00Z')).toMatch(/every 1 to 720 hours/);
    expect(refusal(721, '2026-12-03T10:00:00Z')).toMatch(/every 1 to 720 hours/);
    expect(refusal(1.5, '2026-12-03T10:00:00Z')).toMatch(/in whole hours/);
    expect(refusal(6, 'soon')).toMatch(/a date and time such as/);
    expect(refusal(6, '2026-12-02T09:59:59Z')).toMatch(/must be in the future/);
    expect(refusal(6, '2027-01-01T10:00:01Z')).toBe(
      'the department policy lets a watch run at most 30 days: end it on or before 2027-01-01T10:00:00.000Z',
    );
  });

  it('takes the test-only scheduler interval only under NODE_ENV=test', () => {
    expect(parseConfig({ NODE_ENV: 'test', CASEGRAPH_WATCH_TEST_EVERY_MS: '1500' }).watchTestEveryMs).toBe(
      1500,
    );
    expect(parseConfig({}).watchTestEveryMs).toBeUndefined();
    for (const env of ['production', 'development']) {
      expect(() => parseConfig({ NODE_ENV: env, CASEGRAPH_WATCH_TEST_EVERY_MS: '1500' })).toThrow(
        /CASEGRAPH_WATCH_TEST_EVERY_MS: a test-only setting/,
      );
    }
  });
});
