/**
 * What a casegraph process holds for the gate: the policy (re-read when the file changes, so a
 * worker re-checks with the current policy), the signing key, a signer and a verifier.
 */
import fs from 'node:fs';
import { logger } from '../../common/logger.js';
import {
  createDecisionSigner,
  createDecisionVerifier,
  type DecisionSigner,
  type DecisionVerifier,
} from './decision-token.js';
import { loadOrCreateGateKeys } from './gate-keys.js';
import { GateService } from './gate.service.js';
import { defaultPolicyPath, loadPolicyFile } from './policy-loader.js';

const log = logger('gate');

export interface GateKit {
  /** The gate under the policy file as it is now; throws CONFIG_INVALID if it became malformed. */
  current(): GateService;
  readonly signer: DecisionSigner;
  readonly verifier: DecisionVerifier;
  readonly keyFingerprint: string;
  readonly policyFile: string;
}

/** Loads the policy (a malformed file stops start-up) and the gate key under `dataDir`. */
export function startGate(dataDir: string, policyFile = defaultPolicyPath()): GateKit {
  let stamp = fileStamp(policyFile);
  let service = new GateService(loadPolicyFile(policyFile));
  const keys = loadOrCreateGateKeys(dataDir);
  log.info({ policyVersion: service.policy.version, key: keys.fingerprint }, 'gate ready');
  return {
    current() {
      const now = fileStamp(policyFile);
      if (now !== stamp) {
        // An amended file that no longer validates throws here: the gate fails closed.
        service = new GateService(loadPolicyFile(policyFile));
        stamp = now;
        log.info({ policyVersion: service.policy.version }, 'policy reloaded');
      }
      return service;
    },
    signer: createDecisionSigner(keys.privateKey),
    verifier: createDecisionVerifier(keys.publicKey),
    keyFingerprint: keys.fingerprint,
    policyFile,
  };
}

function fileStamp(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return 'missing';
  }
}
