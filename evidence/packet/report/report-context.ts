/** What the report is drawn from, and what every section of it shares. */
import type { PacketSources } from '../packet-contents.js';
import type { People } from './report-text.js';

export interface ReportInput {
  readonly sources: PacketSources;
  readonly organization: string;
  readonly software: string;
  readonly exportId: string;
  readonly generatedAt: Date;
  /** The department's IANA time zone; times are printed in UTC and in it. */
  readonly timeZone: string;
  /** SHA-256 fingerprint of the key that signs the packet. */
  readonly keyFingerprint: string;
  /** The evidence digest (see evidence-digest.ts) of every payload file written before the report. */
  readonly evidenceDigest: string;
  /** The stored files re-hashed at export before the report was drawn. */
  readonly rechecked: { readonly files: number; readonly octets: number };
  /** A stored object, read and checked against its collection-time SHA-256. */
  readonly readVerified: (sha256: string, where: string) => Promise<Buffer>;
}

export interface ReportContext {
  readonly input: ReportInput;
  readonly zone: string;
  readonly people: People;
  readonly authorizations: ReadonlyMap<string, Record<string, unknown>>;
  readonly readVerified: ReportInput['readVerified'];
}
