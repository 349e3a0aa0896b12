/**
 * Who signed the packet, and whether that is someone this installation trusts. The public key in
 * `signature/` only says which key to look for: the signature counts when that key's fingerprint
 * is one of the trusted keys (or the one given for a single check), never merely because the
 * shipped key verifies it. The same goes for every signed custody checkpoint.
 */
import crypto, { type KeyObject } from 'node:crypto';
import { keyFingerprint } from '../../../common/ed25519-key.js';
import { checkpointSignatureHolds, type CustodyCheckpoint } from '../../custody/custody-checkpoint.js';
import type { TrustedKey } from '../trusted-keys.js';
import type { BagContents } from './bag-checks.js';
import type { CustodyFindings } from './custody-check.js';
import type { Defects } from './defects.js';

export interface Trust {
  /** Keys trusted by this installation (its own, other departments'). */
  readonly keys: readonly TrustedKey[];
  /** A one-off: trust the key with this SHA-256 fingerprint for this check (`--key`). */
  readonly fingerprint?: string;
}

export interface Signer {
  readonly fingerprint: string | null;
  /** The trusted key's name, or null when the signer is unknown. */
  readonly name: string | null;
}

const bare = (fingerprint: string) =>
  fingerprint
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');

/** The trusted key with this fingerprint, if any; the shipped key stands in for a pinned one. */
function trustedFor(fingerprint: string, trust: Trust, shipped: KeyObject | null): TrustedKey | null {
  const known = trust.keys.find((k) => k.fingerprint === fingerprint);
  if (known) return known;
  if (trust.fingerprint && bare(trust.fingerprint) === fingerprint && shipped) {
    return { name: 'the key given for this check', fingerprint, publicKey: shipped };
  }
  return null;
}

function shippedKey(bag: BagContents, defects: Defects): KeyObject | null {
  try {
    const key = crypto.createPublicKey(bag.text('signature/public-key.pem') ?? '');
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // Reported below.
  }
  defects.add('signature', 'signature: signature/public-key.pem is missing or not an Ed25519 public key', {
    file: 'signature/public-key.pem',
  });
  return null;
}

/** Checks the detached signature over tagmanifest-sha256.txt against the trusted keys. */
export function checkSignature(bag: BagContents, trust: Trust, defects: Defects): Signer {
  const shipped = shippedKey(bag, defects);
  if (!shipped) return { fingerprint: null, name: null };
  const fingerprint = keyFingerprint(shipped);
  const stated = bag.text('signature/key-fingerprint.txt');
  if (stated === undefined || bare(stated) !== fingerprint) {
    defects.add(
      'signature',
      `signature: signature/key-fingerprint.txt does not name the shipped key sha256:${fingerprint}`,
      {
        file: 'signature/key-fingerprint.txt',
      },
    );
  }
  const trusted = trustedFor(fingerprint, trust, shipped);
  if (!trusted) {
    const pinned = trust.fingerprint ? `, nor the expected ${trust.fingerprint}` : '';
    defects.add(
      'untrusted',
      `untrusted: signed by an unknown key (fingerprint sha256:${fingerprint}): not this installation's key nor a trusted department's${pinned}`,
      {
        file: 'signature/public-key.pem',
      },
    );
  }
  const signature = Buffer.from((bag.text('signature/tagmanifest-sha256.txt.sig') ?? '').trim(), 'base64');
  const signedText = Buffer.from(bag.text('tagmanifest-sha256.txt') ?? '', 'utf8');
  let holds = false;
  try {
    holds = crypto.verify(null, signedText, trusted?.publicKey ?? shipped, signature);
  } catch {
    holds = false;
  }
  if (!holds) {
    defects.add(
      'signature',
      `signature: the signature over tagmanifest-sha256.txt does not verify with key sha256:${fingerprint}`,
      {
        file: 'signature/tagmanifest-sha256.txt.sig',
      },
    );
  }
  return { fingerprint, name: trusted?.name ?? null };
}

const CHECKPOINTS_FILE = 'data/custody/checkpoints.json';

function parseCheckpoints(bag: BagContents, defects: Defects): CustodyCheckpoint[] {
  const text = bag.text(CHECKPOINTS_FILE);
  if (text === undefined) {
    defects.add('missing', `missing: ${CHECKPOINTS_FILE} is not in the packet or too large to read`, {
      file: CHECKPOINTS_FILE,
    });
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    defects.add('malformed', `malformed: ${CHECKPOINTS_FILE} is not JSON (${(error as Error).message})`, {
      file: CHECKPOINTS_FILE,
    });
    return [];
  }
  const list = Array.isArray(parsed) ? parsed : [];
  const valid = list.filter(
    (c): c is CustodyCheckpoint =>
      typeof c === 'object' &&
      c !== null &&
      ['caseId', 'headHash', 'at', 'signature', 'keyFingerprint'].every(
        (k) => typeof (c as Record<string, unknown>)[k] === 'string',
      ) &&
      Number.isSafeInteger((c as Record<string, unknown>).seq),
  );
  if (!Array.isArray(parsed) || valid.length !== list.length) {
    defects.add('malformed', `malformed: ${CHECKPOINTS_FILE} is not a list of signed checkpoints`, {
      file: CHECKPOINTS_FILE,
    });
  }
  return valid;
}

/** Each checkpoint signed by a trusted key and pinning an event the log still has. */
export function checkCheckpoints(
  bag: BagContents,
  custody: CustodyFindings,
  trust: Trust,
  shipped: KeyObject | null,
  defects: Defects,
): number {
  const checkpoints = parseCheckpoints(bag, defects);
  if (checkpoints.length === 0) {
    defects.add('custody', `custody: ${CHECKPOINTS_FILE} holds no signed checkpoint`, {
      file: CHECKPOINTS_FILE,
    });
  }
  for (const c of checkpoints) {
    const where = { file: CHECKPOINTS_FILE, event: c.seq };
    const key = trustedFor(bare(c.keyFingerprint), trust, shipped);
    if (!key) {
      defects.add(
        'untrusted',
        `untrusted: custody checkpoint at event ${c.seq} is signed by an unknown key (fingerprint sha256:${bare(c.keyFingerprint)})`,
        where,
      );
    } else if (!checkpointSignatureHolds(c, key.publicKey)) {
      defects.add('custody', `custody checkpoint at event ${c.seq}: the signature does not verify`, where);
    } else if (custody.hashes.get(c.seq) !== c.headHash) {
      defects.add(
        'custody',
        `custody checkpoint at event ${c.seq}: the chain no longer has the signed head ${c.headHash}`,
        where,
      );
    } else if (custody.caseId !== null && c.caseId !== custody.caseId) {
      defects.add('custody', `custody checkpoint at event ${c.seq} is for another case`, where);
    }
  }
  return checkpoints.length;
}

/** The shipped key, for checkpoints pinned with `--key`; null when there is none. */
export function shippedPublicKey(bag: BagContents): KeyObject | null {
  try {
    return crypto.createPublicKey(bag.text('signature/public-key.pem') ?? '');
  } catch {
    return null;
  }
}
