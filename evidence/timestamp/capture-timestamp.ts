/**
 * Trusted time for a capture: with an authority configured, its metadata.json (the capture's
 * manifest: every stored file's SHA-256, the authority, operator, target and times) gets an
 * RFC 3161 token, stored beside it as metadata.json.tsr, a file of the capture like any other
 * (so its CAPTURED custody event names it). Without one, or when the authority gives none, the
 * capture says so in words, and the bytes already stored are kept either way.
 */
import fs from 'node:fs';
import type { StoredCapture } from '../../capture/capture-files.js';
import type { ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import type { Config } from '../../common/config.js';
import { logger } from '../../common/logger.js';
import type { EvidenceStore } from '../evidence-store.js';
import { TsaClient } from './tsa-client.js';

export const NO_TRUSTED_TIME = "no trusted timestamp: casegraph's clock only";
export const TOKEN_NAME = 'metadata.json.tsr';

const log = logger('evidence');

/** What metadata.json states about trusted time before the token exists. */
export function trustedTimeStatement(config: Pick<Config, 'tsa'>): string {
  return config.tsa
    ? `RFC 3161 timestamp over this file's SHA-256 requested from ${config.tsa.url}; the token is ${TOKEN_NAME} of the same capture`
    : NO_TRUSTED_TIME;
}

/** The client of the configured authority, or undefined when none is configured. */
export function captureTimestamper(
  config: Pick<Config, 'tsa'>,
  forbidden: ForbiddenEndpoints,
): TsaClient | undefined {
  if (!config.tsa) return undefined;
  const certificatePem = fs.readFileSync(config.tsa.certificateFile, 'utf8');
  return new TsaClient({ url: config.tsa.url, certificatePem, forbidden });
}

/** A stored capture with its token added, and the capture record's statement of its time. */
export async function stampCapture(
  tsa: TsaClient | undefined,
  store: EvidenceStore,
  stored: StoredCapture,
): Promise<StoredCapture & { readonly trustedTime: string }> {
  if (!tsa) return { ...stored, trustedTime: NO_TRUSTED_TIME };
  try {
    const token = await tsa.stamp(await store.read(stored.metadataSha256));
    const kept = await store.put(token.tsr);
    const artifact = {
      sha256: kept.sha256,
      size: kept.size,
      mediaType: 'application/timestamp-reply',
      name: TOKEN_NAME,
      kind: 'TIMESTAMP',
    };
    const trustedTime = `RFC 3161 token from ${tsa.url}: ${token.time} over metadata.json (SHA-256 ${stored.metadataSha256})`;
    return { ...stored, artifacts: [...stored.artifacts, artifact], trustedTime };
  } catch (error) {
    const reason = (error as Error).message;
    log.warn({ reason }, 'the time-stamping authority gave no token; the capture is kept without one');
    return {
      ...stored,
      trustedTime: `${NO_TRUSTED_TIME} (the authority at ${tsa.url} gave none: ${reason})`,
    };
  }
}
