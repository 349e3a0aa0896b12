/**
 * The page renderer a collector is handed: a page from the shared pool, the host's turn from the
 * pacer (a render is one more visit to the site), the job's decision checked before every request
 * the page makes, a guard proxy session for every connection, and the page and session closed
 * whatever happens.
 */
import type { Page } from 'puppeteer-core';
import type { HostPacer, PageRenderer } from '../../collectors/collector.js';
import { bareHost } from '../net/address-guard.js';
import type { ProxySession, SessionGuard, SessionLimits } from '../proxy/proxy-session.js';
import { openCaptureSession } from './capture-browser.js';
import { renderPage } from './page-renderer.js';

export interface RendererDeps {
  /** A fresh page of a capture browser, in a clean context of its own; the renderer closes it. */
  readonly openPage: () => Promise<Page>;
  readonly allowlist: SessionGuard['allowlist'];
  /** casegraph's own endpoints, refused even when allowlisted. */
  readonly forbidden?: SessionGuard['forbidden'];
  /** Caps on what the page may move through the proxy; defaults in proxy-session.ts. */
  readonly limits?: Partial<SessionLimits>;
  readonly pacer?: HostPacer;
  readonly signal?: AbortSignal;
  /** Throws while the job's gate decision does not hold; asked before every request of the page. */
  readonly authorize: () => void;
  /** The user agent a page is rendered with unless the request names one. */
  readonly userAgent: string;
  /** Per response the page loads, as received. */
  readonly maxResponseBytes: number;
  /** Roots trusted beside Node's own for HTTPS (CASEGRAPH_EXTRA_CA_FILE). */
  readonly extraCa?: readonly string[];
}

/** A renderer bound to one job's guard, pacing and abort signal. */
export function createPageRenderer(deps: RendererDeps): PageRenderer {
  return async (request) => {
    const page = await deps.openPage();
    let session: ProxySession | undefined;
    try {
      session = openCaptureSession(
        page,
        { allowlist: deps.allowlist, forbidden: deps.forbidden },
        deps.limits,
      );
      const release = await deps.pacer?.acquire(bareHost(new URL(request.url)), deps.signal);
      try {
        return await renderPage(page, request.url, {
          ...request,
          userAgent: request.userAgent ?? deps.userAgent,
          session,
          authorize: deps.authorize,
          maxResponseBytes: deps.maxResponseBytes,
          ...(deps.extraCa ? { extraCa: deps.extraCa } : {}),
          ...(deps.signal ? { signal: deps.signal } : {}),
        });
      } finally {
        await release?.();
      }
    } finally {
      await page.close();
      session?.close();
    }
  };
}
