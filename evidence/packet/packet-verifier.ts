/**
 * Checks an evidence packet the way a court's expert would: the bag's declaration, every payload
 * file against both manifests, nothing missing or added, the Payload-Oxum, the tag manifests, the
 * Ed25519 signature over the tag manifest, and the custody chain inside. Names every problem.
 */
import crypto from 'node:crypto';
import yauzl from 'yauzl';
import type { CustodyEvent } from '../../common/custody-types.js';
import { checkCheckpoints, type CustodyCheckpoint } from '../custody/custody-checkpoint.js';
import { verifyEvents } from '../custody/custody-ledger.js';

export interface PacketVerdict {
  readonly valid: boolean;
  readonly problems: string[];
  readonly payloadFiles: number;
  readonly keyFingerprint: string | null;
}

type Entry = { sha256: string; sha512: string; size: number; bytes: Buffer | null };

/** Small files (tag files, custody log) are kept in memory to read them; payload is only hashed. */
const KEEP =
  /(^|\/)(bagit\.txt|bag-info\.txt|[a-z]*manifest-sha(256|512)\.txt|signature\/.*|data\/custody\/(custody\.jsonl|checkpoints\.json))$/;

async function readZip(file: string): Promise<Map<string, Entry>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z!))),
  );
  const entries = new Map<string, Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error('unreadable entry'));
        const sha256 = crypto.createHash('sha256');
        const sha512 = crypto.createHash('sha512');
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          sha256.update(chunk);
          sha512.update(chunk);
          size += chunk.length;
          if (KEEP.test(entry.fileName)) chunks.push(chunk);
        });
        stream.on('error', reject);
        stream.on('end', () => {
          entries.set(entry.fileName, {
            sha256: sha256.digest('hex'),
            sha512: sha512.digest('hex'),
            size,
            bytes: KEEP.test(entry.fileName) ? Buffer.concat(chunks) : null,
          });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return entries;
}

function parseManifest(text: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]+)\s+\*?(.+)$/.exec(line.trim());
    if (match) lines.set(match[2]!, match[1]!);
  }
  return lines;
}

/** Verifies a packet; `expectedFingerprint` pins the department's key when given. */
export async function verifyPacket(file: string, expectedFingerprint?: string): Promise<PacketVerdict> {
  const problems: string[] = [];
  let entries: Map<string, Entry>;
  try {
    entries = await readZip(file);
  } catch (error) {
    return {
      valid: false,
      problems: [`not a readable zip: ${(error as Error).message}`],
      payloadFiles: 0,
      keyFingerprint: null,
    };
  }
  const roots = new Set([...entries.keys()].map((name) => name.split('/')[0]!));
  if (roots.size !== 1) problems.push(`expected one bag folder in the zip, found ${roots.size}`);
  const root = [...roots][0] ?? '';
  const inBag = new Map([...entries].map(([name, e]) => [name.slice(root.length + 1), e]));
  const text = (path: string) => inBag.get(path)?.bytes?.toString('utf8');

  if (!/^BagIt-Version: 1\.0$/m.test(text('bagit.txt') ?? ''))
    problems.push('bagit.txt is missing or does not declare BagIt 1.0');
  const payload = [...inBag.keys()].filter((p) => p.startsWith('data/'));
  for (const algo of ['sha256', 'sha512'] as const) {
    const listed = parseManifest(text(`manifest-${algo}.txt`) ?? '');
    if (listed.size === 0) problems.push(`manifest-${algo}.txt is missing or empty`);
    for (const [path, hash] of listed) {
      const entry = inBag.get(path);
      if (!entry) problems.push(`missing: ${path} is in manifest-${algo}.txt but not in the packet`);
      else if (entry[algo] !== hash)
        problems.push(`altered: ${path} does not match its ${algo.toUpperCase()} in the manifest`);
    }
    for (const path of payload)
      if (listed.size && !listed.has(path)) problems.push(`added: ${path} is not in manifest-${algo}.txt`);
  }
  const oxum = /^Payload-Oxum:\s*(\d+)\.(\d+)$/m.exec(text('bag-info.txt') ?? '');
  const octets = payload.reduce((sum, p) => sum + inBag.get(p)!.size, 0);
  if (!oxum) problems.push('bag-info.txt has no Payload-Oxum');
  else if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) {
    problems.push(`Payload-Oxum says ${oxum[1]}.${oxum[2]}, the payload is ${octets}.${payload.length}`);
  }
  for (const [path, hash] of parseManifest(text('tagmanifest-sha256.txt') ?? '')) {
    if (inBag.get(path)?.sha256 !== hash)
      problems.push(`altered: tag file ${path} does not match tagmanifest-sha256.txt`);
  }

  let keyFingerprint: string | null = null;
  try {
    const publicKey = crypto.createPublicKey(text('signature/public-key.pem') ?? '');
    keyFingerprint = crypto
      .createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex');
    const signature = Buffer.from((text('signature/tagmanifest-sha256.txt.sig') ?? '').trim(), 'base64');
    if (
      !crypto.verify(
        null,
        inBag.get('tagmanifest-sha256.txt')?.bytes ?? Buffer.alloc(0),
        publicKey,
        signature,
      )
    ) {
      problems.push('the signature over tagmanifest-sha256.txt does not verify with the included key');
    }
    if (expectedFingerprint && expectedFingerprint.replace(/^sha256:/, '') !== keyFingerprint) {
      problems.push(`signed by key ${keyFingerprint}, not the expected ${expectedFingerprint}`);
    }
  } catch (error) {
    problems.push(`no usable signature or public key: ${(error as Error).message}`);
  }

  const custody = text('data/custody/custody.jsonl');
  if (custody === undefined) problems.push('data/custody/custody.jsonl is missing');
  else {
    const events = custody
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CustodyEvent);
    const chain = verifyEvents(events);
    if (!chain.valid)
      problems.push(`custody chain broken at event ${chain.broken!.seq}: ${chain.broken!.reason}`);
    const checkpoints = JSON.parse(text('data/custody/checkpoints.json') ?? '[]') as CustodyCheckpoint[];
    if (checkpoints.length === 0) problems.push('data/custody/checkpoints.json holds no signed checkpoint');
    try {
      const publicKey = crypto.createPublicKey(text('signature/public-key.pem') ?? '');
      problems.push(...checkCheckpoints(checkpoints, events, publicKey));
    } catch {
      // A missing or unusable key is already reported with the signature.
    }
  }
  return { valid: problems.length === 0, problems, payloadFiles: payload.length, keyFingerprint };
}
