import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { projectRoot } from '../../common/paths.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { testConfig } from '../support/services.js';
import { WATCH_TEST_CONFIG } from '../support/watch-api.js';
import { openWorkspace, type Workspace } from '../support/workspace-browser.js';

/**
 * Watch management in the workspace, in real headless Chromium: a detective has the gate allow a
 * target in the collect form, watches it from there, and on the case's Watches tab reads its
 * schedule, requester, next run and last result, then pauses, resumes and ends it.
 */
describe('watches in the workspace', () => {
  const password = 'Watch-walkthrough-42';
  let fixtures: FixturePlatforms;
  let app: RunningCasegraph;
  let ws: Workspace;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(projectRoot(), 'dist', 'client', 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts'], {
        cwd: projectRoot(),
        stdio: 'ignore',
      });
    }
    fixtures = await startFixturePlatforms();
    app = await startCasegraph(
      testConfig({
        ...WATCH_TEST_CONFIG,
        CASEGRAPH_WORKERS: 'true',
        CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify({ mastodon: { baseUrl: fixtures.url } }),
        CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port}`,
      }),
    );
    await app.services.userAdmin.create({
      username: 'watch-e2e',
      displayName: 'Det. Watcher',
      role: 'DETECTIVE',
      unit: 'CID',
      password,
    });
    ws = await openWorkspace('watches-e2e');
    page = ws.page;
  }, 180_000);
  afterAll(async () => {
    await ws?.close();
    await app?.stop();
    await fixtures?.close();
  });

  const shot = (name: string) => ws.shot(name);
  const textOf = (selector: string) =>
    page.$eval(selector, (el) => (el as unknown as { innerText: string }).innerText);
  const waitText = (selector: string, pattern: RegExp, timeout = 30_000) =>
    page.waitForFunction(
      (sel: string, source: string) =>
        new RegExp(source).test((globalThis as any).document.querySelector(sel)?.innerText ?? ''),
      { timeout },
      selector,
      pattern.source,
    );
  const clickButton = async (label: string) => {
    const [button] = await page.$$(
      `xpath/.//li[contains(@class,'card')]//button[normalize-space()='${label}']`,
    );
    if (!button) throw new Error(`no ${label} button`);
    await button.click();
  };

  it('watches a target the gate allowed, from the collect form', async () => {
    await ws.signIn(app.url, 'watch-e2e', password);
    await page.waitForSelector('#cases-title');
    await page.type('input[name=number]', 'WATCH-E2E-1');
    await page.type('input[name=title]', 'Threats to a witness');
    await page.select('select[name=purpose]', 'ONLINE_CRIME');
    await page.click('form[aria-labelledby=new-case-title] button[type=submit]');
    await page.waitForSelector('#case-title');

    await page.select('select[name=platform]', 'mastodon');
    await page.type('input[name=target]', 'alice');
    await page.select('select[name=method]', 'PUBLIC_API');
    await page.type('input[name=reportNumber]', '26-0311');
    await page.type('textarea[name=facts]', 'Rpt 26-0311: alice posted threats against a witness on Friday.');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await waitText('.decision', /^ALLOW/);
    await page.$eval('input[name=watchHours]', (el) => ((el as unknown as { value: string }).value = ''));
    await page.type('input[name=watchHours]', '6');
    await page.click('form[aria-label="Watch this target"] button[type=submit]');
    await waitText(
      'form[aria-label="Watch this target"] [role=status]',
      /Watching mastodon handle alice; next run/,
    );
    await shot('1-watch-created');
  }, 120_000);

  it('lists the watch on the case with its schedule, requester, next run and last result', async () => {
    await page.click('form[aria-label="Watch this target"] [role=status] a');
    await page.waitForSelector('#watches-title');
    // The test scheduler fires every 1.5 s, so the latest run may still be under way when read.
    await waitText(
      'li[aria-label="Watch of mastodon handle alice"]',
      /Runs \/ captures made\s+\d+ \/ [1-9]/,
      60_000,
    );
    const item = await textOf('li[aria-label="Watch of mastodon handle alice"]');
    expect(item).toMatch(/Active · every 6 hours by PUBLIC_API until .* · requested by Det\. Watcher/);
    expect(item).toMatch(/Next run\s+\d/);
    // The test scheduler fires every 1.5 s: the last run may still be with the gate or collecting.
    expect(item).toMatch(
      /Last run\s+\d.*: (captured|with the gate|queued|waiting|active|collecting \(\w+\))\n/,
    );
    await shot('2-watches-tab');
  }, 120_000);

  it('pauses, resumes and ends the watch', async () => {
    const item = 'li[aria-label="Watch of mastodon handle alice"]';
    await clickButton('Pause');
    await waitText(item, /^mastodon handle alice\s+Paused/);
    expect(await textOf(item)).toMatch(/Paused by Det\. Watcher\.[\s\S]*Next run\s+none scheduled/);
    await clickButton('Resume');
    await waitText(item, /Active · every 6 hours/);
    await clickButton('End watch');
    await waitText(item, /Ended · every 6 hours/);
    expect(await textOf(item)).toContain('Ended by Det. Watcher.');
    expect(await page.$$(`${item} button`)).toHaveLength(0);
    await shot('3-watch-ended');
  }, 120_000);
});
