/**
 * Writes a WACZ 1.1.1 file from WARC files: archive/<name>.warc.gz stored as they are (STORE, so
 * the CDXJ offsets stay valid for range reads), indexes/index.cdxj, pages/pages.jsonl,
 * datapackage.json listing every file with its SHA-256 and size, and datapackage-digest.json with
 * the signed hash of datapackage.json (WACZ Signing and Verification 0.1.0).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { indexWarcs, type IndexedWarc, type WaczPage } from './cdxj-index.js';
import type { WaczKey } from './wacz-key.js';
import { signDatapackage, waczHash } from './wacz-signature.js';

export const WACZ_VERSION = '1.1.1';

export interface WaczWarc extends IndexedWarc {
  /** SHA-256 hex and size when known (a stored object's); computed from the bytes otherwise. */
  readonly sha256?: string;
  readonly size?: number;
}

export interface WaczInput {
  readonly warcs: readonly WaczWarc[];
  readonly title: string;
  readonly description: string;
  readonly software: { readonly name: string; readonly version: string };
  readonly key: WaczKey;
  /** Titles of pages by URL, when the capture knows them (the rendered page's title). */
  readonly titles?: ReadonlyMap<string, string>;
  readonly created?: Date;
}

interface Resource {
  readonly name: string;
  readonly path: string;
  readonly hash: string;
  readonly bytes: number;
}

async function hashOf(open: () => Readable): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for await (const chunk of open()) {
    size += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { sha256: hash.digest('hex'), size };
}

function pagesJsonl(pages: readonly WaczPage[], titles: ReadonlyMap<string, string> | undefined): Buffer {
  const lines = [{ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }];
  pages.forEach((p, i) => {
    const title = titles?.get(p.url) ?? p.title;
    lines.push({ id: `page-${i + 1}`, url: p.url, ts: p.ts, ...(title ? { title } : {}) } as never);
  });
  return Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

const resourceOf = (path: string, bytes: Buffer): Resource => ({
  name: path.split('/').pop()!,
  path,
  hash: waczHash(bytes),
  bytes: bytes.length,
});

/** Writes the WACZ to `file` and returns its SHA-256 and size. */
export async function writeWacz(input: WaczInput, file: string): Promise<{ sha256: string; size: number }> {
  const created = (input.created ?? new Date()).toISOString();
  const index = await indexWarcs(input.warcs);
  const cdxj = Buffer.from(index.lines.join('\n') + '\n');
  const pages = pagesJsonl(index.pages, input.titles);
  const resources: Resource[] = [];
  const zip = new yazl.ZipFile();
  const mtime = new Date(created);
  for (const warc of input.warcs) {
    const known = warc.sha256 && warc.size !== undefined ? { sha256: warc.sha256, size: warc.size } : null;
    const { sha256, size } = known ?? (await hashOf(warc.open));
    const path = `archive/${warc.filename}`;
    resources.push({ name: warc.filename, path, hash: `sha256:${sha256}`, bytes: size });
    zip.addReadStream(warc.open(), path, { compress: false, mtime, size });
  }
  for (const [path, bytes] of [
    ['indexes/index.cdxj', cdxj],
    ['pages/pages.jsonl', pages],
  ] as const) {
    resources.push(resourceOf(path, bytes));
    zip.addBuffer(bytes, path, { mtime });
  }
  const first = index.pages[0];
  const datapackage = Buffer.from(
    JSON.stringify(
      {
        profile: 'data-package',
        wacz_version: WACZ_VERSION,
        title: input.title,
        description: input.description,
        created,
        software: `${input.software.name} ${input.software.version}`,
        ...(first ? { mainPageUrl: first.url, mainPageDate: first.ts } : {}),
        resources,
      },
      null,
      2,
    ),
  );
  zip.addBuffer(datapackage, 'datapackage.json', { mtime });
  const digest = signDatapackage(datapackage, input.key, input.software, created);
  zip.addBuffer(Buffer.from(JSON.stringify(digest, null, 2)), 'datapackage-digest.json', { mtime });
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(file, { mode: 0o600 }));
  return hashOf(() => fs.createReadStream(file));
}
