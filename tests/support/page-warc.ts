/**
 * A WARC of a page load with what a browser fetched for it: the HTML, a stylesheet, a PNG the HTML
 * shows, a script that adds a second PNG and reads document.cookie into the page. Written with
 * warcio, as any WARC/1.1 writer would, so the WACZ and replay are tested on WARC as such.
 */
import { PNG } from 'pngjs';
import { WARCRecord, WARCSerializer } from 'warcio';

export const PAGE_URL = 'http://fixture.test/case/page.html';

/** A solid PNG of one colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(png);
}

const HTML = `<!doctype html><html><head><title>Archived fixture page</title>
<link rel="stylesheet" href="/case/style.css"></head><body>
<h1 id="title">Archived fixture page</h1>
<img id="red" src="/case/red.png" width="40" height="30" alt="red">
<p id="cookie">cookie not read</p>
<script src="/case/app.js"></script>
</body></html>`;

const SCRIPT = `var img = document.createElement('img');
img.id = 'blue'; img.alt = 'blue'; img.src = '/case/blue.png';
document.body.appendChild(img);
document.getElementById('cookie').textContent = 'cookie:' + document.cookie;`;

interface Exchange {
  readonly url: string;
  readonly type: string;
  readonly body: Buffer;
}

const exchange = (path: string, type: string, body: Buffer): Exchange => ({
  url: new URL(path, PAGE_URL).href,
  type,
  body,
});

/** The page's exchanges, HTML first. */
export function pageExchanges(): Exchange[] {
  return [
    exchange('/case/page.html', 'text/html; charset=utf-8', Buffer.from(HTML)),
    exchange('/case/style.css', 'text/css', Buffer.from('body { background: #fff; } h1 { color: #222; }')),
    exchange('/case/red.png', 'image/png', solidPng(40, 30, [220, 20, 20])),
    exchange('/case/app.js', 'application/javascript', Buffer.from(SCRIPT)),
    exchange('/case/blue.png', 'image/png', solidPng(20, 20, [20, 20, 220])),
  ];
}

const serialize = (record: WARCRecord) =>
  WARCSerializer.serialize(record, {
    gzip: true,
    digest: { algo: 'sha-256', prefix: 'sha256:', base32: false },
  });

/** The page's WARC/1.1 file: warcinfo, then a request and a response record per exchange. */
export async function pageWarc(): Promise<Buffer> {
  const date = '2026-11-30T10:00:00.000Z';
  const parts: Uint8Array[] = [
    await serialize(
      WARCRecord.createWARCInfo(
        { filename: 'capture.warc.gz', warcVersion: 'WARC/1.1' },
        { software: 'casegraph test', format: 'WARC File Format 1.1' },
      ),
    ),
  ];
  for (const e of pageExchanges()) {
    const target = new URL(e.url);
    const common = { url: e.url, date, warcVersion: 'WARC/1.1' as const };
    const request = WARCRecord.create(
      {
        ...common,
        type: 'request',
        statusline: `GET ${target.pathname} HTTP/1.1`,
        httpHeaders: { host: target.host },
      },
      [],
    );
    const response = WARCRecord.create(
      {
        ...common,
        type: 'response',
        warcHeaders: { 'WARC-IP-Address': '127.0.0.1' },
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'content-type': e.type, 'content-length': String(e.body.length) },
      },
      [new Uint8Array(e.body)],
    );
    parts.push(await serialize(request), await serialize(response));
  }
  return Buffer.concat(parts);
}
