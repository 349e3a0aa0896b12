/**
 * Each capture's RFC 3161 token (metadata.json.tsr) against its metadata.json and the time-stamping
 * authority's certificate this installation is configured with. Without that certificate the
 * tokens are listed as not checked: a token is only worth the authority it is checked against.
 */
import { checkTimestamp } from '../../timestamp/timestamp-check.js';
import type { Defects } from './defects.js';

export const TOKEN = /^data\/captures\/([^/]+)\/metadata\.json\.tsr$/;

/** Checks every token; returns how many were checked and found valid. */
export async function checkTokens(
  kept: ReadonlyMap<string, Buffer>,
  tsaCertificatePem: string | undefined,
  defects: Defects,
  notes: string[],
): Promise<number> {
  const tokens = [...kept.keys()].filter((p) => TOKEN.test(p));
  if (tokens.length > 0 && !tsaCertificatePem) {
    notes.push(
      `${tokens.length} RFC 3161 timestamp token(s) not checked: no time-stamping authority certificate is configured (CASEGRAPH_TSA_CERT)`,
    );
    return 0;
  }
  let valid = 0;
  for (const path of tokens) {
    const metadataPath = path.replace(/\.tsr$/, '');
    const metadata = kept.get(metadataPath);
    if (!metadata) {
      defects.add('missing', `missing: ${path} is a token over ${metadataPath}, which is not in the packet`, {
        file: path,
      });
      continue;
    }
    const verdict = await checkTimestamp(kept.get(path)!, metadata, tsaCertificatePem!);
    for (const problem of verdict.problems)
      defects.add('altered', `altered: ${path}: ${problem}`, { file: path });
    if (verdict.valid) valid++;
  }
  return valid;
}
