import { paths } from '../../client/src/paths.js';
import { demoTargets } from '../../server/demo/demo-collections.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { openWorkspace, type Workspace } from '../support/workspace-browser.js';

/**
 * A detective collects from every platform casegraph reads, through the collect form in real
 * Chromium at 1440×900, against the loopback fixture platforms: for each, the platform's target
 * form and method, the gate's ALLOW, the job's progress to its capture, and the capture listed on
 * the case. Each step keeps a screenshot in test-artifacts/workspace-collect-platforms/.
 */
describe('collecting from each platform in the workspace', () => {
  let env: CollectingCasegraph;
  let ws: Workspace;

  beforeAll(async () => {
    env = await startCollectingCasegraph('E2E-PLATFORMS-1', (fixtures) => ({
      CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify(
        Object.fromEntries(
          ['mastodon', 'bluesky', 'reddit', 'telegram'].map((p) => [p, { baseUrl: fixtures.url }]),
        ),
      ),
    }));
    ws = await openWorkspace('workspace-collect-platforms');
    await ws.signIn(env.app.url, 'det-e2e-platforms-1', 'Pipeline-pass-2026');
  }, 180_000);
  afterAll(async () => {
    await ws?.close();
    await env?.stop();
  });

  const fill = (selector: string, value: string) => ws.fill(selector, value);

  it('collects a target of each platform once the gate allows it, and lists each capture', async () => {
    const targets = demoTargets(env.fixtures.url);
    for (const [i, { target, method }] of targets.entries()) {
      // A fresh form per platform; the case view keeps reading its jobs, so wait for the form.
      await ws.page.goto(`${env.app.url}${paths.case(env.caseId, 'captures')}`, {
        waitUntil: 'domcontentloaded',
      });
      await ws.page.waitForSelector('form[aria-labelledby=collect-title] select[name=platform]');
      await ws.page.select('select[name=platform]', target.platform);
      if (await ws.page.$('select[name=targetKind]'))
        await ws.page.select('select[name=targetKind]', target.kind);
      await fill('input[name=target]', target.value);
      await ws.page.select('select[name=method]', method);
      await fill('input[name=reportNumber]', '26-0311');
      await fill('textarea[name=facts]', `Rpt 26-0311: ${target.value} posted threats against a witness`);
      await ws.page.click('form[aria-labelledby=collect-title] button[type=submit]');
      await ws.page.waitForSelector('.decision.allow');
      await ws.shot(`${i + 1}-${target.platform}-allowed`);
      await ws.clickText('button', /^Collect now$/);
      await ws.bodyMatches(/Captured — the graph and captures now include it\./, 120_000);
      await ws.shot(`${i + 1}-${target.platform}-captured`);
    }

    await ws.page.goto(`${env.app.url}${paths.case(env.caseId, 'captures')}`, {
      waitUntil: 'domcontentloaded',
    });
    await ws.bodyMatches(new RegExp(`Captures \\(${targets.length}\\)`));
    const text = await ws.text();
    for (const { target } of targets) expect(text).toContain(target.value);
    await ws.shot('7-captures');

    // Every platform's capture reached the graph: accounts, posts or pages of each.
    const platforms = await env.app.runtime.graph.read<{ platform: string }>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: 'CAPTURED'})-[:CAPTURED]->(n)
       RETURN DISTINCT k.platform AS platform ORDER BY platform`,
      { caseId: env.caseId },
    );
    expect(platforms.map((p) => p.platform)).toEqual(targets.map((t) => t.target.platform).sort());
  }, 900_000);
});
