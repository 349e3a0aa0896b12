import type { RunningCasegraph } from '../../server/casegraph.js';
import { startCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { resetGraph, testConfig } from '../support/services.js';

/**
 * Bulk reach (a whole tag, all followers, a search) needs a supervisor's written authorization
 * naming exactly that reach: requested and approved through the API, then relied on by the gate
 * for that target and no other.
 */
describe('bulk-reach authorizations', () => {
  let app: RunningCasegraph;
  let caseId: string;
  const password = 'Correct-horse-battery-9';
  const as = async (username: string) => {
    const c = new GqlClient(app.url);
    await c.login(username, password);
    return c;
  };
  const EVALUATE = `mutation($input: CollectionRequestInput!) { evaluateCollection(input: $input) { decision } }`;
  const REQUEST = `mutation($input: AuthorizationRequestInput!) { requestAuthorization(input: $input) { id bulkScope bulkTargetKind bulkTargetValue } }`;
  const tag = (value: string) => ({
    caseId,
    purpose: 'GANG_ACTIVITY',
    target: { platform: 'mastodon', kind: 'hashtag', value, scope: 'POSTS' },
    method: 'PUBLIC_API',
    content: 'PUBLIC',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    predicate: { reportNumber: '26-0420', facts: 'Rpt 26-0420: members announce shootings under this tag' },
    steps: [],
  });
  const ask = (bulk: Record<string, string>, method = 'PUBLIC_API') => ({
    input: {
      caseId,
      platform: 'mastodon',
      method,
      personaHandle: '',
      justification: 'the crew announces retaliation shootings under this one tag',
      bulk,
    },
  });

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await resetGraph(app.runtime.graph);
    for (const [username, role] of [
      ['gang-det', 'DETECTIVE'],
      ['gang-sup', 'SUPERVISOR'],
    ] as const) {
      await app.services.userAdmin.create({
        username,
        displayName: username,
        role,
        unit: 'BULK-TEST',
        password,
      });
    }
    const det = await as('gang-det');
    const created = await det.query(
      'mutation { createCase(input: {number: "GANG-0007", title: "Crew shootings", purpose: GANG_ACTIVITY}) { id } }',
    );
    caseId = created.data!.createCase.id;
  });
  afterAll(() => app.stop());

  it('allows a whole tag only once a supervisor approves that tag, and no other', async () => {
    const det = await as('gang-det');
    expect((await det.query(EVALUATE, { input: tag('#eastside') })).data?.evaluateCollection.decision).toBe(
      'NEEDS_AUTHORIZATION',
    );
    const asked = await det.query(
      REQUEST,
      ask({ scope: 'TAG', targetKind: 'hashtag', targetValue: '#eastside' }),
    );
    expect(asked.data?.requestAuthorization).toMatchObject({
      bulkScope: 'TAG',
      bulkTargetKind: 'hashtag',
      bulkTargetValue: '#eastside',
    });
    const sup = await as('gang-sup');
    const approved = await sup.query(
      'mutation($id: ID!, $input: AuthorizationApprovalInput!) { approveAuthorization(id: $id, input: $input) { status } }',
      {
        id: asked.data!.requestAuthorization.id,
        input: {
          writtenPermissionReference: 'SUP-2026-77',
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
    );
    expect(approved.data?.approveAuthorization.status).toBe('APPROVED');
    expect((await det.query(EVALUATE, { input: tag('eastside') })).data?.evaluateCollection.decision).toBe(
      'ALLOW',
    );
    expect((await det.query(EVALUATE, { input: tag('#westside') })).data?.evaluateCollection.decision).toBe(
      'NEEDS_AUTHORIZATION',
    );
  });

  it('refuses a bulk request whose scope the target does not reach, or by a forbidden method', async () => {
    const det = await as('gang-det');
    const wrongScope = await det.query(
      REQUEST,
      ask({ scope: 'FOLLOWERS', targetKind: 'hashtag', targetValue: '#x' }),
    );
    expect(GqlClient.code(wrongScope)).toBe('BAD_USER_INPUT');
    expect(wrongScope.errors?.[0]?.message).toBe('bulk: a hashtag reaches scope TAG, not FOLLOWERS');
    const forbidden = await det.query(
      REQUEST,
      ask({ scope: 'TAG', targetKind: 'hashtag', targetValue: '#x' }, 'BYPASS_ACCESS_CONTROL'),
    );
    expect(GqlClient.code(forbidden)).toBe('BAD_USER_INPUT');
    const noBulk = await det.query(REQUEST, { input: { ...ask({}).input, bulk: null } });
    expect(noBulk.errors?.[0]?.message).toMatch(/PUBLIC_API is not a method that takes an authorization/);
  });
});
