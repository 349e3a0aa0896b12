/**
 * The CDXJ index of WARC files (pywb's CDXJ, as WACZ 1.1.1 requires) made with warcio's own
 * indexer: one line per response, resource and metadata record, keyed by SURT and 14-digit
 * timestamp, with the record's url, mime, status, payload digest, and its offset, length and file
 * name inside the WACZ's archive/ folder. Lines are sorted, as a reader's binary search needs.
 */
import type { Readable } from 'node:stream';
import { CDXIndexer } from 'warcio';

export interface IndexedWarc {
  /** The name the WARC has under archive/. */
  readonly filename: string;
  readonly open: () => Readable;
}

/** A page a capture shows, for pages/pages.jsonl. */
export interface WaczPage {
  readonly url: string;
  /** RFC 3339. */
  readonly ts: string;
  readonly title?: string;
}

export interface WarcIndex {
  readonly lines: string[];
  /** Per WARC, its first HTML response answered 2xx: the page the capture shows. */
  readonly pages: WaczPage[];
}

/** `20261202004639` to `2026-12-02T00:46:39Z`. */
function rfc3339(timestamp: string): string {
  const t = timestamp.padEnd(14, '0');
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}Z`;
}

/** Indexes each WARC in turn (streamed, never held whole). */
export async function indexWarcs(warcs: readonly IndexedWarc[]): Promise<WarcIndex> {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const lines: string[] = [];
  const pages: WaczPage[] = [];
  for (const warc of warcs) {
    let page: WaczPage | undefined;
    for await (const entry of indexer.iterIndex([{ filename: warc.filename, reader: warc.open() }])) {
      const status = Number(entry.status);
      if (!page && entry.mime === 'text/html' && status >= 200 && status < 300) {
        page = { url: String(entry.url), ts: rfc3339(String(entry.timestamp)) };
      }
      lines.push(indexer.serializeCDXJ(entry).trimEnd());
    }
    if (page) pages.push(page);
  }
  lines.sort();
  return { lines, pages };
}
