/**
 * What ties the printed report to its bag. The report is payload, so it cannot print the payload
 * manifest or the tag manifest: both contain the report's own hash. It prints instead the
 * "evidence digest": the SHA-256 of the lines of manifest-sha256.txt for every payload file but
 * the report, which are all known before the report is drawn. bag-info.txt repeats it, and anyone
 * can recompute it: `grep -v '  data/report.pdf$' manifest-sha256.txt | sha256sum`.
 */
import crypto from 'node:crypto';

/** The report's path in the bag. */
export const REPORT_PATH = 'data/report.pdf';

/** bag-info.txt's element for the evidence digest. */
export const EVIDENCE_DIGEST_ELEMENT = 'Casegraph-Evidence-Digest';

/** RFC 8493 §2.1.3: CR, LF and % in a manifest's file paths are percent-encoded. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
}

/** One line of a manifest, as the bag writer writes it. */
export function manifestLine(digest: string, path: string): string {
  return `${digest}  ${encodeManifestPath(path)}\n`;
}

/** The evidence digest over manifest lines (each ending in a newline), the report's line left out. */
export function evidenceDigest(lines: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const line of lines) if (!line.endsWith(`  ${REPORT_PATH}\n`)) hash.update(line);
  return hash.digest('hex');
}

/** The evidence digest of a manifest-sha256.txt as found in a bag. */
export function evidenceDigestOfManifest(text: string): string {
  return evidenceDigest(text.split(/(?<=\n)/).filter((line) => line.trim() !== ''));
}
