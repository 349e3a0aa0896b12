import { paths } from '../../client/src/paths.js';
import { GqlClient } from '../support/graphql-client.js';
import { startDemoWorkspace, type DemoWorkspace } from '../support/demo-workspace.js';
import { openWorkspace, publish, type Workspace } from '../support/workspace-browser.js';

/**
 * The case's holds and letters in real Chromium on the seeded demo case: a supervisor places a
 * legal hold on the case and releases it with a reason; a detective sees the holds but no way to
 * change them; a preservation letter written through the API is listed with its files, recorded as
 * sent with the provider's reference, and then shows how long the provider preserves the records.
 */
describe('holds and letters in the workspace', () => {
  let demo: DemoWorkspace;
  let ws: Workspace;
  const records = () => `${demo.app.url}${paths.case(demo.caseId, 'records')}`;

  beforeAll(async () => {
    demo = await startDemoWorkspace();
    ws = await openWorkspace('workspace-records');
  }, 300_000);
  afterAll(async () => {
    await ws?.close();
    await demo?.stop();
  });

  it('lets a supervisor place a hold on the case and release it, each with its reason', async () => {
    await ws.signIn(demo.app.url, 'supervisor', demo.password('supervisor'));
    await ws.page.goto(records(), { waitUntil: 'networkidle0' });
    await ws.bodyMatches(/No legal hold on this case/);
    await ws.fill('input[name=matter]', 'State v. Doe, 26-CR-0311');
    await ws.fill('input[name=holdReason]', 'Defence asked for the originals');
    await ws.clickText('button', /^Place hold$/);
    await ws.bodyMatches(
      /Holds the whole case — State v\. Doe, 26-CR-0311: Defence asked for the originals\./,
    );
    expect(await ws.text()).toMatch(/Placed by [A-Z][a-z]+/);
    publish(await ws.shot('1-hold-placed'), 'workspace-records-hold.png');

    await ws.fill('input[name=releaseReason]', 'Trial ended');
    await ws.clickText('button', /^Release hold$/);
    await ws.bodyMatches(/Released the whole case .* Released by .*: Trial ended\./);
    const held = await demo.app.runtime.graph.read<{ active: boolean }>(
      'MATCH (h:LegalHold {caseId: $caseId}) RETURN h.releasedAt IS NULL AS active',
      { caseId: demo.caseId },
    );
    expect(held).toEqual([{ active: false }]);
    await ws.signOut();
  });

  it('shows a detective the holds, with no form to change them', async () => {
    await ws.signIn(demo.app.url, 'detective', demo.password('detective'));
    await ws.page.goto(records(), { waitUntil: 'networkidle0' });
    await ws.bodyMatches(/Trial ended/);
    expect(await ws.page.$('input[name=holdReason]')).toBeNull();
    expect(await ws.page.$('input[name=releaseReason]')).toBeNull();
  });

  it('lists a preservation letter with its files, and records when it was sent', async () => {
    const [supervisor] = await demo.app.runtime.graph.read<{ id: string }>(
      "MATCH (u:User {username: 'supervisor'}) RETURN u.id AS id",
    );
    const api = new GqlClient(demo.app.url);
    await api.login('detective', demo.password('detective'));
    const written = await api.query(
      `mutation($input: CollectionRequestInput!, $letter: PreservationLetterInput!) {
         requestPreservation(input: $input, letter: $letter) { id } }`,
      {
        input: {
          caseId: demo.caseId,
          purpose: 'MISSING_PERSON',
          target: { platform: 'reddit', kind: 'handle', value: 'u/erin_throwaway', scope: 'POSTS' },
          method: 'PUBLIC_API',
          device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
          predicate: {
            reportNumber: 'MP-26-0042',
            facts: 'Rpt MP-26-0042: u/erin_throwaway knows the teenager',
          },
        },
        letter: {
          accountIds: ['t2_k3x9q'],
          urls: ['https://www.reddit.com/user/erin_throwaway/'],
          from: '2026-11-01',
          to: '2026-11-30',
          supervisorId: supervisor!.id,
          officerContact: '816-555-0142',
        },
      },
    );
    if (written.errors) throw new Error(JSON.stringify(written.errors));

    await ws.page.goto(records(), { waitUntil: 'networkidle0' });
    await ws.bodyMatches(/To Reddit, Inc\. about u\/erin_throwaway/);
    const files = await ws.page.$$eval('li[data-letter-id] a', (links) =>
      links.map((a) => (a as unknown as { textContent: string }).textContent.trim()).sort(),
    );
    expect(files).toEqual(['letter.pdf', 'letter.txt']);
    await ws.page.type('input[name=sentOn]', '12012026');
    await ws.fill('input[name=providerReference]', 'RDT-2026-7781');
    await ws.clickText('button', /^Record as sent$/);
    await ws.bodyMatches(/Sent .*, the provider's reference RDT-2026-7781; preserved until /);
    expect(await ws.text()).toMatch(/Reminder to extend on|Ask for the 90-day extension now/);
    publish(await ws.shot('2-letter-sent'), 'workspace-records-letter.png');
  });
});
