/**
 * Driving casegraph's workspace in real Chromium for the end-to-end tests: sign in, read the page,
 * click by visible text, wait for words, and keep a screenshot of every step.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../capture/browser/chromium.js';
import { projectRoot } from '../../common/paths.js';

/** The screen the workspace is drawn for; the small-screen walk-through uses 1024×768. */
export const VIEWPORT = { width: 1440, height: 900 } as const;
export const SMALL_VIEWPORT = { width: 1024, height: 768 } as const;

export interface Workspace {
  readonly browser: Browser;
  readonly page: Page;
  /** A full-page screenshot into test-artifacts/<suite>/<name>.png; answers its path. */
  shot(name: string): Promise<string>;
  text(): Promise<string>;
  /** Waits until the page's text matches. */
  bodyMatches(pattern: RegExp, timeout?: number): Promise<void>;
  /** Clicks the first element of `selector` whose text matches; fails when none appears. */
  clickText(selector: string, pattern: RegExp): Promise<void>;
  /** Sets a form field's value as a person would: select it all, type over it. */
  fill(selector: string, value: string): Promise<void>;
  signIn(baseUrl: string, username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

/** A Chromium page (1440×900 unless told) whose screenshots go to test-artifacts/<suite>/. */
export async function openWorkspace(
  suite: string,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<Workspace> {
  const artifacts = path.join(projectRoot(), 'test-artifacts', suite);
  fs.mkdirSync(artifacts, { recursive: true });
  const browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const page = await browser.newPage();
  await page.setViewport(viewport);
  // The machines that run these share their cores; a page may take longer than puppeteer's 30 s.
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(90_000);
  const text = () => page.evaluate('document.body.innerText') as Promise<string>;
  const bodyMatches = async (pattern: RegExp, timeout = 30_000) => {
    await page.waitForFunction(
      (source: string, flags: string) =>
        new RegExp(source, flags).test((globalThis as any).document.body.innerText),
      { timeout },
      pattern.source,
      pattern.flags,
    );
  };
  const clickText = async (selector: string, pattern: RegExp) => {
    const found = await page.waitForFunction(
      (sel: string, source: string) =>
        [...(globalThis as any).document.querySelectorAll(sel)].find((el: any) =>
          new RegExp(source).test(el.innerText),
        ) ?? null,
      { timeout: 30_000 },
      selector,
      pattern.source,
    );
    // A DOM click: the element found may sit under a sticky header, which a mouse click would hit.
    await found.evaluate((el: any) => {
      el.scrollIntoView({ block: 'center' });
      el.click();
    });
  };
  return {
    browser,
    page,
    text,
    bodyMatches,
    clickText,
    fill: (selector, value) => fillField(page, selector, value),
    async shot(name) {
      const file = path.join(artifacts, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async signIn(baseUrl, username, password) {
      if (!page.url().startsWith(baseUrl)) await page.goto(baseUrl, { waitUntil: 'load', timeout: 90_000 });
      await page.waitForSelector('input[name=username]');
      await page.type('input[name=username]', username);
      await page.type('input[name=password]', password);
      await page.click('button[type=submit]');
      await page.waitForSelector('.shell');
    },
    async signOut() {
      await clickText('.shell button', /^Sign out$/);
      await page.waitForSelector('input[name=username]');
    },
    close: () => browser.close(),
  };
}

/** Sets a form field's value as a person would: select it all, type over it. */
export async function fillField(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, value);
}

/** Copies a step's screenshot to docs/images/, where the documentation shows it. */
export function publish(screenshot: string, name: string): void {
  const dir = path.join(projectRoot(), 'docs', 'images');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(screenshot, path.join(dir, name));
}
