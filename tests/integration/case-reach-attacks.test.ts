import type { RunningCasegraph } from '../../server/casegraph.js';
import { startCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { resetGraph, testConfig } from '../support/services.js';

/**
 * Attacks from inside the department through the real API: users of another unit, neither assigned
 * to a case nor overseeing it, try every gate and authorization operation on it. Each must answer
 * exactly as for a case that does not exist, and store nothing.
 */
describe('case reach on the gate and authorizations', () => {
  let app: RunningCasegraph;
  const password = 'Correct-horse-battery-9';
  let caseId: string;
  let authorizationId: string;
  const as = async (username: string) => {
    const c = new GqlClient(app.url);
    await c.login(username, password);
    return c;
  };
  const count = async (cypher: string, params: Record<string, unknown>) =>
    (await app.runtime.graph.read<{ n: number }>(cypher, params))[0]!.n;

  const EVALUATE = `mutation($input: CollectionRequestInput!) { evaluateCollection(input: $input) { id decision } }`;
  const input = (id: string, patch: Record<string, unknown> = {}) => ({
    caseId: id,
    purpose: 'ONLINE_CRIME',
    target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'POSTS' },
    method: 'PUBLIC_WEB',
    content: 'PUBLIC',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    predicate: { reportNumber: '24-1234', facts: 'Rpt 24-1234: x posted threats to shoot staff on 3/2' },
    steps: [],
    ...patch,
  });
  const covert = {
    method: 'UNDERCOVER_ACCOUNT',
    persona: { handle: 'jaydoe88', displayName: 'Jay Doe' },
  };
  const APPROVE = `mutation($id: ID!, $input: AuthorizationApprovalInput!) { approveAuthorization(id: $id, input: $input) { status } }`;
  const approval = {
    writtenPermissionReference: 'SUP-2026-31',
    expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await resetGraph(app.runtime.graph);
    const people: [string, 'DETECTIVE' | 'SUPERVISOR', string][] = [
      ['cid-det', 'DETECTIVE', 'REACH-A'],
      ['cid-sup', 'SUPERVISOR', 'REACH-A'],
      ['gang-det', 'DETECTIVE', 'REACH-B'],
      ['gang-sup', 'SUPERVISOR', 'REACH-B'],
    ];
    for (const [username, role, unit] of people) {
      await app.services.userAdmin.create({ username, displayName: username, role, unit, password });
    }
    const det = await as('cid-det');
    const created = await det.query(
      `mutation { createCase(input: {number: "CID-0001", title: "Threats to a school", purpose: ONLINE_CRIME}) { id } }`,
    );
    caseId = created.data!.createCase.id;
    const asked = await det.query(
      `mutation($input: AuthorizationRequestInput!) { requestAuthorization(input: $input) { id } }`,
      {
        input: {
          caseId,
          platform: 'web',
          method: 'UNDERCOVER_ACCOUNT',
          personaHandle: 'jaydoe88',
          justification: 'threats are posted in a members-only forum section',
        },
      },
    );
    authorizationId = asked.data!.requestAuthorization.id;
  });
  afterAll(() => app.stop());

  it('answers evaluateCollection on a case out of reach like a case that does not exist, storing nothing', async () => {
    const outsider = await as('gang-det');
    const before = await count('MATCH (d:GateDecision {caseId: $caseId}) RETURN count(d) AS n', { caseId });
    const theirs = await outsider.query(EVALUATE, { input: input(caseId) });
    const none = await outsider.query(EVALUATE, { input: input('case-does-not-exist') });
    expect(GqlClient.code(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors?.[0]?.message).toBe(
      none.errors?.[0]?.message.replace('case-does-not-exist', caseId),
    );
    expect(await count('MATCH (d:GateDecision {caseId: $caseId}) RETURN count(d) AS n', { caseId })).toBe(
      before,
    );
    expect(
      await count('MATCH (r:CollectionRequest {caseId: $caseId}) RETURN count(r) AS n', { caseId }),
    ).toBe(0);
  });

  it("keeps another unit's supervisor from reading, approving, rejecting or revoking the case's authorizations", async () => {
    const other = await as('gang-sup');
    const decisions = await other.query('query($c: ID) { gateDecisions(caseId: $c) { id } }', { c: caseId });
    expect(GqlClient.code(decisions)).toBe('NOT_FOUND');
    const listed = await other.query('query($c: ID) { authorizations(caseId: $c) { id } }', { c: caseId });
    expect(GqlClient.code(listed)).toBe('NOT_FOUND');
    const everything = await other.query('{ authorizations { id personaHandle } gateDecisions { id } }');
    expect(everything.data?.authorizations).toEqual([]);
    expect(everything.data?.gateDecisions).toEqual([]);
    const missing = await other.query(APPROVE, { id: 'no-such-authorization', input: approval });
    const approve = await other.query(APPROVE, { id: authorizationId, input: approval });
    expect(GqlClient.code(approve)).toBe('NOT_FOUND');
    expect(GqlClient.code(missing)).toBe('NOT_FOUND');
    for (const verb of ['rejectAuthorization', 'revokeAuthorization']) {
      const answer = await other.query(
        `mutation($id: ID!) { ${verb}(id: $id, reason: "not mine") { status } }`,
        {
          id: authorizationId,
        },
      );
      expect(GqlClient.code(answer)).toBe('NOT_FOUND');
    }
    const [row] = await app.runtime.graph.read<{ status: string }>(
      'MATCH (a:Authorization {id: $id}) RETURN a.status AS status',
      { id: authorizationId },
    );
    expect(row!.status).toBe('REQUESTED');
  });

  it('lets the overseeing supervisor approve, and drops the approval once they no longer oversee the case', async () => {
    const sup = await as('cid-sup');
    expect(
      (await sup.query(APPROVE, { id: authorizationId, input: approval })).data?.approveAuthorization,
    ).toEqual({
      status: 'APPROVED',
    });
    const det = await as('cid-det');
    const allowed = await det.query(EVALUATE, { input: input(caseId, covert) });
    expect(allowed.data?.evaluateCollection.decision).toBe('ALLOW');
    // The approver moves to another unit: the gate must no longer rest on their approval.
    await app.runtime.graph.write("MATCH (u:User {username: 'cid-sup'}) SET u.unit = 'REACH-B'");
    const after = await det.query(EVALUATE, { input: input(caseId, covert) });
    expect(after.data?.evaluateCollection.decision).toBe('NEEDS_AUTHORIZATION');
  });

  it('numbers cases per unit, so a number another unit uses reveals nothing', async () => {
    const create = (number: string) =>
      `mutation { createCase(input: {number: "${number}", title: "Another case", purpose: ONLINE_CRIME}) { id number } }`;
    const gang = await as('gang-det');
    const sameNumber = await gang.query(create('CID-0001'));
    expect(sameNumber.data?.createCase.number).toBe('CID-0001');
    const again = await gang.query(create('CID-0001'));
    expect(GqlClient.code(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe('your unit already has a case numbered CID-0001');
  });
});
