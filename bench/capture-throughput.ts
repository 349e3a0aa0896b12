/**
 * Web capture throughput: the web page collector rendering through casegraph's shared BrowserPool,
 * several pages in flight, every request recorded and kept as the pipeline keeps it (WARC,
 * document, screenshot, DOM, metadata in the evidence store), against a bare puppeteer loop doing
 * only goto + full-page screenshot + content() at the same concurrency, and against one page at a
 * time in a freshly launched Chromium; plus the bytes written to the store per capture against the
 * bytes received and the screenshot.
 *
 *   node --import tsx bench/capture-throughput.ts [--pages 60] [--concurrency 4] [--baseline 15]
 *
 * Pages come from a loopback server (bench/capture-fixtures.ts); Chromium is CHROMIUM_PATH.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { CollectionTarget } from '../common/collection-types.js';
import { loadConfig } from '../common/config.js';
import { setLogLevel } from '../common/logger.js';
import type { CaptureResult } from '../collectors/collector.js';
import { webCollector } from '../collectors/web/web.collector.js';
import { EvidenceStore } from '../evidence/evidence-store.js';
import { BrowserPool } from '../capture/browser/browser-pool.js';
import { createPageRenderer } from '../capture/browser/guarded-renderer.js';
import { launchChromium } from '../capture/browser/chromium.js';
import { storeCaptureFiles } from '../capture/capture-files.js';
import { COLLECT_LIMITS } from '../capture/capture-order.js';
import { renderingEntry, warcOnlyIndexes } from '../capture/store-capture.js';
import { testContext } from '../tests/fixtures/platforms/collect-context.fixture.js';
import { chromiumTreeRssMb, sampleChromium, startBenchPages } from './capture-fixtures.js';
import { benchArgs, peakRssMb, report, timed } from './bench-kit.js';

const args = benchArgs({ pages: '60', concurrency: '4', baseline: '15' });
setLogLevel('warn');
const config = loadConfig();
const ALLOW = ['127.0.0.1'];
const concurrency = Number(args.concurrency);
const pageCount = Number(args.pages);
const baselineCount = Number(args.baseline);

const target = (url: string): CollectionTarget => ({
  platform: 'web',
  kind: 'url',
  value: url,
  scope: 'ACCOUNT',
});

/** Bytes received by the recorder and the screenshot, summed over the timed captures. */
const bytes = { received: 0, screenshot: 0 };

/** One capture as the collect job runs it, minus the gate and the graph: collect, then store. */
async function capture(url: string, openPage: () => Promise<Page>, store: EvidenceStore): Promise<void> {
  const t = target(url);
  const result = await webCollector.collect(t, {
    ...testContext(t, new URL(url).origin, { limits: { ...COLLECT_LIMITS, maxPages: 1 } }),
    render: createPageRenderer({
      openPage,
      allowlist: ALLOW,
      authorize: () => undefined,
      maxResponseBytes: COLLECT_LIMITS.maxBytes,
      userAgent: config.userAgent,
    }),
  });
  if (result.kind !== 'captured') throw new Error(`${url}: ${JSON.stringify(result)}`);
  const captured: CaptureResult = result;
  if (!captured.rendering || captured.rendering.refused.length > 0) throw new Error(`${url}: not rendered`);
  for (const e of captured.exchanges) bytes.received += e.wire?.response.length ?? e.response.body.length;
  bytes.screenshot += captured.rendering.screenshot.length;
  // The media the page showed, which the pipeline keeps as files of their own (all were loaded).
  const indexOf = new Map(
    captured.entities.media.flatMap((m) => {
      const at = captured.exchanges.findIndex((e) => e.request.url === m.url);
      return at > 0 ? [[m.url, at] as const] : [];
    }),
  );
  await storeCaptureFiles(store, {
    exchanges: captured.exchanges,
    mediaExchanges: new Set(indexOf.values()),
    warcOnly: warcOnlyIndexes({ result: captured, indexOf }),
    metadata: (files, payloads) => ({
      target: t,
      rendering: renderingEntry(captured.rendering),
      files,
      payloads,
    }),
    software: { name: 'casegraph bench', operator: 'bench', metadataUrl: `urn:casegraph:capture:${url}` },
    rendering: captured.rendering,
  });
}

/** Per-page wall times in ms, to tell a slow page from a slow queue. */
const latencies: number[] = [];

async function casegraphRun(urls: readonly string[], pool: BrowserPool, store: EvidenceStore): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const start = Date.now();
      await capture(url, () => pool.openPage(), store);
      latencies.push(Date.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * The obvious alternative: the same capture, but each page alone in its own browser (with its
 * guard proxy), launched before the page and closed after it.
 */
async function baselineRun(urls: readonly string[], store: EvidenceStore): Promise<void> {
  for (const url of urls) {
    const single = new BrowserPool(config.chromiumPath, 1);
    try {
      await capture(url, () => single.openPage(), store);
    } finally {
      await single.close();
    }
  }
}

/** The bare loop: goto, full-page screenshot and content(), nothing recorded, nothing stored. */
async function bareRun(urls: readonly string[], browser: Browser): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.screenshot({ fullPage: true, type: 'png' });
      await page.content();
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Bytes under a directory. */
function treeBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

const settle = (ms = 1000) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const pages = await startBenchPages();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-bench-capture-'));
const pool = new BrowserPool(config.chromiumPath, concurrency);
try {
  const urls = Array.from({ length: pageCount }, (_, i) => pages.urls[i % pages.urls.length]!);
  const store = new EvidenceStore(path.join(work, 'evidence'));
  // A worker's pool browser outlives its captures: launch and warm it outside the timed run, once
  // per distinct page so neither side gets a first-render penalty the other does not.
  for (const url of pages.urls) await capture(url, () => pool.openPage(), store);
  await settle();
  const idleSamples: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    idleSamples.push(await chromiumTreeRssMb());
    await settle(200);
  }
  const idle = median(idleSamples);

  // The bare loop's browser: Chromium as puppeteer launches it, warmed on the same pages.
  const bare = await launchChromium(config.chromiumPath);
  await bareRun(pages.urls, bare);
  const bareTime = await timed(() => bareRun(urls, bare));
  await bare.close();

  const poolSampler = sampleChromium();
  const pooled = await timed(() => casegraphRun(urls, pool, store));
  const poolPeak = await poolSampler.stop();

  // Bytes: each distinct page captured once into an empty store, so its size is what they wrote.
  const bytesStore = new EvidenceStore(path.join(work, 'bytes'));
  bytes.received = 0;
  bytes.screenshot = 0;
  for (const url of pages.urls) await capture(url, () => pool.openPage(), bytesStore);
  const written = treeBytes(path.join(work, 'bytes', 'sha256'));
  await pool.close();
  await settle();

  const baseUrls = urls.slice(0, baselineCount);
  const baseSampler = sampleChromium();
  const fresh = await timed(() => baselineRun(baseUrls, store));
  const basePeak = await baseSampler.stop();

  const perPage = (poolPeak - idle) / concurrency;
  report(
    `web capture: ${pageCount} pages (${pages.urls.length} distinct), ${concurrency} in flight through one BrowserPool; baseline on ${baseUrls.length} pages`,
    'the same capture, one page at a time, each in a freshly launched Chromium (launch, capture, close)',
    [
      {
        metric: 'pages/min vs bare puppeteer',
        casegraph: (pageCount / pooled) * 60,
        baseline: (pageCount / bareTime) * 60,
        unit: 'pages/min',
        higherIsBetter: true,
        target: 0.8,
      },
      {
        metric: 'pages/min vs fresh browser',
        casegraph: (pageCount / pooled) * 60,
        baseline: (baseUrls.length / fresh) * 60,
        unit: 'pages/min',
        higherIsBetter: true,
      },
      {
        metric: 'peak Chromium RSS per page',
        casegraph: perPage,
        baseline: basePeak,
        unit: 'MB',
        higherIsBetter: false,
      },
    ],
  );
  const received = bytes.received + bytes.screenshot;
  const n = pages.urls.length;
  console.log(
    `bytes written per capture ${(written / n / 1024).toFixed(1)} KiB vs received + screenshot ` +
      `${(received / n / 1024).toFixed(1)} KiB: ratio ${(written / received).toFixed(2)}× (target ≤ 1.25×)`,
  );
  console.log(
    `Chromium tree RSS: idle pool browser ${idle.toFixed(0)} MB, peak ${poolPeak.toFixed(0)} MB with ` +
      `${concurrency} pages in flight → ${perPage.toFixed(1)} MB per concurrent page; ` +
      `baseline: one fresh browser with its one page peaks at ${basePeak.toFixed(0)} MB`,
  );
  console.log(
    `casegraph per-page latency p50 ${median(latencies)} ms, max ${Math.max(...latencies)} ms; ` +
      `baseline ${((fresh / baseUrls.length) * 1000).toFixed(0)} ms per page; bench process peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
} finally {
  await pool.close();
  await pages.close();
  fs.rmSync(work, { recursive: true, force: true });
}
