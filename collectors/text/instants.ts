/**
 * Times as platforms write them, turned into exact instants (ISO-8601 UTC, milliseconds) or
 * refused with the reason. An evidence timeline must not guess: JavaScript's Date rolls 30 February
 * over into March and reads a date without a zone in the server's own time zone, so nothing here
 * goes through Date.parse. A time that cannot be read exactly is null with its reason, and the
 * collector keeps the reason (and the time as written) in the entity's details.
 */

/** An instant read exactly, with what the reader had to assume; or null and why. */
export type Instant =
  { readonly iso: string; readonly note?: string } | { readonly iso: null; readonly reason: string };

/** A calendar date and wall-clock time, with the offset from UTC it was written in. */
export interface CivilTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC. */
  readonly offsetMinutes: number;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a civil time names no real instant (30 February, 25:00), or null when it does. */
export function impossibility(t: CivilTime): string | null {
  if (t.year < 1 || t.year > 9999) return `year ${t.year} is out of range`;
  if (t.month < 1 || t.month > 12) return `month ${t.month} does not exist`;
  if (t.day < 1 || t.day > daysIn(t.year, t.month))
    return `day ${t.day} does not exist in ${t.year}-${String(t.month).padStart(2, '0')}`;
  if (t.hour > 23) return `hour ${t.hour} does not exist`;
  if (t.minute > 59) return `minute ${t.minute} does not exist`;
  // A leap second (:60) is a real instant, but no ISO-8601 instant in JavaScript can hold it.
  if (t.second > 59) return `second ${t.second} cannot be represented exactly`;
  if (Math.abs(t.offsetMinutes) > 18 * 60) return `offset of ${t.offsetMinutes} minutes is out of range`;
  return null;
}

/** The instant a civil time names, or the reason it names none. */
export function civilInstant(t: CivilTime, note?: string): Instant {
  const reason = impossibility(t);
  if (reason) return { iso: null, reason };
  const local = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts the year back as written.
  const fixed = new Date(local);
  fixed.setUTCFullYear(t.year);
  const iso = new Date(fixed.getTime() - t.offsetMinutes * 60_000).toISOString();
  return note ? { iso, note } : { iso };
}

/** Milliseconds of a fraction of a second as written (`.5` is 500), truncated below a millisecond. */
export function fractionMs(fraction: string | undefined): number {
  return fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/** Minutes east of UTC of an RFC 3339 offset (`Z`, `+05:30`, `-0800`). */
function offsetOf(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/**
 * An RFC 3339 / W3C-DTF time (Atom, Dublin Core, Telegram's `datetime`). A time without a zone is
 * read as UTC and says so; a date alone is its midnight UTC, and says so.
 */
export function rfc3339Instant(value: string): Instant {
  const m = RFC3339.exec(value.trim());
  if (!m) return { iso: null, reason: `“${value.trim()}” is not an RFC 3339 date-time` };
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const note = !h
    ? 'a date without a time; read as its midnight UTC'
    : !zone
      ? 'no zone given; read as UTC'
      : undefined;
  return civilInstant(
    {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
      millisecond: fractionMs(frac),
      offsetMinutes: zone ? offsetOf(zone) : 0,
    },
    note,
  );
}

/** Seconds since the Unix epoch (Reddit's `created_utc`) as an exact instant; throws when it is none. */
export function unixInstant(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw new RangeError(`${seconds} is not a Unix time`);
  return new Date(ms).toISOString();
}
