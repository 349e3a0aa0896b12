/**
 * The release record and the report's binding: data/authority/export.json must describe this
 * export (bag-info.txt's Internal-Sender-Identifier), and the evidence digest the report prints
 * (and bag-info.txt repeats) must be the one the manifest gives.
 */
import { EVIDENCE_DIGEST_ELEMENT, evidenceDigestOfManifest } from '../evidence-digest.js';
import type { BagContents } from './bag-checks.js';
import type { Defects } from './defects.js';

export const EXPORT_FILE = 'data/authority/export.json';

/** A bag-info.txt element's value (the first, when repeated). */
export function bagInfo(bag: BagContents, element: string): string | undefined {
  const text = bag.text('bag-info.txt') ?? '';
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim() === element) return line.slice(colon + 1).trim();
  }
  return undefined;
}

/** Checks export.json and the evidence digest; notes what an older packet simply lacks. */
export function checkExportRecord(bag: BagContents, defects: Defects, notes: string[]): void {
  const exportId = bagInfo(bag, 'Internal-Sender-Identifier');
  const text = bag.text(EXPORT_FILE);
  if (text === undefined) {
    notes.push(`${EXPORT_FILE} is absent (a packet made before casegraph recorded the release in the bag)`);
  } else {
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      defects.add('malformed', `malformed: ${EXPORT_FILE} is not JSON (${(error as Error).message})`, {
        file: EXPORT_FILE,
      });
    }
    const id = (record as { exportId?: unknown } | undefined)?.exportId;
    if (record !== undefined && id !== exportId) {
      defects.add(
        'altered',
        `altered: ${EXPORT_FILE} is the record of export ${String(id)}, bag-info.txt says ${String(exportId)}`,
        {
          file: EXPORT_FILE,
        },
      );
    }
  }
  const stated = bagInfo(bag, EVIDENCE_DIGEST_ELEMENT);
  if (stated === undefined) {
    notes.push(`bag-info.txt has no ${EVIDENCE_DIGEST_ELEMENT} (a packet made before reports printed it)`);
    return;
  }
  const actual = `sha256:${evidenceDigestOfManifest(bag.text('manifest-sha256.txt') ?? '')}`;
  if (stated !== actual) {
    defects.add(
      'altered',
      `altered: bag-info.txt's ${EVIDENCE_DIGEST_ELEMENT} says ${stated}, manifest-sha256.txt gives ${actual}`,
      {
        file: 'bag-info.txt',
      },
    );
  }
}
