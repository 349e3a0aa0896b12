/**
 * Web capture throughput: the web page collector rendering through casegraph's shared BrowserPool,
 * several pages in flight, keeping what the pipeline keeps (raw exchange, screenshot, DOM, WARC,
 * metadata in the evidence store), against one page at a time in a freshly launched Chromium.
 *
 *   node --import tsx bench/capture-throughput.ts [--pages 60] [--concurrency 4] [--baseline 15]
 *
 * Pages come from a loopback server (bench/capture-fixtures.ts); Chromium is CHROMIUM_PATH.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { CollectionTarget } from '../common/collection-types.js';
import { loadConfig } from '../common/config.js';
import { setLogLevel } from '../common/logger.js';
import type { CaptureResult } from '../collectors/collector.js';
import { webCollector } from '../collectors/web/web.collector.js';
import { EvidenceStore } from '../evidence/evidence-store.js';
import { BrowserPool } from '../capture/browser/browser-pool.js';
import { createPageRenderer } from '../capture/browser/guarded-renderer.js';
import { storeCaptureFiles } from '../capture/capture-files.js';
import { COLLECT_LIMITS } from '../capture/capture-order.js';
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

/** One capture as the collect job runs it, minus the gate and the graph: collect, then store. */
async function capture(url: string, openPage: () => Promise<Page>, store: EvidenceStore): Promise<void> {
  const t = target(url);
  const result = await webCollector.collect(t, {
    ...testContext(t, new URL(url).origin, { limits: { ...COLLECT_LIMITS, maxPages: 1 } }),
    render: createPageRenderer({ openPage, allowlist: ALLOW }),
  });
  if (result.kind !== 'captured') throw new Error(`${url}: ${JSON.stringify(result)}`);
  const captured: CaptureResult = result;
  if (!captured.rendering || captured.rendering.refused.length > 0) throw new Error(`${url}: not rendered`);
  await storeCaptureFiles(
    store,
    captured.exchanges,
    new Set(),
    (files) => ({
      target: t,
      rendering: { title: captured.rendering!.title, metadata: captured.rendering!.metadata },
      files,
    }),
    { name: 'casegraph bench', operator: 'bench', metadataUrl: `urn:casegraph:capture:${url}` },
    captured.rendering,
  );
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

  const poolSampler = sampleChromium();
  const pooled = await timed(() => casegraphRun(urls, pool, store));
  const poolPeak = await poolSampler.stop();
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
        metric: 'web pages/minute',
        casegraph: (pageCount / pooled) * 60,
        baseline: (baseUrls.length / fresh) * 60,
        unit: 'pages/min',
        higherIsBetter: true,
        target: 4,
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
