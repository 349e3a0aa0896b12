/**
 * casegraph's shared headless Chromium for rendering collectors: launched on first use with its
 * guard proxy, one page per capture in a context of its own, at most `maxPages` pages at once,
 * closed with the process.
 */
import type { Browser, Page } from 'puppeteer-core';
import { launchCaptureChromium } from './capture-browser.js';

export class BrowserPool {
  private browser: Promise<Browser> | null = null;
  private open = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly executablePath: string,
    private readonly maxPages = 4,
  ) {}

  /** A fresh page in a clean incognito context; closing the page frees its slot and context. */
  async openPage(): Promise<Page> {
    // A released slot passes straight to the first waiter (see release), so a caller arriving
    // before that waiter resumes cannot take it too and put maxPages + 1 pages in flight.
    if (this.open >= this.maxPages) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.open += 1;
    try {
      this.browser ??= launchCaptureChromium(this.executablePath);
      const browser = await this.browser;
      if (!browser.connected) {
        this.browser = launchCaptureChromium(this.executablePath);
      }
      const context = await (await this.browser).createBrowserContext();
      const page = await context.newPage();
      page.once('close', () => {
        void context.close().catch(() => undefined);
        this.release();
      });
      return page;
    } catch (error) {
      this.release();
      throw error;
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.open -= 1;
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser).close().catch(() => undefined);
  }
}
