/**
 * Renders a page in headless Chromium as one recorded load: every request the page makes goes
 * through the capture's recorder (capture/recording/), which checks it with the address guard,
 * performs it and keeps its bytes before Chromium sees the answer; whatever interception does not
 * see (WebSockets, service workers, WebRTC) meets casegraph's guard proxy under the capture's
 * session. The screenshot, the rendered DOM and the exchanges all come from that one load.
 */
import type { HTTPResponse, Page } from 'puppeteer-core';
import { AppError } from '../../common/errors.js';
import type { RawExchange, Rendering } from '../../collectors/collector.js';
import { PageRecorder, type RecorderOptions } from '../recording/page-recorder.js';
import { SESSION_GREETING_URL } from '../proxy/guard-proxy.js';
import type { ProxySession } from '../proxy/proxy-session.js';
import { browserFacts, pageMetadata, shownMedia } from './page-facts.js';

export interface RenderOptions extends Omit<RecorderOptions, 'session' | 'timeoutMs'> {
  /** The capture's proxy session: its credential, its guard and the refusals it collects. */
  readonly session: ProxySession;
  readonly timeoutMs: number;
  readonly width: number;
  readonly userAgent: string;
}

/** The document's final exchange with its redirect hops, each hop also kept as its own exchange. */
function documentFirst(recorder: PageRecorder, response: HTTPResponse | null): RawExchange[] {
  const all = recorder.exchanges;
  const final = response ? recorder.exchangeOf(response.request()) : undefined;
  if (!final) return [...all];
  const hops = response!
    .request()
    .redirectChain()
    .map((r) => recorder.exchangeOf(r));
  const redirectChain = hops.flatMap((hop) =>
    hop
      ? [
          {
            url: hop.request.url,
            status: hop.response.status,
            location: hop.response.headers.location ?? '',
            headers: hop.wire?.rawHeaders ?? [],
          },
        ]
      : [],
  );
  return [{ ...final, redirectChain }, ...all.filter((e) => e !== final)];
}

/** Why the document itself did not load, in the words of the guard or the recorder. */
function documentFailure(
  url: string,
  options: RenderOptions,
  recorder: PageRecorder,
  error: Error,
): AppError {
  const refused = options.session.refused.find((r) => r.url === url);
  if (refused) return new AppError('FETCH_REFUSED', refused.reason, { url, retryable: false });
  const lost = recorder.notKept.find((r) => r.url === url);
  if (lost) return new AppError('FETCH_FAILED', lost.reason, { url, retryable: true });
  return new AppError('FETCH_FAILED', `${url}: the page did not load (${error.message})`, {
    url,
    retryable: true,
  });
}

/** Renders `url` in `page` and reads what it shows; the caller owns and closes the page. */
export async function renderPage(page: Page, url: string, options: RenderOptions): Promise<Rendering> {
  const { session } = options;
  // Chromium's first proxied connection meets the proxy's 407; puppeteer answers it with the
  // session's credential, which Chromium then sends on every connection of this browser context.
  await page.authenticate(session.credentials);
  // The page's requests go to the network, seen and recorded, never answered by a service worker.
  await page.setBypassServiceWorker(true);
  await page.setUserAgent(options.userAgent);
  await page.setViewport({ width: options.width, height: 900 });
  // Before interception: Chromium authenticates to the proxy once, for the connections that follow
  // (a fetch from the blank page, which unlike a navigation asks for no favicon afterwards).
  await page.evaluate(
    (greeting) => fetch(greeting, { mode: 'no-cors' }).then(() => undefined),
    SESSION_GREETING_URL,
  );
  const recorder = new PageRecorder({ ...options, timeoutMs: options.timeoutMs });
  await page.setRequestInterception(true);
  page.on('request', (request) => void recorder.handle(request).catch(() => undefined));
  // Settled means no request in flight for half a second after the load event, the meaning of
  // puppeteer's networkidle0; puppeteer's own tracker sees it about 400 ms sooner than Chromium's.
  const startedAt = new Date();
  const deadline = Date.now() + options.timeoutMs;
  let response: HTTPResponse | null;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
  } catch (error) {
    throw documentFailure(url, options, recorder, error as Error);
  }
  await page.waitForNetworkIdle({ idleTime: 500, timeout: Math.max(1, deadline - Date.now()) });
  const screenshot = Buffer.from(await page.screenshot({ fullPage: true, type: 'png' }));
  const dom = await page.content();
  return {
    screenshot,
    dom,
    title: await page.title(),
    metadata: await pageMetadata(page),
    refused: session.refused,
    exchanges: documentFirst(recorder, response),
    notKept: recorder.notKept,
    shownMedia: await shownMedia(page),
    browser: await browserFacts(page, options.userAgent, startedAt),
  };
}
