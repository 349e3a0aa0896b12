/**
 * What a forger does to a packet, as tools: copy the bag, change it, recompute its manifests (and,
 * with a key of their own, re-sign it and its custody checkpoints), zip it again. The tamper tests
 * use these to show `verify` names each change.
 */
import { execFileSync } from 'node:child_process';
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CustodyEvent } from '../../common/custody-types.js';
import { keyFingerprint } from '../../common/ed25519-key.js';
import { canonicalJson } from '../../evidence/custody/canonical-json.js';
import { eventHash, GENESIS_HASH } from '../../evidence/custody/custody-ledger.js';
import { evidenceDigestOfManifest } from '../../evidence/packet/evidence-digest.js';
import { tempDir } from './services.js';

export interface ForgerKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly fingerprint: string;
}

/** A fresh Ed25519 key, as a forger would make. */
export function forgerKey(): ForgerKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey) };
}

/** A copy of the bag folder to change; returns the copied bag folder. */
export function copyBag(bagDir: string): string {
  const dir = tempDir('tamper');
  execFileSync('cp', ['-r', bagDir, dir]);
  return path.join(dir, path.basename(bagDir));
}

/** Zips a bag folder as the packet does (one top-level folder); returns the zip. */
export function zipBag(bag: string): string {
  const zip = path.join(path.dirname(bag), 'tampered.zip');
  execFileSync('zip', ['-q', '-r', '-X', zip, path.basename(bag)], { cwd: path.dirname(bag) });
  return zip;
}

const sha = (algorithm: string, bytes: Buffer) => crypto.createHash(algorithm).update(bytes).digest('hex');

function payloadFiles(bag: string): string[] {
  const found = execFileSync('find', ['data', '-type', 'f'], { cwd: bag }).toString().trim().split('\n');
  // Keep the report last, as the bag writer does, so the evidence digest can be recomputed.
  return found.sort(
    (a, b) => Number(a === 'data/report.pdf') - Number(b === 'data/report.pdf') || (a < b ? -1 : 1),
  );
}

/** Recomputes the manifests, Payload-Oxum, evidence digest and tag manifests; signs with `key` if given. */
export function reseal(bag: string, key?: ForgerKey): void {
  const files = payloadFiles(bag);
  const bytes = files.map((f) => fs.readFileSync(path.join(bag, f)));
  for (const algorithm of ['sha256', 'sha512']) {
    const lines = files.map((f, i) => `${sha(algorithm, bytes[i]!)}  ${f}\n`).join('');
    fs.writeFileSync(path.join(bag, `manifest-${algorithm}.txt`), lines);
  }
  const octets = bytes.reduce((n, b) => n + b.length, 0);
  const digest = evidenceDigestOfManifest(fs.readFileSync(path.join(bag, 'manifest-sha256.txt'), 'utf8'));
  const infoFile = path.join(bag, 'bag-info.txt');
  const info = fs
    .readFileSync(infoFile, 'utf8')
    .replace(/^Payload-Oxum: .*$/m, `Payload-Oxum: ${octets}.${files.length}`)
    .replace(/^Casegraph-Evidence-Digest: .*$/m, `Casegraph-Evidence-Digest: sha256:${digest}`);
  fs.writeFileSync(infoFile, info);
  const tags = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt'];
  for (const algorithm of ['sha256', 'sha512']) {
    const lines = tags.map((f) => `${sha(algorithm, fs.readFileSync(path.join(bag, f)))}  ${f}\n`).join('');
    fs.writeFileSync(path.join(bag, `tagmanifest-${algorithm}.txt`), lines);
  }
  if (key) sign(bag, key);
}

function sign(bag: string, key: ForgerKey): void {
  const signature = crypto.sign(
    null,
    fs.readFileSync(path.join(bag, 'tagmanifest-sha256.txt')),
    key.privateKey,
  );
  fs.writeFileSync(
    path.join(bag, 'signature/tagmanifest-sha256.txt.sig'),
    `${signature.toString('base64')}\n`,
  );
  fs.writeFileSync(
    path.join(bag, 'signature/public-key.pem'),
    key.publicKey.export({ type: 'spki', format: 'pem' }),
  );
  fs.writeFileSync(path.join(bag, 'signature/key-fingerprint.txt'), `sha256:${key.fingerprint}\n`);
}

const CUSTODY = 'data/custody/custody.jsonl';

export function readEvents(bag: string): CustodyEvent[] {
  const text = fs.readFileSync(path.join(bag, CUSTODY), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CustodyEvent);
}

/** Writes the custody log as given (no hashes recomputed). */
export function writeEvents(bag: string, events: readonly CustodyEvent[]): void {
  fs.writeFileSync(path.join(bag, CUSTODY), events.map((e) => `${canonicalJson(e)}\n`).join(''));
}

/** Rewrites the chain with fresh hashes, as a forger who knows the format would. */
export function rechain(events: readonly CustodyEvent[]): CustodyEvent[] {
  let prev = GENESIS_HASH;
  return events.map((e) => {
    const body = { ...e, prevHash: prev };
    const hash = eventHash(body);
    prev = hash;
    return { ...body, hash };
  });
}

/** Re-signs every checkpoint over the (rewritten) chain with the forger's key. */
export function resignCheckpoints(bag: string, key: ForgerKey): void {
  const file = path.join(bag, 'data/custody/checkpoints.json');
  const events = readEvents(bag);
  const checkpoints = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];
  const resigned = checkpoints.map((c) => {
    const body = {
      caseId: c.caseId,
      seq: c.seq,
      headHash: events.find((e) => e.seq === c.seq)!.hash,
      at: c.at,
    };
    const signature = crypto.sign(null, Buffer.from(canonicalJson(body)), key.privateKey).toString('base64');
    return { ...body, signature, keyFingerprint: key.fingerprint };
  });
  fs.writeFileSync(file, JSON.stringify(resigned, null, 2));
}

/** The folder of the capture whose files include `name` (e.g. `screenshot.png`). */
export function captureWith(bag: string, name: string): string {
  const root = path.join(bag, 'data/captures');
  const id = fs.readdirSync(root).find((d) => fs.existsSync(path.join(root, d, name)));
  if (!id) throw new Error(`no capture holds ${name}`);
  return `data/captures/${id}`;
}
