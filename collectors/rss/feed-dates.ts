/**
 * Dates as feeds write them: RSS 2.0's `pubDate` is an RFC 822 date (four-digit years allowed, as
 * RFC 1123 says), Atom and Dublin Core use RFC 3339. Every zone RFC 822 defines is read (UT, GMT,
 * Z, the US zones, the military letters, ±hhmm), as are the forms feeds use in practice (`UTC`,
 * `GMT+0100`, `Etc/GMT+5`, a trailing comment). A date without a zone is read as UTC and says so,
 * never in the server's zone; a date that names no instant (30 February, 25:00) or a zone RFC 822
 * does not define is refused with the reason rather than guessed.
 */
import { civilInstant, fractionMs, rfc3339Instant, type Instant } from '../text/instants.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Offsets in hours of the named zones RFC 822 §5.1 defines. */
const NAMED: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

/**
 * RFC 822's military zones: A-I are -1 to -9, K-M -10 to -12, N-Y +1 to +12 (J is not used).
 * RFC 1123 §5.2.14 says these signs run the wrong way, so a reading from one says so.
 */
function military(letter: string): number | null {
  const code = letter.charCodeAt(0);
  if (letter >= 'A' && letter <= 'I') return -(code - 64);
  if (letter >= 'K' && letter <= 'M') return -(code - 65);
  if (letter >= 'N' && letter <= 'Y') return code - 77;
  return null;
}

/** Minutes east of UTC the zone names, a note when the reading is uncertain, or why it is none. */
function zoneOffset(raw: string): { minutes: number; note?: string } | { reason: string } {
  const zone = raw.replace(/\([^)]*\)/g, '').trim();
  if (zone === '') return { minutes: 0, note: 'no zone given; read as UTC' };
  const numeric = /^(?:GMT|UTC|UT)?\s*([+-])(\d{2}):?(\d{2})$/i.exec(zone);
  if (numeric) {
    const [, sign, h, m] = numeric;
    return { minutes: (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m)) };
  }
  // POSIX zone names count the other way: Etc/GMT+5 is five hours *behind* UTC.
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/i.exec(zone);
  if (etc) return { minutes: (etc[1] === '+' ? -1 : 1) * Number(etc[2]) * 60 };
  const upper = zone.toUpperCase();
  if (upper in NAMED) return { minutes: NAMED[upper]! * 60 };
  const letter = upper.length === 1 ? military(upper) : null;
  if (letter !== null)
    return {
      minutes: letter * 60,
      note: `military zone ${upper} read as RFC 822 defines it; RFC 1123 says those signs may be reversed`,
    };
  return { reason: `zone “${zone}” is not one RFC 822 defines, so its offset is unknown` };
}

const RFC822 =
  /^(?:([A-Za-z]{3,9})\s*,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(.*)$/;

/** The year a two-digit RFC 822 year means, as RFC 2822 §4.3 reads it. */
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 50 ? 2000 : 1900));

/** Notes joined; the weekday is checked because a date that disagrees with it was mistyped. */
function notes(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.join('; ') : undefined;
}

/** An RFC 822 date-time (RSS `pubDate`, `lastBuildDate`); an RFC 3339 one is read too, and says so. */
export function rfc822Instant(value: string): Instant {
  const written = value.trim();
  const m = RFC822.exec(written);
  if (!m) {
    const iso = rfc3339Instant(written);
    if (iso.iso === null)
      return { iso: null, reason: `“${written}” is neither an RFC 822 nor an RFC 3339 date` };
    return { iso: iso.iso, note: notes('written as RFC 3339, not RFC 822', iso.note)! };
  }
  const [, weekday, d, mon, y, h, mi, s, frac, zoneText = ''] = m;
  const month = MONTHS.indexOf(mon!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return { iso: null, reason: `“${mon}” is not a month` };
  const zone = zoneOffset(zoneText);
  if ('reason' in zone) return { iso: null, reason: zone.reason };
  const year = fullYear(y!);
  const civil = { year, month, day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s ?? 0) };
  const read = civilInstant({ ...civil, millisecond: fractionMs(frac), offsetMinutes: zone.minutes });
  if (read.iso === null) return read;
  const actual = DAYS[new Date(Date.UTC(year, month - 1, civil.day)).getUTCDay()]!;
  const wrongDay =
    weekday && weekday.slice(0, 3).toLowerCase() !== actual.slice(0, 3).toLowerCase()
      ? `written as ${weekday}, but ${year}-${String(month).padStart(2, '0')}-${String(civil.day).padStart(2, '0')} is a ${actual}`
      : undefined;
  const twoDigit = y!.length === 2 ? `two-digit year ${y} read as ${year}` : undefined;
  const note = notes(zone.note, twoDigit, wrongDay);
  return note ? { iso: read.iso, note } : { iso: read.iso };
}
