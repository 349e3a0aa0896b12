import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { projectRoot } from '../../common/paths.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { launchChromium } from '../../server/infra/chromium.js';
import { startFixturePlatforms, type FixturePlatforms } from '../fixtures/platforms/fixture-server.js';
import { testConfig } from '../support/services.js';

/**
 * The workspace in real headless Chromium against a real casegraph: sign in, open a case, and ask
 * the gate about an undercover collection before anything is submitted.
 */
describe('the web workspace', () => {
  const artifacts = path.join(projectRoot(), 'test-artifacts', 'client-e2e');
  let app: RunningCasegraph;
  let fixtures: FixturePlatforms;
  let browser: Browser;
  let page: Page;
  const password = 'Walkthrough-pass-42';

  beforeAll(async () => {
    // The client is served from its build; build it when a bare `npm test` runs first.
    if (!fs.existsSync(path.join(projectRoot(), 'dist', 'client', 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
        cwd: projectRoot(),
        stdio: 'ignore',
      });
    }
    fs.mkdirSync(artifacts, { recursive: true });
    fixtures = await startFixturePlatforms();
    app = await startCasegraph(
      testConfig({
        CASEGRAPH_WORKERS: 'true',
        CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify({ mastodon: { baseUrl: fixtures.url } }),
      }),
    );
    await new UserAdminService(new UserRepository(app.runtime.graph)).create({
      username: 'e2e-detective',
      displayName: 'Det. Walker',
      role: 'DETECTIVE',
      unit: 'CID',
      password,
    });
    browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 900 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await fixtures?.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  const text = () => page.evaluate('document.body.innerText') as Promise<string>;

  it('refuses a wrong password with the server’s words, then signs in', async () => {
    await page.goto(app.url, { waitUntil: 'networkidle0' });
    await page.type('input[name=username]', 'e2e-detective');
    await page.type('input[name=password]', 'not-the-password');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    expect(await text()).toContain('wrong user name or password');
    await page.$eval('input[name=password]', (el) => ((el as unknown as { value: string }).value = ''));
    await page.type('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.waitForSelector('#cases-title');
    await shot('1-cases');
    expect(await text()).toContain('Det. Walker');
  });

  it('opens a case with one of the five purposes and shows its clause and graph', async () => {
    await page.type('input[name=number]', 'E2E-7001');
    await page.type('input[name=title]', 'Shots fired video');
    await page.select('select[name=purpose]', 'CRIME_FOOTAGE');
    await page.click('form[aria-labelledby=new-case-title] button[type=submit]');
    await page.waitForSelector('#case-title');
    await page.waitForSelector('.graph-canvas canvas');
    await shot('2-case');
    const body = await text();
    expect(body).toContain('E2E-7001 — Shots fired video');
    expect(body).toContain('SO1301 III.A.2.a');
    expect(body).toContain('e2e-detective (detective)');
  });

  it('shows the gate refusing an undercover collection, with the clause and the remedy, before submitting', async () => {
    await page.type('input[name=target]', 'suspect@kc.social');
    await page.select('select[name=method]', 'UNDERCOVER_ACCOUNT');
    await page.type('input[name=reportNumber]', 'KC-26-1234');
    await page.type('textarea[name=facts]', 'The account posted the video of the shooting on Friday.');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await page.waitForSelector('.decision');
    await shot('3-gate-decision');
    const decision = await page.$eval(
      '.decision',
      (el) => (el as unknown as { innerText: string }).innerText,
    );
    expect(decision).toMatch(/^(DENY|NEEDS AUTHORIZATION)/);
    expect(decision).toMatch(/To make it lawful:/);
    expect(decision).toMatch(/SO1301|CFR|U\.S\.C\.|Global Justice|DOJ/);
    const stored = await app.runtime.graph.read<{ n: number }>(
      "MATCH (d:GateDecision {stage: 'PREVIEW'}) WHERE d.decision <> 'ALLOW' RETURN count(d) AS n",
    );
    expect(stored[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('collects a public account once the gate allows it, with progress, and shows it in the case', async () => {
    await page.$eval('input[name=target]', (el) => ((el as unknown as { value: string }).value = ''));
    await page.type('input[name=target]', 'alice');
    await page.select('select[name=method]', 'PUBLIC_API');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await page.waitForFunction(() =>
      (globalThis as any).document.querySelector('.decision')?.innerText.startsWith('ALLOW'),
    );
    await page.click('.collect-job button');
    await page.waitForFunction(
      () => /Captured \(/.test((globalThis as any).document.querySelector('.job-state')?.innerText ?? ''),
      {
        timeout: 60_000,
      },
    );
    await page.waitForFunction(() =>
      /mastodon alice · CAPTURED/.test((globalThis as any).document.body.innerText),
    );
    await shot('4-captured');
    const graphLabel = await page.$eval('.graph-canvas', (el) => el.getAttribute('aria-label') ?? '');
    expect(Number(/with (\d+) nodes/.exec(graphLabel)?.[1])).toBeGreaterThan(5);
  });
});
