/**
 * Chromium for captures: each browser gets its own guard proxy, started before it and closed with
 * it, and every page of a capture opens a proxy session whose credential tells the proxy whose
 * connection it is and what the address guard checks it against.
 */
import type { Browser, Page } from 'puppeteer-core';
import { AppError } from '../../common/errors.js';
import { GuardProxy } from '../proxy/guard-proxy.js';
import type { ProxySession, SessionGuard, SessionLimits } from '../proxy/proxy-session.js';
import { captureNetworkArgs, launchChromium } from './chromium.js';

const proxies = new WeakMap<Browser, GuardProxy>();

/** Launches Chromium whose only way out is a fresh guard proxy; `extraArgs` only for diagnostics. */
export async function launchCaptureChromium(
  executablePath: string,
  extraArgs: readonly string[] = [],
): Promise<Browser> {
  const proxy = await GuardProxy.start();
  try {
    const browser = await launchChromium(executablePath, {
      args: [...captureNetworkArgs(proxy.port), ...extraArgs],
      pipe: true,
    });
    proxies.set(browser, proxy);
    browser.once('disconnected', () => void proxy.close());
    return browser;
  } catch (error) {
    await proxy.close();
    throw error;
  }
}

/**
 * The proxy session a capture page's connections are checked under; the caller answers Chromium's
 * proxy challenge with its credentials and closes it with the page. Refuses a page that is not in
 * a capture browser (its connections would bypass the guard) or that shares the default context
 * (Chromium caches the credential per context, so two captures there would share one).
 */
export function openCaptureSession(
  page: Page,
  guard: SessionGuard,
  limits: Partial<SessionLimits> = {},
): ProxySession {
  const browser = page.browser();
  const proxy = proxies.get(browser);
  if (!proxy) {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      'the page is not in a capture browser, so the guard would not see it',
    );
  }
  if (page.browserContext() === browser.defaultBrowserContext()) {
    throw new AppError('SERVICE_UNAVAILABLE', 'a capture page needs a browser context of its own');
  }
  return proxy.openSession(guard, limits);
}
