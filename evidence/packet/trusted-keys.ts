/**
 * The department keys `verify` trusts. A packet carries its signer's public key, but a key shipped
 * inside the thing it vouches for proves nothing: anyone who edits a packet can re-sign it with a
 * fresh key. So signatures are checked against keys known outside the packet: this installation's
 * own evidence key and the named public keys of other departments listed in CASEGRAPH_TRUSTED_KEYS.
 */
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../common/config.js';
import { keyFingerprint, type Ed25519Key } from '../../common/ed25519-key.js';
import { AppError } from '../../common/errors.js';

export interface TrustedKey {
  /** Who holds the key, as the verdict names the signer. */
  readonly name: string;
  /** SHA-256 of the public key (SPKI DER), hex. */
  readonly fingerprint: string;
  readonly publicKey: KeyObject;
}

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g;
const NAME_LINE = /^\s*(?:#\s*)?Name:\s*(.+?)\s*$/im;

/** A trusted key from an Ed25519 public key. */
export function trustedKey(name: string, publicKey: KeyObject): TrustedKey {
  return { name, fingerprint: keyFingerprint(publicKey), publicKey };
}

/**
 * The keys of one PEM file: each `PUBLIC KEY` block, named by the `Name: …` line before it, or by
 * the file's name (without `.pem`) when no such line precedes it.
 */
export function parseTrustedKeyFile(text: string, file: string): TrustedKey[] {
  const keys: TrustedKey[] = [];
  let last = 0;
  for (const match of text.matchAll(PEM_BLOCK)) {
    const before = text.slice(last, match.index);
    last = match.index + match[0].length;
    const name = NAME_LINE.exec(before)?.[1] ?? path.basename(file).replace(/\.pem$/i, '');
    let publicKey: KeyObject;
    try {
      publicKey = crypto.createPublicKey(match[0]);
    } catch (error) {
      throw new AppError('CONFIG_INVALID', `trusted key ${name} in ${file}: ${(error as Error).message}`);
    }
    if (publicKey.asymmetricKeyType !== 'ed25519') {
      throw new AppError('CONFIG_INVALID', `trusted key ${name} in ${file} is not an Ed25519 key`);
    }
    keys.push(trustedKey(name, publicKey));
  }
  if (keys.length === 0) throw new AppError('CONFIG_INVALID', `${file} holds no PUBLIC KEY block`);
  return keys;
}

/** The keys at `location`: one PEM file, or every `*.pem` file of a directory. */
export function loadTrustedKeys(location: string): TrustedKey[] {
  let files: string[];
  try {
    files = fs.statSync(location).isDirectory()
      ? fs
          .readdirSync(location)
          .filter((f) => f.toLowerCase().endsWith('.pem'))
          .sort()
          .map((f) => path.join(location, f))
      : [location];
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `trusted keys ${location}: ${(error as Error).message}`);
  }
  return files.flatMap((file) => parseTrustedKeyFile(fs.readFileSync(file, 'utf8'), file));
}

/** Where this installation keeps its evidence-signing key. */
export function installationKeyFile(config: Pick<Config, 'signingKeyFile' | 'dataDir'>): string {
  return config.signingKeyFile ?? path.join(config.dataDir, 'keys', 'evidence-ed25519.pem');
}

/**
 * The public half of this installation's key when its file exists and can be read; null otherwise
 * (a prosecutor's machine has no casegraph key, and `verify` must never create one).
 */
export function readInstallationKey(config: Pick<Config, 'signingKeyFile' | 'dataDir'>): KeyObject | null {
  try {
    return crypto.createPublicKey(crypto.createPrivateKey(fs.readFileSync(installationKeyFile(config))));
  } catch {
    return null;
  }
}

/**
 * Every key this installation trusts: its own (given, or read when present), then the configured
 * other departments'. A fingerprint listed twice keeps its first name.
 */
export function trustedKeysOf(
  config: Pick<Config, 'signingKeyFile' | 'dataDir' | 'trustedKeysPath' | 'organization'>,
  own: Ed25519Key | KeyObject | null = readInstallationKey(config),
): TrustedKey[] {
  const keys: TrustedKey[] = [];
  const ownKey = own && 'publicKey' in own ? own.publicKey : own;
  if (ownKey) keys.push(trustedKey(`${config.organization.name} (this installation)`, ownKey));
  if (config.trustedKeysPath) keys.push(...loadTrustedKeys(config.trustedKeysPath));
  return keys.filter((k, i) => keys.findIndex((o) => o.fingerprint === k.fingerprint) === i);
}
