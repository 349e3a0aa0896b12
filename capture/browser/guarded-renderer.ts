/**
 * The page renderer a collector is handed: a page from the shared pool, the host's turn from the
 * pacer (a render is one more visit to the site), the address guard on every request the page
 * makes, and the page closed whatever happens.
 */
import type { Page } from 'puppeteer-core';
import type { HostPacer, PageRenderer } from '../../collectors/collector.js';
import { bareHost } from '../net/address-guard.js';
import { renderPage } from './page-renderer.js';

export interface RendererDeps {
  /** A fresh page in a clean browser context; the renderer closes it. */
  readonly openPage: () => Promise<Page>;
  readonly allowlist: readonly string[];
  readonly pacer?: HostPacer;
  readonly signal?: AbortSignal;
}

/** A renderer bound to one job's guard, pacing and abort signal. */
export function createPageRenderer(deps: RendererDeps): PageRenderer {
  return async (request) => {
    const page = await deps.openPage();
    try {
      const release = await deps.pacer?.acquire(bareHost(new URL(request.url)), deps.signal);
      try {
        return await renderPage(page, request.url, { ...request, allowlist: deps.allowlist });
      } finally {
        await release?.();
      }
    } finally {
      await page.close();
    }
  };
}
