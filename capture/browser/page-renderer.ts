/**
 * Renders a page in headless Chromium under the same address guard as every other request. Every
 * connection the browser makes passes casegraph's guard proxy under the capture's session; the
 * requests puppeteer can see are also checked before they leave (a second line, which names each
 * refused URL in full where the proxy sees only a tunnel's host and port). Gives the full-page
 * screenshot, the rendered DOM, the title, the metadata and everything refused.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { isAppError } from '../../common/errors.js';
import type { Rendering } from '../../collectors/collector.js';
import { resolveGuarded } from '../net/address-guard.js';
import type { ProxySession, SessionGuard } from '../proxy/proxy-session.js';

export interface RenderOptions {
  /** The capture's proxy session: its credential, its guard and the refusals it collects. */
  readonly session: ProxySession;
  readonly timeoutMs: number;
  readonly width: number;
  readonly userAgent: string;
}

async function check(request: HTTPRequest, guard: SessionGuard): Promise<string | null> {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} is not fetched`;
  try {
    await resolveGuarded(url, guard.allowlist, guard.forbidden);
    return null;
  } catch (error) {
    return isAppError(error) ? error.message : 'address could not be checked';
  }
}

/** Renders `url` in `page` and reads what it shows; the caller owns and closes the page. */
export async function renderPage(page: Page, url: string, options: RenderOptions): Promise<Rendering> {
  const { session } = options;
  // Chromium's first request meets the proxy's 407; puppeteer answers it with the session's
  // credential, which Chromium then sends on every connection of this browser context.
  await page.authenticate(session.credentials);
  // The page's requests go to the network, seen and guarded, never answered by a service worker.
  await page.setBypassServiceWorker(true);
  await page.setUserAgent(options.userAgent);
  await page.setViewport({ width: options.width, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void check(request, session.guard).then((reason) => {
      if (reason) {
        session.refuse(request.url(), reason);
        return request.abort('blockedbyclient');
      }
      return request.continue();
    });
  });
  // Settled means no request in flight for half a second after the load event, the meaning of
  // puppeteer's networkidle0; puppeteer's own tracker sees it about 400 ms sooner than Chromium's.
  const deadline = Date.now() + options.timeoutMs;
  await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: Math.max(1, deadline - Date.now()) });
  const screenshot = Buffer.from(await page.screenshot({ fullPage: true, type: 'png' }));
  const dom = await page.content();
  const title = await page.title();
  const metadata = await page.$$eval('meta[name], meta[property], link[rel=canonical]', (elements) => {
    const found: Record<string, string> = {};
    for (const el of elements) {
      const key =
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        (el.getAttribute('rel') === 'canonical' ? 'canonical' : null);
      const value = el.getAttribute('content') ?? el.getAttribute('href');
      if (key && value && /^(description|og:|twitter:|canonical)/.test(key)) found[key] = value;
    }
    return found;
  });
  return { screenshot, dom, title, metadata, refused: session.refused };
}
