/**
 * The gate's Ed25519 signing key, generated on first start under <dataDir>/keys and readable by
 * the owner only: whoever holds it can mint decision tokens.
 */
import path from 'node:path';
import { loadOrCreateEd25519Key, type Ed25519Key } from '../../common/ed25519-key.js';

export type GateKeys = Ed25519Key;

/** The key file's path under a data directory. */
export function gateKeyPath(dataDir: string): string {
  return path.join(dataDir, 'keys', 'gate-ed25519.pem');
}

/** Loads the gate key, creating it (mode 0600) when absent; refuses a key others can read. */
export function loadOrCreateGateKeys(dataDir: string): GateKeys {
  return loadOrCreateEd25519Key(gateKeyPath(dataDir), 'gate key');
}
