import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { projectRoot } from '../../common/paths.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { launchChromium } from '../../capture/browser/chromium.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { WEB_PAGES } from '../../demo/platforms/web.fixture.js';
import { testConfig } from '../support/services.js';

/**
 * The workspace in real headless Chromium against a real casegraph, one investigation end to end:
 * a detective signs in, opens a case, assigns a prosecutor, is refused an undercover collection
 * with its clause, collects a public account and a web page, follows them on the graph and the
 * timeline and opens a capture; the prosecutor then exports the packet, downloads and verifies it.
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
        CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port}`,
      }),
    );
    const admin = new UserAdminService(new UserRepository(app.runtime.graph));
    await admin.create({
      username: 'e2e-detective',
      displayName: 'Det. Walker',
      role: 'DETECTIVE',
      unit: 'CID',
      password,
    });
    await admin.create({
      username: 'e2e-supervisor',
      displayName: 'Sgt. Okafor',
      role: 'SUPERVISOR',
      unit: 'CID',
      password,
    });
    await admin.create({
      username: 'e2e-prosecutor',
      displayName: 'ADA Reyes',
      role: 'PROSECUTOR',
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
  const bodyMatches = (pattern: RegExp, timeout = 30_000) =>
    page.waitForFunction(
      (source: string) => new RegExp(source).test((globalThis as any).document.body.innerText),
      { timeout },
      pattern.source,
    );
  const clickText = async (selector: string, pattern: RegExp) => {
    await page.waitForFunction(
      (sel: string, source: string) =>
        [...(globalThis as any).document.querySelectorAll(sel)].some((el: any) =>
          new RegExp(source).test(el.innerText),
        ),
      {},
      selector,
      pattern.source,
    );
    const handles = await page.$$(selector);
    for (const handle of handles) {
      if (pattern.test(await handle.evaluate((el) => (el as unknown as { innerText: string }).innerText))) {
        await handle.click();
        return;
      }
    }
  };
  const signIn = async (username: string) => {
    await page.waitForSelector('input[name=username]');
    await page.type('input[name=username]', username);
    await page.type('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.waitForSelector('#cases-title');
  };
  const collect = async (platform: string, target: string) => {
    await page.select('select[name=platform]', platform);
    await page.$eval('input[name=target]', (el) => ((el as unknown as { value: string }).value = ''));
    await page.type('input[name=target]', target);
    await page.select('select[name=method]', platform === 'web' ? 'PUBLIC_WEB' : 'PUBLIC_API');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await page.waitForFunction(() =>
      (globalThis as any).document.querySelector('.decision')?.innerText.startsWith('ALLOW'),
    );
    await page.waitForSelector('.collect-job button');
    await page.click('.collect-job button');
    // The job says "Captured — …" once done, or why it stopped; a stopped job fails here with its words.
    await page.waitForFunction(
      () => {
        const doc = (globalThis as any).document;
        return (
          /^Captured —/.test(doc.querySelector('.job-state')?.innerText ?? '') ||
          /stopped after attempt/.test(doc.querySelector('.collect-failure')?.innerText ?? '')
        );
      },
      { timeout: 120_000 },
    );
    const failure = await page.evaluate(
      () => ((globalThis as any).document.querySelector('.collect-failure')?.innerText ?? '') as string,
    );
    expect(failure).toBe('');
  };

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

  it('assigns a prosecutor found by name', async () => {
    await page.click('details.assign summary');
    await page.type('input[name=colleague]', 'reyes');
    await page.click('form[aria-label="Find a colleague"] button[type=submit]');
    await page.waitForSelector('button[aria-label="Assign e2e-prosecutor"]');
    await page.click('button[aria-label="Assign e2e-prosecutor"]');
    await bodyMatches(/e2e-prosecutor \(prosecutor\)/);
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

  it('offers to request a supervisor’s authorization when the persona is named', async () => {
    await page.type('input[name=personaHandle]', 'kc_watcher');
    await page.type('input[name=personaName]', 'KC Watcher');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await page.waitForFunction(() =>
      (globalThis as any).document.querySelector('.decision')?.innerText.startsWith('NEEDS AUTHORIZATION'),
    );
    await page.type('textarea[name=justification]', 'The suspect only shares the video with followers.');
    await page.click('form[aria-label="Request a supervisor\'s authorization"] button[type=submit]');
    await bodyMatches(/Authorization requested/);
    await shot('3b-authorization-requested');
  });

  it('collects a public account and a web page once the gate allows them, with progress', async () => {
    await collect('mastodon', 'alice');
    await shot('4-captured-account');
    await collect('web', `${fixtures.url}${WEB_PAGES.article}`);
    await clickText('.tabs a', /^Captures/);
    await bodyMatches(/mastodon alice · CAPTURED/);
    await bodyMatches(/web http:\/\/127\.0\.0\.1:\d+\/pages\/article\.html · CAPTURED/);
    await clickText('.tabs a', /^Graph/);
    await page.waitForSelector('.graph-canvas canvas');
    await shot('5-graph');
    const graphLabel = await page.$eval('.graph-canvas', (el) => el.getAttribute('aria-label') ?? '');
    expect(Number(/with (\d+) nodes/.exec(graphLabel)?.[1])).toBeGreaterThan(5);
    // Two collections, the web page's a recorded Chromium load, on a machine other suites share.
  }, 300_000);

  it('shows posts and captures on the timeline and selects a post on the graph', async () => {
    await clickText('.tabs a', /^Timeline/);
    await page.waitForSelector('ul.timeline li');
    await shot('6-timeline');
    const entries = await page.$$eval('ul.timeline li', (els) =>
      els.map((el) => (el as unknown as { innerText: string }).innerText),
    );
    expect(entries.filter((e) => e.startsWith('Capture')).length).toBe(2);
    expect(entries.filter((e) => e.startsWith('Post')).length).toBeGreaterThan(2);
    await page.select('select[name=timelineKind]', 'CAPTURE');
    expect((await page.$$('ul.timeline li')).length).toBe(2);
    await page.select('select[name=timelineKind]', 'POST');
    await clickText('ul.timeline li button', /^Post/);
    await page.waitForSelector('aside[aria-label="Selected node"] code');
    expect(await page.$eval('aside[aria-label="Selected node"] code', (el) => el.textContent)).toMatch(
      /^post:/,
    );
  });

  it('shows the selected node’s captures, expands its neighbourhood and finds a path', async () => {
    // The timeline left a post selected on the graph.
    await bodyMatches(/Captured by/);
    await page.waitForFunction(() =>
      /mastodon alice/.test((globalThis as any).document.querySelector('.node-details')?.innerText ?? ''),
    );
    await clickText('aside button', /^Expand neighbourhood$/);
    await bodyMatches(/\d+ nodes added around the selection/);
    await clickText('aside button', /^Mark as path start$/);
    await clickText('.case-layout a', /^mastodon: alice$/);
    await clickText('aside button', /^Path from the marked node to here$/);
    await page.waitForSelector('.path-found');
    const found = await page.$eval('.path-found', (el) => (el as unknown as { innerText: string }).innerText);
    expect(found).toMatch(/^Path: .+ → .*alice/);
    await shot('6b-graph-path');
    // The graph with its tools and the selected node's details, as the README shows it.
    const top = await page.$eval(
      '.tabs',
      (el) => el.getBoundingClientRect().top + (globalThis as any).scrollY,
    );
    await page.screenshot({
      path: path.join(artifacts, '6c-graph-view.png'),
      clip: { x: 0, y: top - 8, width: 1366, height: 860 },
    });
  });

  it('opens the web capture: screenshot from casegraph, hashes, authority and custody', async () => {
    await clickText('.tabs a', /^Captures/);
    await clickText('ul.captures a', /article\.html/);
    await page.waitForSelector('.capture-view img.screenshot');
    await page.waitForFunction(
      () => ((globalThis as any).document.querySelector('img.screenshot')?.naturalWidth ?? 0) > 0,
    );
    await shot('7-capture');
    const view = await page.$eval(
      '.capture-view',
      (el) => (el as unknown as { innerText: string }).innerText,
    );
    expect(view).toMatch(/screenshot\.png/);
    expect(view).toMatch(/[0-9a-f]{64}/);
    expect(view).toMatch(/ALLOW at/);
    expect(view).toMatch(/CAPTURED/);
  });

  it('lets a supervisor approve the request with the written permission’s reference', async () => {
    await clickText('.shell button', /^Sign out$/);
    await signIn('e2e-supervisor');
    await clickText('.shell nav a', /^Authorizations$/);
    await page.waitForSelector('article[aria-label^="Authorization request"]');
    const request = await page.$eval(
      'article[aria-label^="Authorization request"]',
      (el) => (el as unknown as { innerText: string }).innerText,
    );
    expect(request).toMatch(/undercover account on mastodon as kc_watcher/);
    expect(request).toMatch(/only shares the video with followers/);
    expect(request).toMatch(/requested by e2e-detective/);
    await page.type('input[name=writtenPermissionReference]', 'MEMO-2026-117');
    await page.type('input[name=legalReviewReference]', 'LEGAL-2026-44');
    await page.$eval('input[name=expiresAt]', (el) => {
      const input = el as unknown as { value: string; dispatchEvent(e: unknown): void };
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!;
      setter.call(input, new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
      input.dispatchEvent(new (globalThis as any).Event('input', { bubbles: true }));
    });
    await shot('9a-authorization-pending');
    await page.click('form[aria-label^="Approve"] button[type=submit]');
    await bodyMatches(/No authorization requests with this status/);
    await page.select('select[name=authorizationStatus]', 'APPROVED');
    await bodyMatches(/Written permission: MEMO-2026-117/);
    await shot('9b-authorization-approved');

    await clickText('.shell nav a', /^Audit$/);
    await page.waitForFunction(() =>
      [...(globalThis as any).document.querySelectorAll('select[name=auditCase] option')].some((o: any) =>
        o.textContent.includes('E2E-7001'),
      ),
    );
    const caseOption = await page.$$eval('select[name=auditCase] option', (options) =>
      options.map((o) => [(o as unknown as { value: string }).value, o.textContent ?? '']),
    );
    const auditCase = caseOption.find(([, label]) => label.includes('E2E-7001'))![0]!;
    await page.select('select[name=auditCase]', auditCase);
    await page.waitForFunction(
      (id: string) => (globalThis as any).document.querySelector('select[name=auditCase]').value === id,
      {},
      auditCase,
    );
    await page.click('form[aria-label="Audit filters"] button[type=submit]');
    // Rows, or what the screen said instead: a test that fails here says which.
    const shown = await page.waitForFunction(() => {
      const section = (globalThis as any).document.querySelector('section[aria-labelledby=audit-title]');
      if (section.querySelector('table[aria-label="Audit events"] tbody tr')) return 'rows';
      const alert = section.querySelector('[role=alert]');
      if (alert) return alert.textContent;
      return /No audit events/.test(section.innerText) ? 'no audit events' : false;
    });
    expect(await shown.jsonValue()).toBe('rows');
    const auditText = () =>
      page.$eval(
        'table[aria-label="Audit events"]',
        (el) => (el as unknown as { innerText: string }).innerText,
      );
    // The newest page may be all job-status reads; page back as a supervisor would, a bounded number of times.
    let audit = await auditText();
    for (let i = 0; i < 10 && !/mutation createCase/.test(audit); i += 1) {
      const older = await page.$$('section button[type=button]');
      const button = (
        await Promise.all(
          older.map(async (b) => ((await b.evaluate((e) => e.textContent)) === 'Older events' ? b : null)),
        )
      ).find((b) => b !== null);
      if (!button) break;
      const rows = await page.$$eval('table[aria-label="Audit events"] tbody tr', (r) => r.length);
      await button.click();
      await page.waitForFunction(
        (n) =>
          (globalThis as any).document.querySelectorAll('table[aria-label="Audit events"] tbody tr').length >
          n,
        {},
        rows,
      );
      audit = await auditText();
    }
    expect(audit).toMatch(/e2e-detective\s+mutation createCase\s+DONE/);
    expect(audit).toMatch(/e2e-supervisor\s+AUTHORIZATION_APPROVED\s+DONE/);
    await shot('9c-audit');
  });

  it('lets the prosecutor export, download and verify the packet', async () => {
    await clickText('.shell button', /^Sign out$/);
    await signIn('e2e-prosecutor');
    await clickText('table a', /E2E-7001/);
    await page.waitForSelector('#case-title');
    expect(await page.$('form[aria-labelledby=collect-title]')).toBeNull();
    await clickText('.tabs a', /^Evidence packets/);
    // The tabs are links; the packets view renders once the router has navigated.
    await page.waitForSelector('textarea[name=exportReason]');
    await page.type('textarea[name=exportReason]', 'Discovery for the preliminary hearing in State v. Doe');
    await page.click('form[aria-labelledby=export-title] button[type=submit]');
    await page.waitForSelector('a.export-download', { timeout: 60_000 });
    await shot('10-export');
    const href = await page.$eval('a.export-download', (el) => el.getAttribute('href') ?? '');
    const cookie = (await page.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const response = await fetch(`${app.url}${href}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const packet = Buffer.from(await response.arrayBuffer());
    const shown = await page.$eval('tr.export-row code.hash', (el) => el.textContent);
    expect(crypto.createHash('sha256').update(packet).digest('hex')).toBe(shown);
    const file = path.join(artifacts, 'packet.zip');
    fs.writeFileSync(file, packet);

    const input = await page.$('input[name=packet]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    await page.click('form[aria-labelledby=verify-title] button[type=submit]');
    await page.waitForSelector('.verdict', { timeout: 60_000 });
    await shot('11-verified');
    const verdict = await page.$eval('.verdict', (el) => (el as unknown as { innerText: string }).innerText);
    expect(verdict).toMatch(/^Intact: all \d+ payload files/);
    expect(verdict).toMatch(/Signed with this department’s key/);
  });
});
