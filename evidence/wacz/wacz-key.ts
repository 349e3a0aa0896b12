/**
 * The installation's WACZ signing key. WACZ Signing and Verification 0.1.0 signs with ECDSA (its
 * "anonymous" form carries the public key in the file), and the Webrecorder tools that check it
 * (wabac.js inside ReplayWeb.page) import that key as P-384 and verify SHA-256 signatures in the
 * IEEE P1363 form; the department's Ed25519 evidence key has no place in that form, so WACZ files
 * get a key of their own, kept like it (PEM, mode 0600, created on first use). What ties a WACZ
 * to the department is the packet: its signed export record names this key.
 */
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../common/config.js';
import { AppError } from '../../common/errors.js';

export interface WaczKey {
  readonly privateKey: KeyObject;
  /** The public key as the signature data carries it: SPKI DER, base64. */
  readonly publicKeyBase64: string;
}

const LABEL = 'WACZ signing key';

function createKeyFile(file: string): void {
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
  try {
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process sharing the data directory created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** The base64 SPKI DER of a public key, as WACZ signature data carries it. */
export function spkiBase64(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Loads the key kept under the data directory, creating it when absent. */
export function waczKey(config: Pick<Config, 'dataDir'>): WaczKey {
  const file = path.join(config.dataDir, 'keys', 'wacz-ecdsa-p384.pem');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) createKeyFile(file);
  if ((fs.statSync(file).mode & 0o077) !== 0) {
    throw new AppError('CONFIG_INVALID', `${LABEL} ${file} is readable by others; chmod 600 it`);
  }
  const privateKey = crypto.createPrivateKey(fs.readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
    throw new AppError('CONFIG_INVALID', `${LABEL} ${file} is not an ECDSA P-384 key`);
  }
  return { privateKey, publicKeyBase64: spkiBase64(crypto.createPublicKey(privateKey)) };
}
