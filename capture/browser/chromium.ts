import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { AppError } from '../../common/errors.js';

const run = promisify(execFile);

/**
 * Flags for headless Chromium on a closed network: no background traffic, no GPU, a sandbox the
 * root user cannot have. A capture browser adds captureNetworkArgs on top.
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  '--hide-scrollbars',
] as const;

/**
 * Flags that leave a capture browser no network path but casegraph's guard proxy (checked on
 * Chromium 156 by tests/integration/browser-network.test.ts).
 */
export function captureNetworkArgs(proxyPort: number): string[] {
  return [
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    // Chromium sends localhost and loopback addresses past any proxy unless told otherwise.
    '--proxy-bypass-list=<-loopback>',
    // Even with a proxy, Chromium asks its own resolver about the names a page uses; every name
    // but the proxy's address now resolves to nothing, so the guard's lookup is the only one.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    // WebRTC may use only proxied (TCP) connections: no STUN or media over direct UDP. This build
    // has no --force-webrtc-ip-handling-policy; this switch sets the same preference.
    '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

export interface LaunchOptions {
  /** Flags added to CHROMIUM_ARGS. */
  readonly args?: readonly string[];
  /** DevTools over a pipe instead of a port on 127.0.0.1 that a page could reach. */
  readonly pipe?: boolean;
}

/** The version string of the Chromium binary, or an error saying what to install. */
export async function chromiumVersion(executablePath: string): Promise<string> {
  if (!fs.existsSync(executablePath)) {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  const { stdout } = await run(executablePath, ['--version'], { timeout: 15_000 });
  return stdout.trim();
}

/**
 * Launches Debian's Chromium through puppeteer-core; never downloads a browser. Without options it
 * reaches the network directly, for browsing casegraph's own workspace in tests: captures use
 * launchCaptureChromium (capture-browser.ts), whose every connection passes the address guard.
 */
export async function launchChromium(executablePath: string, options: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    pipe: options.pipe ?? false,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 60_000,
  });
}
