/**
 * Ed25519 keys kept in PEM files readable by their owner only: the gate's decision-token key and
 * the department's evidence-signing key. Created on first use; a key others can read is refused.
 */
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors.js';

export interface Ed25519Key {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SHA-256 of the public key (SPKI DER), hex. */
  readonly fingerprint: string;
}

/** The SHA-256 fingerprint of a public key (SPKI DER), hex. */
export function keyFingerprint(publicKey: KeyObject): string {
  return crypto
    .createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** Loads the key at `file`, creating it (mode 0600, directory 0700) when absent. */
export function loadOrCreateEd25519Key(file: string, label: string): Ed25519Key {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    try {
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      // Another process sharing the data directory created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) {
    throw new AppError('CONFIG_INVALID', `${label} ${file} is readable by others; chmod 600 it`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = crypto.createPrivateKey(fs.readFileSync(file));
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `${label} ${file} is not a private key: ${(error as Error).message}`,
    );
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AppError('CONFIG_INVALID', `${label} ${file} is not an Ed25519 key`);
  }
  const publicKey = crypto.createPublicKey(privateKey);
  return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey) };
}
