/**
 * The gate's Ed25519 signing key, generated on first start under <dataDir>/keys and readable by
 * the owner only: whoever holds it can mint decision tokens.
 */
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../common/errors.js';

export interface GateKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SHA-256 of the public key (SPKI DER), hex. */
  readonly fingerprint: string;
}

/** The key file's path under a data directory. */
export function gateKeyPath(dataDir: string): string {
  return path.join(dataDir, 'keys', 'gate-ed25519.pem');
}

/** Loads the gate key, creating it (mode 0600) when absent; refuses a key others can read. */
export function loadOrCreateGateKeys(dataDir: string): GateKeys {
  const file = gateKeyPath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) {
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
    try {
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process sharing the data directory created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) {
    throw new AppError('CONFIG_INVALID', `gate key ${file} is readable by others; chmod 600 it`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = crypto.createPrivateKey(fs.readFileSync(file));
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `gate key ${file} is not a private key: ${(error as Error).message}`,
    );
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new AppError('CONFIG_INVALID', `gate key ${file} is not an Ed25519 key`);
  }
  const publicKey = crypto.createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, publicKey, fingerprint: crypto.createHash('sha256').update(der).digest('hex') };
}
