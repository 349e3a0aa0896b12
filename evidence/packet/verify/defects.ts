/**
 * What `verify` found: every defect named by kind and place (file, WARC record, custody event), so
 * a verdict says what is wrong, not only that something is.
 */

export const DEFECT_KINDS = [
  /** A file's bytes differ from what a manifest, digest or record says they are. */
  'altered',
  /** Something a manifest or record lists is not in the packet. */
  'missing',
  /** Something in the packet is not listed where it must be. */
  'added',
  /** A file casegraph reads is not in the form it must have. */
  'malformed',
  /** A signature does not verify. */
  'signature',
  /** A signature verifies only with a key this installation does not trust. */
  'untrusted',
  /** The custody chain or its checkpoints do not hold. */
  'custody',
  /** The input cannot be read as a packet at all, or reading it was refused (limits). */
  'unusable',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface Defect {
  readonly kind: DefectKind;
  /** The whole finding as a person reads it. */
  readonly message: string;
  /** The file inside the bag it concerns, e.g. `data/captures/<id>/capture.warc.gz`. */
  readonly file?: string;
  /** The WARC record it concerns: its number in the file and its WARC-Record-ID. */
  readonly record?: string;
  /** The custody event it concerns, by sequence number. */
  readonly event?: number;
}

/** Collects defects while the checks run. */
export class Defects {
  readonly list: Defect[] = [];

  add(kind: DefectKind, message: string, where: Omit<Defect, 'kind' | 'message'> = {}): void {
    this.list.push({ kind, message, ...where });
  }

  get usable(): boolean {
    return !this.list.some((d) => d.kind === 'unusable');
  }
}
