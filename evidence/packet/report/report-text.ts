/**
 * How the report words things: times in UTC and the department's zone, people by name, rank,
 * badge and unit (never by user id), hashes in groups a reader can compare by eye.
 */
import type { PacketPerson } from '../../../graph/repositories/packet-source.repository.js';

/** `2026-03-11 19:02:03.123 UTC (2:02:03 PM CDT, America/Chicago)`; the input when it is no time. */
export function formatTime(iso: unknown, zone: string): string {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso)))
    return iso === undefined || iso === null ? 'not recorded' : String(iso);
  const at = new Date(iso);
  const utc = `${at.toISOString().replace('T', ' ').replace('Z', '')} UTC`;
  const local = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  }).format(at);
  return `${utc} (${local}, ${zone})`;
}

/** A SHA-256 (or any long hex) in groups of eight, so it wraps between groups. */
export function groupHex(hex: string): string {
  return hex.replace(/(.{8})(?=.)/g, '$1 ');
}

/** `Det. Dana Reyes — Detective, badge 4127, CID`. */
export function personLine(p: PacketPerson): string {
  const parts = [p.rank, p.badge ? `badge ${p.badge}` : null, p.unit ? `unit ${p.unit}` : null].filter(
    Boolean,
  );
  return parts.length ? `${p.displayName} — ${parts.join(', ')}` : p.displayName;
}

const USER_ID = /\buser-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/** Names the actors of a report: users by name, casegraph's own parts as such. */
export class People {
  constructor(private readonly people: ReadonlyMap<string, PacketPerson>) {}

  /** An actor id as the report names it. */
  name(id: unknown): string {
    if (typeof id !== 'string' || id === '') return 'not recorded';
    if (id.startsWith('system:')) return `casegraph (${id.slice('system:'.length)})`;
    const person = this.people.get(id);
    return person ? personLine(person) : 'a user no longer on record';
  }

  /** Just the display name, for running text. */
  short(id: unknown): string {
    const person = typeof id === 'string' ? this.people.get(id) : undefined;
    return person ? person.displayName : this.name(id);
  }

  /** Replaces every user id in printed text with the user's name. */
  scrub(text: string): string {
    let out = text;
    for (const [id, p] of this.people) if (out.includes(id)) out = out.split(id).join(p.displayName);
    return out.replace(USER_ID, 'a user no longer on record');
  }
}

/** A JSON value in one line a person can read: `key: value; key: value`. */
export function plainDetails(details: Readonly<Record<string, unknown>>, people: People): string {
  const value = (v: unknown): string => {
    if (Array.isArray(v)) return v.map(value).join(', ');
    if (v !== null && typeof v === 'object') {
      return Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${k} ${value(x)}`)
        .join(', ');
    }
    return people.scrub(String(v));
  };
  const entries = Object.entries(details);
  return entries.length ? entries.map(([k, v]) => `${k}: ${value(v)}`).join('; ') : 'none';
}
