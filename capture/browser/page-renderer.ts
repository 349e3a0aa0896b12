/**
 * Renders a page in headless Chromium under the same address guard as every other request: each
 * request the page makes is resolved and checked before it may continue, refused ones are aborted
 * and listed. Gives the full-page screenshot, the rendered DOM, the title and the metadata.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { isAppError } from '../../common/errors.js';
import type { Rendering } from '../../collectors/collector.js';
import { resolveGuarded } from '../net/address-guard.js';

export interface RenderOptions {
  readonly allowlist: readonly string[];
  readonly timeoutMs: number;
  readonly width: number;
  readonly userAgent: string;
}

async function guard(request: HTTPRequest, allowlist: readonly string[]): Promise<string | null> {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} is not fetched`;
  try {
    await resolveGuarded(url, allowlist);
    return null;
  } catch (error) {
    return isAppError(error) ? error.message : 'address could not be checked';
  }
}

/** Renders `url` in `page` and reads what it shows; the caller owns and closes the page. */
export async function renderPage(page: Page, url: string, options: RenderOptions): Promise<Rendering> {
  const refused: { url: string; reason: string }[] = [];
  await page.setUserAgent(options.userAgent);
  await page.setViewport({ width: options.width, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void guard(request, options.allowlist).then((reason) => {
      if (reason) {
        refused.push({ url: request.url(), reason });
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
  return { screenshot, dom, title, metadata, refused };
}
