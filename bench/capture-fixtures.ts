/**
 * What the capture benchmark renders and how it weighs Chromium: distinct loopback pages that each
 * pull a stylesheet, a script and images (so a load is many responses, as on a real site), and the
 * resident memory of this process's Chromium processes read from /proc.
 */
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { sendText } from '../demo/platforms/fixture-http.js';
import { fixtureJpeg, fixturePng, fixtureVideo } from '../demo/platforms/media.fixture.js';
import { MEDIA } from '../demo/platforms/scenario.js';
import { WEB_PAGES, webRoutes } from '../demo/platforms/web.fixture.js';

const KINDS = 8;
const IMAGES = 3;

/** A noisy PNG, so it costs what a photo costs to fetch, decode and paint (~250 KB). */
function photo(seed: number): Buffer {
  const png = new PNG({ width: 320, height: 200 });
  for (let i = 0; i < png.data.length; i += 1)
    png.data[i] = i % 4 === 3 ? 255 : (i * 2654435761 + seed) >>> 24;
  return PNG.sync.write(png);
}

function benchPage(k: number): string {
  const images = Array.from(
    { length: IMAGES },
    (_, j) =>
      `<figure><img src="/bench/img-${k}-${j}.png" width="320" height="200" alt="photo ${j}"></figure>`,
  ).join('\n');
  const text = Array.from(
    { length: 12 },
    (_, p) => `<p>Paragraph ${p} of report ${k}: witnesses describe the vehicle and the route it took.</p>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Report ${k}</title>
<meta name="description" content="Bench report ${k}">
<meta property="og:title" content="Report ${k}">
<link rel="canonical" href="https://news.example.org/report/${k}">
<link rel="stylesheet" href="/bench/style-${k}.css">
<script src="/bench/app-${k}.js" defer></script>
</head><body><h1>Report ${k}</h1>${text}
${images}
<p><a href="https://news.example.org/report/${k + 1}">Next report</a></p>
</body></html>
`;
}

const style = (k: number) =>
  `body{font-family:sans-serif;margin:2em;background:hsl(${k * 45},40%,96%)}figure{display:inline-block}`;
/** Changes the DOM after load, so the rendered DOM differs from the fetched HTML. */
const script = (k: number) =>
  `document.body.insertAdjacentHTML('beforeend','<p id="rendered">rendered ${k} at '+new Date().toISOString()+'</p>');`;

export interface BenchPages {
  /** Every distinct page URL: the bench reports and the fixture article. */
  readonly urls: readonly string[];
  close(): Promise<void>;
}

/** Starts the pages on 127.0.0.1 and a free port. */
export async function startBenchPages(): Promise<BenchPages> {
  const photos = new Map<string, Buffer>();
  for (let k = 0; k < KINDS; k += 1)
    for (let j = 0; j < IMAGES; j += 1) photos.set(`/bench/img-${k}-${j}.png`, photo(k * IMAGES + j));
  const media: Record<string, [Buffer, string]> = {
    [MEDIA.png.path]: [fixturePng(), MEDIA.png.mediaType],
    [MEDIA.jpeg.path]: [fixtureJpeg(), MEDIA.jpeg.mediaType],
    [MEDIA.video.path]: [fixtureVideo(), MEDIA.video.mediaType],
  };
  let base = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const p = url.pathname;
    const k = Number(/^\/bench\/[a-z]+-(\d+)/.exec(p)?.[1]);
    if (/^\/bench\/page-\d+\.html$/.test(p)) sendText(res, 200, benchPage(k), 'text/html; charset=utf-8');
    else if (p.endsWith('.css')) sendText(res, 200, style(k), 'text/css');
    else if (p.endsWith('.js')) sendText(res, 200, script(k), 'text/javascript');
    else if (photos.has(p)) sendText(res, 200, photos.get(p)!, 'image/png');
    else if (media[p]) sendText(res, 200, media[p][0], media[p][1]);
    else if (!webRoutes({ req, res, url, base })) sendText(res, 404, 'not found', 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = [
    ...Array.from({ length: KINDS }, (_, k) => `${base}/bench/page-${k}.html`),
    `${base}${WEB_PAGES.article}`,
  ];
  return {
    urls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** VmRSS of a process in MB, 0 when it has gone. */
async function rssMb(pid: number): Promise<number> {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * RSS in MB summed over every process descended from this one: Chromium's browser, zygotes,
 * renderers, GPU and network services. Shared pages count once per process, so it overstates what
 * the tree takes from the machine; PSS (smaps_rollup) would not, but reading it costs ~50 ms per
 * sample and takes each process's memory lock, which would slow the run it measures.
 */
export async function chromiumTreeRssMb(): Promise<number> {
  const parent = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses; the fields after its last ')' do not.
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited between readdir and read
    }
  }
  const tree = new Set<number>([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  tree.delete(process.pid);
  const sizes = await Promise.all([...tree].map(rssMb));
  return sizes.reduce((sum, mb) => sum + mb, 0);
}

/** Samples chromiumTreeRssMb every `ms` (skipping a tick while a sample is still reading) until stopped. */
export function sampleChromium(ms = 200): { stop(): Promise<number> } {
  let peak = 0;
  let reading: Promise<void> | null = null;
  const sample = () => {
    reading ??= chromiumTreeRssMb().then((mb) => {
      peak = Math.max(peak, mb);
      reading = null;
    });
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop: async () => {
      clearInterval(timer);
      await reading;
      return peak;
    },
  };
}
