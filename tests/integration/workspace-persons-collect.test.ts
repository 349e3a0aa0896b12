import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from '../../capture/browser/chromium.js';
import { projectRoot } from '../../common/paths.js';
import { UGLY_HANDLES } from '../../demo/platforms/scenario.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { fillField } from '../support/workspace-browser.js';

const ARTIFACTS = path.join(projectRoot(), 'test-artifacts', 'workspace-persons-collect');
const clientBuilt = fs.existsSync(path.join(projectRoot(), 'dist', 'client', 'index.html'));

/**
 * The detective's and the supervisor's screens in real Chromium at 1440×900, on the built
 * workspace (npm run build:client) against real Neo4j, Redis and the loopback fixture platforms:
 * a person with accounts, errors under their fields that go once fixed, the collect form's
 * per-platform methods, a failure in words with its detail a click away, a covert request the
 * gate sends to a supervisor, the approval with the legal review the policy requires, and the
 * requester's notification. Every step is a screenshot in test-artifacts/.
 */
describe('the workspace: persons, collecting and the covert route', () => {
  let env: CollectingCasegraph;
  let browser: Browser;
  let page: Page;

  const shot = async (name: string) => {
    const file = path.join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  const publish = (file: string, name: string) =>
    fs.copyFileSync(file, path.join(projectRoot(), 'docs', 'images', name));
  const text = () => page.evaluate('document.body.innerText') as Promise<string>;
  const waitText = (pattern: RegExp, timeout = 60_000) =>
    page.waitForFunction(
      (source: string) => new RegExp(source).test((globalThis as any).document.body.innerText),
      { timeout },
      pattern.source,
    );
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
    await (found.asElement() as unknown as { click(): Promise<void> }).click();
  };
  const fill = (selector: string, value: string) => fillField(page, selector, value);
  const signIn = async (username: string, password: string) => {
    await page.goto(env.app.url, { waitUntil: 'networkidle0' });
    const out = await page.$('.shell button');
    if (out) {
      await out.click();
    }
    await page.waitForSelector('input[name=username]');
    await page.type('input[name=username]', username);
    await page.type('input[name=password]', password);
    await page.click('button[type=submit]');
    await page.waitForSelector('.shell');
  };

  beforeAll(async () => {
    if (!clientBuilt) throw new Error('build the workspace first: npm run build:client');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    env = await startCollectingCasegraph('E2E-PERSONS-1');
    await new UserAdminService(new UserRepository(env.app.runtime.graph)).create({
      username: 'sgt-e2e-persons',
      displayName: 'Sgt. Ana Cruz',
      role: 'SUPERVISOR',
      unit: 'CID',
      password: 'Sgt-e2e-pass-2026',
    });
    browser = await launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
    page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 900 });
    await signIn('det-e2e-persons-1', 'Pipeline-pass-2026');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await env?.stop();
  });

  it('adds a person and accounts, shows an error under its field until fixed, and ties them', async () => {
    // The case view keeps reading its jobs, so the network never idles: wait for the words instead.
    await page.goto(`${env.app.url}/cases/${env.caseId}/persons`, { waitUntil: 'domcontentloaded' });
    await waitText(/No persons yet/);
    await shot('01-persons-empty');
    await page.type('form[aria-label="Add a person"] input[name=name]', 'Alice Doe');
    await page.click('form[aria-label="Add a person"] button[type=submit]');
    await page.waitForSelector('article[aria-label="Alice Doe"]');

    const account = 'form[aria-label="Add an account"]';
    await page.type(`${account} input[name=handle]`, 'alice smith');
    await page.click(`${account} button[type=submit]`);
    await waitText(/"alice smith" is not a mastodon handle: expected user name/);
    expect(await page.$eval(`${account} input[name=handle]`, (el) => el.getAttribute('aria-invalid'))).toBe(
      'true',
    );
    await shot('02-account-handle-refused');
    await fill(`${account} input[name=handle]`, 'alice');
    expect(await page.$(`${account} .field-error`)).toBeNull();
    await page.click(`${account} button[type=submit]`);
    await page.waitForFunction(() =>
      (globalThis as any).document.querySelector('select[name=tieAccount]')?.innerText.includes('@alice'),
    );
    await page.type('form[aria-label="Tie an account to a person"] input[name=basis]', 'Named by her mother');
    await page.click('form[aria-label="Tie an account to a person"] button[type=submit]');
    await waitText(/mastodon: @alice · confidence 0\.8 · Named by her mother/);
    publish(await shot('03-person-tied'), 'workspace-persons.png');
  }, 120_000);

  it("offers each platform's own methods and tells a failed collection in words, detail a click away", async () => {
    await page.select('select[name=platform]', 'telegram');
    expect(await page.$eval('select[name=method]', (el) => (el as unknown as { value: string }).value)).toBe(
      'PUBLIC_WEB',
    );
    const offered = await page.$$eval('select[name=method] option', (os) =>
      os.map((o) => o.getAttribute('value')),
    );
    expect(offered).toEqual(['PUBLIC_WEB', 'UNDERCOVER_ACCOUNT', 'AUTHENTICATED_SESSION']);
    await page.select('select[name=platform]', 'mastodon');
    await page.type('input[name=target]', 'bad handle!');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await waitText(/"bad handle!" is not a mastodon handle/);
    await fill('input[name=target]', UGLY_HANDLES.deleted);
    expect(await text()).not.toMatch(/"bad handle!" is not a mastodon handle/);
    await page.type('input[name=reportNumber]', '26-0311');
    await page.type('textarea[name=facts]', 'Rpt 26-0311: @gone posted threats against a witness twice');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await waitText(/ALLOW/);
    await clickText('button', /^Collect now$/);
    await waitText(/The collection failed: the account does not exist on 127\.0\.0\.1:\d+/, 120_000);
    // A missing account is not retried: the job stops at the attempt that found it missing.
    await waitText(/casegraph stopped after attempt \d of 3/);
    await clickText('summary', /^Technical detail$/);
    await waitText(/NOT_FOUND: \S+gone\S* answered 404/);
    publish(await shot('04-collect-failure'), 'workspace-collect-failure.png');
  }, 180_000);

  it('sends a covert request to a supervisor, who approves it with the legal review, and the detective is told', async () => {
    await fill('input[name=target]', 'bob');
    await page.select('select[name=method]', 'UNDERCOVER_ACCOUNT');
    await page.type('input[name=personaHandle]', 'riverkid22');
    await page.type('input[name=personaName]', 'River Kid');
    await page.click('form[aria-labelledby=collect-title] button[type=submit]');
    await waitText(/NEEDS AUTHORIZATION/);
    expect(await text()).not.toMatch(/Collect now/);
    await shot('05-covert-needs-authorization');
    await page.type(
      'textarea[name=justification]',
      'Bob answers only followers; threats against the witness continue',
    );
    await clickText('button', /^Request authorization$/);
    await waitText(/Authorization requested/);
    await shot('06-covert-requested');

    await signIn('sgt-e2e-persons', 'Sgt-e2e-pass-2026');
    await page.goto(`${env.app.url}/authorizations`, { waitUntil: 'domcontentloaded' });
    await waitText(/a recorded legal review, since mastodon's terms forbid fake or undisclosed accounts/);
    await waitText(/Case E2E-PERSONS-1 · requested by det-e2e-persons-1/);
    await waitText(/Legal review reference \(required by the policy for this platform\)/);
    await shot('07-supervisor-requirements');
    await page.type('input[name=writtenPermissionReference]', 'UC-2026-0311');
    await page.type('input[name=legalReviewReference]', 'LEGAL-2026-44');
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.$eval(
      'input[name=expiresAt]',
      (el, v) => {
        const input = el as unknown as { value: string; dispatchEvent(e: unknown): void };
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
        setter.call(input, v);
        input.dispatchEvent(new (globalThis as any).Event('input', { bubbles: true }));
      },
      inAWeek,
    );
    await clickText('button', /^Approve$/);
    await waitText(/No authorization requests with this status/);
    await shot('08-supervisor-approved');

    await signIn('det-e2e-persons-1', 'Pipeline-pass-2026');
    await clickText('.shell a', /^Notifications$/);
    await waitText(
      /Sgt\. Ana Cruz approved undercover account on mastodon as riverkid22 until .*legal review LEGAL-2026-44/,
    );
    await shot('09-detective-notified');
  }, 180_000);
});
