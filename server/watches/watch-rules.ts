/**
 * How often and how long a watch may run. A watch repeats a collection; the department policy
 * bounds how long any standing permission to collect lasts (`authorizationMaxDays`, the longest a
 * supervisor may approve a covert authorization for), and a watch is held to the same span, since
 * the policy names no limit of its own for repeated collection.
 */
import { AppError } from '../../common/errors.js';

export const HOUR_MS = 3_600_000;
/** At most once an hour: a watch is not a live feed, and every run is a gate decision and a capture. */
export const MIN_INTERVAL_HOURS = 1;
/** At least once every 30 days. */
export const MAX_INTERVAL_HOURS = 30 * 24;

export interface WatchSchedule {
  readonly intervalHours: number;
  /** ISO-8601 UTC. */
  readonly endsAt: string;
}

/** The interval and end date of a new watch, checked; BAD_USER_INPUT in words otherwise. */
export function checkWatchSchedule(
  input: { readonly intervalHours: number; readonly endsAt: string },
  now: Date,
  maxDays: number,
): WatchSchedule {
  const { intervalHours } = input;
  if (
    !Number.isInteger(intervalHours) ||
    intervalHours < MIN_INTERVAL_HOURS ||
    intervalHours > MAX_INTERVAL_HOURS
  ) {
    throw new AppError(
      'BAD_USER_INPUT',
      `a watch runs every ${MIN_INTERVAL_HOURS} to ${MAX_INTERVAL_HOURS} hours (30 days), in whole hours; ${intervalHours} is not`,
      { field: 'intervalHours' },
    );
  }
  const ends = Date.parse(input.endsAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(input.endsAt) || !Number.isFinite(ends)) {
    throw new AppError(
      'BAD_USER_INPUT',
      'the end date must be a date and time such as 2026-12-31T18:00:00Z',
      { field: 'endsAt' },
    );
  }
  if (ends <= now.getTime()) {
    throw new AppError('BAD_USER_INPUT', 'the end date must be in the future', { field: 'endsAt' });
  }
  const latest = now.getTime() + maxDays * 24 * HOUR_MS;
  if (ends > latest) {
    throw new AppError(
      'BAD_USER_INPUT',
      `the department policy lets a watch run at most ${maxDays} days: end it on or before ${new Date(latest).toISOString()}`,
      { field: 'endsAt', maxDays },
    );
  }
  return { intervalHours, endsAt: new Date(ends).toISOString() };
}
