import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import type { Browser } from 'puppeteer-core';
import { chromiumVersion, launchChromium } from '../../capture/browser/chromium.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('Debian Chromium through puppeteer-core', () => {
  let server: http.Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(
        '<!doctype html><title>fixture page</title><body style="margin:0;background:rgb(200,30,40)">' +
          '<h1 style="color:white">casegraph</h1></body>',
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium(CHROMIUM);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server.close(r));
  });

  it('reports its version', async () => {
    expect(await chromiumVersion(CHROMIUM)).toMatch(/^Chromium \d+\./);
  });

  it('renders a loopback page to a PNG of the page', async () => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.title()).toBe('fixture page');
    const png = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png', fullPage: true })));
    expect(png.width).toBe(1280);
    expect(png.height).toBeGreaterThanOrEqual(900);
    // A pixel of the page background, far from the heading: the page really was painted.
    const offset = (png.width * (png.height - 10) + 10) * 4;
    expect([png.data[offset], png.data[offset + 1], png.data[offset + 2]]).toEqual([200, 30, 40]);
    await page.close();
  });

  it('says what to install when the binary is missing', async () => {
    await expect(chromiumVersion('/nonexistent/chromium')).rejects.toThrow(/apt-get install -y chromium/);
  });
});
