/**
 * The changes a packet carries: those the case recorded between readings of its captures where
 * every capture that proves the change (the reading before, where there is one, and the reading
 * after) is in the packet, so whoever reads the packet can check both readings from the files.
 * They are written to data/changes/changes.json and listed in the report.
 */

/** A change as the packet records it, in words and with the readings that prove it. */
export type PacketChange = {
  readonly id: string;
  readonly kind: string;
  /** RECAPTURE, LISTING, EDIT_HISTORY or NOT_FOUND: what showed the change. */
  readonly basis: string;
  /** For NOT_FOUND: the platform's status for the post, and the SHA-256 of that stored answer. */
  readonly httpStatus: number | null;
  /** For a NOT_FOUND deletion: what the platform answered, in words. */
  readonly notFoundAnswer: string | null;
  readonly responseSha256: string | null;
  readonly at: string;
  readonly summary: string;
  /** `post:<platform>:<id>` or `account:<platform>:<id>`. */
  readonly subject: string;
  readonly fields: readonly string[];
  readonly beforeCaptureId: string | null;
  readonly afterCaptureId: string | null;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
  /** Word-level difference of the text (or profile text): removed and added runs marked. */
  readonly diff: readonly { text: string; added: boolean; removed: boolean }[];
};

/** The case's changes proven only by captures in `captureIds`, oldest first. */
export type PacketChangeSource = (caseId: string, captureIds: readonly string[]) => Promise<PacketChange[]>;

/** True when every capture that proves the change is among the packet's. */
export function provenWithin(
  change: Pick<PacketChange, 'beforeCaptureId' | 'afterCaptureId'>,
  captureIds: ReadonlySet<string>,
): boolean {
  const proofs = [change.beforeCaptureId, change.afterCaptureId].filter((id): id is string => id !== null);
  return proofs.length > 0 && proofs.every((id) => captureIds.has(id));
}

/** A difference in one line of text: removed words in [- -], added words in {+ +}. */
export function diffLine(diff: PacketChange['diff']): string {
  return diff.map((p) => (p.removed ? `[-${p.text}-]` : p.added ? `{+${p.text}+}` : p.text)).join('');
}
