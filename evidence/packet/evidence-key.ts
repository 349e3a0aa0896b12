import path from 'node:path';
import type { Config } from '../../common/config.js';
import { loadOrCreateEd25519Key, type Ed25519Key } from '../../common/ed25519-key.js';

/** The department's evidence-signing key: the configured file, or one kept under the data dir. */
export function evidenceKey(config: Pick<Config, 'signingKeyFile' | 'dataDir'>): Ed25519Key {
  const file = config.signingKeyFile ?? path.join(config.dataDir, 'keys', 'evidence-ed25519.pem');
  return loadOrCreateEd25519Key(file, 'evidence signing key');
}
