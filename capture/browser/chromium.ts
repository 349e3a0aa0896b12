import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { AppError } from '../../common/errors.js';

const run = promisify(execFile);

/**
 * Flags for headless Chromium on a closed network: no background traffic, no GPU, a sandbox the
 * root user cannot have. The collectors add their own request interception on top.
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

/** Launches Debian's Chromium through puppeteer-core; never downloads a browser. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 60_000,
  });
}
