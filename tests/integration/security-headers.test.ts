import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../capture/browser/chromium.js';
import { projectRoot } from '../../common/paths.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { testConfig } from '../support/services.js';

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The hash of cytoscape's container rule, the one style element the workspace adds.
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The Content-Security-Policy on every answer, and the workspace still working under it in Chromium. */
describe('security headers', () => {
  let app: RunningCasegraph;
  let browser: Browser;
  const password = 'Policy-check-pass-3';
  const username = `csp-det-${crypto.randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    // The workspace is served from its build; build it when a bare `npm test` runs first.
    if (!fs.existsSync(path.join(projectRoot(), 'dist', 'client', 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
        cwd: projectRoot(),
        stdio: 'ignore',
      });
    }
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await app.services.userAdmin.create({
      username,
      displayName: 'Det. Policy',
      role: 'DETECTIVE',
      unit: 'CID',
      password,
    });
    browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sends the policy with the workspace, with other HTML answers and with the API', async () => {
    const workspace = await fetch(`${app.url}/`);
    expect(workspace.headers.get('content-type')).toMatch(/text\/html/);
    const answers = [
      workspace,
      await fetch(`${app.url}/cases/anything`),
      await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } }),
      await fetch(`${app.url}/healthz`),
    ];
    for (const res of answers) {
      expect(res.headers.get('content-security-policy')).toBe(POLICY);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      await res.arrayBuffer();
    }
    // Express's own error page replaces the policy with a stricter one: it needs nothing at all.
    const missing = await fetch(`${app.url}/api/no-such-route`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it('lets the workspace sign in, open a case and draw its graph without breaking the policy', async () => {
    const page = await browser.newPage();
    // Collected in the page itself, from before any of the workspace's scripts run.
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (globalThis as any).__violations = seen;
      (globalThis as any).document.addEventListener('securitypolicyviolation', (e: any) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(app.url, { waitUntil: 'networkidle0' });
    await page.type('input[name=username]', username);
    await page.type('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.waitForSelector('#cases-title');
    await page.type('input[name=number]', 'CSP-1');
    await page.type('input[name=title]', 'Policy check');
    await page.select('select[name=purpose]', 'CRIME_FOOTAGE');
    await page.click('form[aria-labelledby=new-case-title] button[type=submit]');
    await page.waitForSelector('#case-title');
    await page.waitForSelector('.graph-canvas canvas');
    await page.waitForSelector('.graph-canvas[data-rendered=true]');
    expect(await page.evaluate(() => (globalThis as any).__violations)).toEqual([]);
    await page.close();
  });
});
