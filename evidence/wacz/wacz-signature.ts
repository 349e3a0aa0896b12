/**
 * datapackage-digest.json per WACZ Signing and Verification 0.1.0, anonymous form: the SHA-256 of
 * datapackage.json, and signature data holding that hash, when and by what it was signed, the
 * ECDSA signature of the hash string and the public key to check it with.
 */
import crypto from 'node:crypto';
import type { WaczKey } from './wacz-key.js';

export interface SignedData {
  readonly hash: string;
  readonly created: string;
  readonly software: string;
  readonly version: string;
  readonly signature: string;
  readonly publicKey: string;
}

export interface DatapackageDigest {
  readonly path: 'datapackage.json';
  readonly hash: string;
  readonly signedData: SignedData;
}

/** `sha256:<hex>` of bytes, the form WACZ writes every hash in. */
export const waczHash = (bytes: Buffer): string =>
  `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`;

/** The digest file's content for datapackage.json's bytes, signed with the installation's key. */
export function signDatapackage(
  datapackage: Buffer,
  key: WaczKey,
  software: { name: string; version: string },
  created: string,
): DatapackageDigest {
  const hash = waczHash(datapackage);
  // The signature is over the hash string as written (its UTF-8 bytes), as the Webrecorder tools check it.
  const signature = crypto
    .sign('sha256', Buffer.from(hash), { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
    .toString('base64');
  return {
    path: 'datapackage.json',
    hash,
    signedData: {
      hash,
      created,
      software: software.name,
      version: software.version,
      signature,
      publicKey: key.publicKeyBase64,
    },
  };
}

/** Whether `signedData.signature` is a valid ECDSA signature of `signedData.hash` by its public key. */
export function signatureHolds(signedData: Pick<SignedData, 'hash' | 'signature' | 'publicKey'>): boolean {
  try {
    const publicKey = crypto.createPublicKey({
      key: Buffer.from(signedData.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    if (publicKey.asymmetricKeyType !== 'ec') return false;
    return crypto.verify(
      'sha256',
      Buffer.from(signedData.hash),
      { key: publicKey, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signedData.signature, 'base64'),
    );
  } catch {
    return false;
  }
}
