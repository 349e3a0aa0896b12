import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CollectionTarget } from '../../common/collection-types.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { webCollector } from '../../collectors/web/web.collector.js';
import { BrowserPool } from '../../capture/browser/browser-pool.js';
import { storeCaptureFiles } from '../../capture/capture-files.js';
import { renderingEntry, warcOnlyIndexes } from '../../capture/store-capture.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { LOAD_PAGES, LOAD_PARTS, XHR_ANSWER } from '../../demo/platforms/web-load.fixture.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { testRenderer } from '../support/capture-renderer.js';
import { jwarcValidate, readWarc, type ReadRecord } from '../support/warc-records.js';

const sha256 = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * The web collector's one recorded load in real Chromium against a loopback page of many parts:
 * the exchanges the renderer returns are the ones the browser drew the page from, and the WARC
 * written from them holds each as it was received, valid to jwarc.
 */
describe('one recorded page load', () => {
  let fixtures: FixturePlatforms;
  let pool: BrowserPool;
  let dir: string;
  let store: EvidenceStore;
  let result: CaptureResult;
  let records: ReadRecord[];
  let warcFile: string;
  let artifacts: { name: string; kind: string; sha256: string }[];

  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    pool = new BrowserPool(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-recorded-'));
    store = new EvidenceStore(path.join(dir, 'evidence'));
    const target: CollectionTarget = {
      platform: 'web',
      kind: 'url',
      value: `${fixtures.url}${LOAD_PAGES.start}`,
      scope: 'ACCOUNT',
    };
    fixtures.resetHits();
    result = (await webCollector.collect(target, {
      ...testContext(target, fixtures.url),
      render: testRenderer(() => pool.openPage(), { allowlist: [`127.0.0.1:${fixtures.port}`] }),
    })) as CaptureResult;
    expect(result.kind).toBe('captured');
    const stored = await storeCaptureFiles(store, {
      exchanges: result.exchanges,
      mediaExchanges: new Set(),
      warcOnly: warcOnlyIndexes({ result }),
      metadata: (files, payloads) => ({ rendering: renderingEntry(result.rendering), files, payloads }),
      software: { name: 'casegraph test', operator: 'tester', metadataUrl: 'urn:casegraph:capture:test' },
      rendering: result.rendering!,
    });
    artifacts = stored.artifacts;
    warcFile = store.pathOf(stored.artifacts.find((a) => a.kind === 'WARC')!.sha256);
    records = await readWarc(warcFile);
  }, 60_000);
  afterAll(async () => {
    await pool.close();
    await fixtures.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const url = (p: string) => `${fixtures.url}${p}`;
  const responseOf = (p: string) => records.find((r) => r.type === 'response' && r.url === url(p));

  it('draws the screenshot and DOM from the load it recorded, asking the site for each part once', () => {
    const rendering = result.rendering!;
    // What the script did (an added image, the XHR's answer) is in the DOM of this same load.
    expect(rendering.dom).toContain(XHR_ANSWER.appeal);
    expect(rendering.dom).toContain('added by script');
    expect(rendering.screenshot.subarray(1, 4).toString()).toBe('PNG');
    for (const p of [LOAD_PAGES.start, LOAD_PAGES.page, ...Object.values(LOAD_PARTS)]) {
      expect([p, fixtures.hits(p)]).toEqual([p, 1]);
    }
    expect(rendering.refused).toEqual([]);
    expect(rendering.notKept).toEqual([]);
    expect(rendering.browser).toMatchObject({
      version: expect.stringMatching(/Chrome\/\d+/),
      userAgent: 'casegraph test',
      viewport: { width: 1366, height: 900 },
      deviceScaleFactor: 1,
    });
  });

  it('puts the document first, with its redirect hop and that hop’s own headers', () => {
    const [document] = result.exchanges;
    expect(document!.request.url).toBe(url(LOAD_PAGES.page));
    expect(document!.redirectChain).toEqual([
      {
        url: url(LOAD_PAGES.start),
        status: 302,
        location: LOAD_PAGES.page,
        headers: expect.arrayContaining(['Location', LOAD_PAGES.page]),
      },
    ]);
    expect(result.entities.posts[0]).toMatchObject({
      url: url(LOAD_PAGES.page),
      title: 'Appeal with everything',
    });
    expect(result.entities.media.map((m) => m.url).sort()).toEqual(
      [url(LOAD_PARTS.photo), url(LOAD_PARTS.image), url(LOAD_PARTS.scriptImage)].sort(),
    );
  });

  it('writes a response and a request record for every exchange, tied together and to the warcinfo', () => {
    for (const p of [LOAD_PAGES.start, LOAD_PAGES.page, ...Object.values(LOAD_PARTS)]) {
      expect([p, responseOf(p)?.type]).toEqual([p, 'response']);
    }
    const [info, ...rest] = records;
    expect(info!.type).toBe('warcinfo');
    const infoId = info!.header('WARC-Record-ID');
    for (const r of rest) expect(r.header('WARC-Warcinfo-ID')).toBe(infoId);
    const responses = rest.filter((r) => r.type === 'response');
    const requests = rest.filter((r) => r.type === 'request');
    expect(requests).toHaveLength(responses.length);
    expect(new Set(requests.map((r) => r.header('WARC-Concurrent-To')))).toEqual(
      new Set(responses.map((r) => r.header('WARC-Record-ID'))),
    );
    for (const r of [...responses, ...requests]) expect(r.header('WARC-IP-Address')).toBe('127.0.0.1');
    expect(rest.filter((r) => r.type === 'resource').map((r) => r.url)).toEqual([
      'urn:casegraph:capture:test/screenshot.png',
      'urn:casegraph:capture:test/dom.html',
    ]);
  });

  it('keeps each response as received: header order, case and repeats, and the chunk framing', () => {
    const xhr = responseOf(LOAD_PARTS.xhr)!.block.toString('latin1');
    expect(xhr).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(xhr).toContain('X-Fixture-Note: first\r\nX-Fixture-Note: second\r\nX-MiXeD-Case: kept\r\n');
    const css = responseOf(LOAD_PARTS.stylesheet)!;
    const text = css.block.toString('latin1');
    expect(text).toContain('Transfer-Encoding: chunked\r\n');
    const body = text.slice(text.indexOf('\r\n\r\n') + 4);
    expect(body).toMatch(/^[0-9a-f]+\r\n@font-face/);
    expect(body.endsWith('0\r\n\r\n')).toBe(true);
    // The payload digest is over the payload with the framing removed: what the browser applied.
    const payload = result.exchanges.find((e) => e.request.url === url(LOAD_PARTS.stylesheet))!.response.body;
    expect(payload.toString()).toMatch(/^@font-face[^]*h1 \{/);
    expect(css.header('WARC-Payload-Digest')).toBe(`sha256:${sha256(payload)}`);
    expect(css.header('WARC-Block-Digest')).toBe(`sha256:${sha256(css.block)}`);
    // The request as casegraph wrote it, without the browser's coding wishes.
    const request = records.find((r) => r.type === 'request' && r.url === url(LOAD_PARTS.xhr))!;
    expect(request.block.toString('latin1')).toMatch(
      new RegExp(
        `^GET ${LOAD_PARTS.xhr.replace(/\./g, '\\.')} HTTP/1\\.1\\r\\nHost: 127\\.0\\.0\\.1:${fixtures.port}\\r\\n`,
      ),
    );
    expect(request.block.toString('latin1')).toContain('accept-encoding: identity\r\n');
  });

  it('passes jwarc validate', () => {
    const verdict = jwarcValidate(warcFile);
    expect(verdict).toMatchObject({ code: 0 });
    expect(verdict.output).not.toMatch(/invalid|error/i);
  });

  it('stores a subresource payload once, in the WARC, and the document as a file of its own', () => {
    expect(artifacts.map((a) => a.kind).sort()).toEqual([
      'DOM',
      'METADATA',
      'RESPONSE',
      'SCREENSHOT',
      'WARC',
    ]);
    const document = result.exchanges[0]!;
    expect(artifacts.find((a) => a.kind === 'RESPONSE')!.sha256).toBe(sha256(document.response.body));
    const font = result.exchanges.find((e) => e.request.url === url(LOAD_PARTS.font))!;
    expect(store.has(sha256(font.response.body))).toBe(false);
    expect(responseOf(LOAD_PARTS.font)!.header('WARC-Payload-Digest')).toBe(
      `sha256:${sha256(font.response.body)}`,
    );
  });
});
