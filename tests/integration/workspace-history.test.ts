import { paths } from '../../client/src/paths.js';
import { CHANGING, reviseChangingAccount } from '../../demo/platforms/mastodon-changes.fixture.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { openWorkspace, publish, type Workspace } from '../support/workspace-browser.js';

/**
 * A post's and an account's history in real Chromium at 1440×900, on the built workspace against
 * real Neo4j, Redis and the fixture Mastodon: the case captures an account, the account changes
 * (a status edited, one deleted, one new, the profile renamed with a new picture) and the case
 * captures it again. The post shows both versions with the capture that read each and its words
 * marked; the case's History tab lists every change in words and filters them by kind.
 */
describe('history in the workspace', () => {
  let env: CollectingCasegraph;
  let ws: Workspace;
  const edited = `post:mastodon:${CHANGING.status.edited}`;
  const account = `account:mastodon:${CHANGING.accountId}`;

  beforeAll(async () => {
    env = await startCollectingCasegraph('HIST-UI-1');
    for (const step of ['first', 'second']) {
      if (step === 'second') reviseChangingAccount(env.fixtures.url);
      const { job } = await env.collect(CHANGING.handle);
      if (job.state !== 'completed') throw new Error(`the ${step} capture failed: ${JSON.stringify(job)}`);
    }
    ws = await openWorkspace('workspace-history');
    await ws.signIn(env.app.url, 'det-hist-ui-1', 'Pipeline-pass-2026');
  }, 300_000);
  afterAll(async () => {
    await ws?.close();
    await env?.stop();
  });

  /** The versions listed under "History in this case", as the page shows them. */
  const versions = () =>
    ws.page.$$eval('ol.history > li', (items) =>
      items.map((li) => ({
        text: li.querySelectorAll('p')[1]?.textContent ?? '',
        readBy: li.querySelector('p')?.textContent ?? '',
        added: [...li.querySelectorAll('.word-diff ins')].map((e) => e.textContent ?? ''),
        removed: [...li.querySelectorAll('.word-diff del')].map((e) => e.textContent ?? ''),
      })),
    );

  it("shows an edited post's versions, each with the capture that read it and the words that changed", async () => {
    await ws.page.goto(`${env.app.url}${paths.node(env.caseId, edited)}`, { waitUntil: 'networkidle0' });
    await ws.bodyMatches(/History in this case/);
    await ws.page.waitForSelector('ol.history > li .word-diff');
    const shown = await versions();
    const live = shown.filter((v) => !v.readBy.startsWith('From the edit history'));
    expect(live.map((v) => v.text)).toEqual([CHANGING.text.before, CHANGING.text.after]);
    // Each version names the capture that read it by its target and time, not by an id.
    for (const v of live) expect(v.readBy).toMatch(/read by kim .*\(\d{4}-\d\d-\d\dT/);
    const last = live.at(-1)!;
    expect(last.removed.join(' ')).toContain('River');
    expect(last.added.join(' ')).toContain('City');
    // The platform's own edit history is shown too, marked as such.
    expect(shown.some((v) => v.readBy.startsWith('From the edit history'))).toBe(true);
    publish(await ws.shot('post-history'), 'workspace-post-history.png');
  });

  it("lists the account's changes under its details, the renamed profile and its new picture among them", async () => {
    await ws.page.goto(`${env.app.url}${paths.node(env.caseId, account)}`, { waitUntil: 'networkidle0' });
    await ws.bodyMatches(/Changes of this account/);
    await ws.bodyMatches(/Profile of @kim_rivers changed \(handle, displayName, bio, avatar\)/);
    // Every change of the account's posts is listed under it too, each naming the account.
    const listed = await ws.page.$$eval('section.changes li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(listed.filter((t) => /Post by @kim_rivers was edited/.test(t)).length).toBeGreaterThanOrEqual(1);
    expect(listed.some((t) => /Post by @kim_rivers, “Anyone seen my brother/.test(t))).toBe(true);
    expect(listed.some((t) => /New post by @kim_rivers/.test(t))).toBe(true);
    await ws.shot('account-changes');
  });

  it('lists every change of the case in words on the History tab and filters them by kind', async () => {
    await ws.page.goto(`${env.app.url}${paths.case(env.caseId, 'history')}`, { waitUntil: 'networkidle0' });
    await ws.page.waitForSelector('section.changes li');
    const all = await ws.page.$$eval('section.changes li', (items) =>
      items.map((li) => li.textContent ?? ''),
    );
    expect(all.some((t) => /was edited \(.*text.*\) between the capture of kim/.test(t))).toBe(true);
    expect(all.some((t) => /not seen since the capture of kim/.test(t))).toBe(true);
    expect(all.some((t) => /New post by @kim_rivers, “Back home now/.test(t))).toBe(true);
    await ws.shot('changes-all');

    await ws.page.select('section.changes select', 'DELETED_POST');
    await ws.page.waitForFunction(
      () => (globalThis as any).document.querySelectorAll('section.changes li').length === 1,
    );
    const deleted = await ws.page.$eval('section.changes li', (li) => li.textContent ?? '');
    expect(deleted).toContain(CHANGING.text.deleted.slice(0, 20));
    expect(deleted).toMatch(
      /not seen since the capture of kim on \d{4}-\d\d-\d\d \d\d:\d\d UTC: deleted, the platform answered 404/,
    );
    await ws.shot('changes-deleted');
  });
});
