import crypto from 'node:crypto';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

const SET_ROLE = `mutation($id: ID!, $role: Role!, $unit: String, $reason: String!) {
  setUserRole(id: $id, role: $role, unit: $unit, reason: $reason) { id role unit }
}`;
const SET_ROLE_WITHOUT_REASON = `mutation($id: ID!, $role: Role!, $unit: String) {
  setUserRole(id: $id, role: $role, unit: $unit) { id role unit }
}`;

/** Role changes over real HTTP: nobody promotes themselves, and every change says who and why. */
describe('changing a role', () => {
  let app: RunningCasegraph;
  const password = 'Correct-horse-battery-9';
  const tag = crypto.randomBytes(3).toString('hex');
  const unit = `GANG-${tag}`;
  const ids: Record<string, string> = {};
  const as = async (name: string) => {
    const c = new GqlClient(app.url);
    await c.login(`${name}-${tag}`, password);
    return c;
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    const people = [
      ['root', 'ADMIN', null],
      ['det', 'DETECTIVE', unit],
      ['analyst', 'ANALYST', 'CID'],
    ] as const;
    for (const [name, role, home] of people) {
      const username = `${name}-${tag}`;
      ids[name] = (
        await app.services.userAdmin.create({ username, displayName: username, role, unit: home, password })
      ).id;
    }
    const det = await as('det');
    const created = await det.query('mutation($input: NewCaseInput!) { createCase(input: $input) { id } }', {
      input: { number: `G-${tag}`, title: 'Crew shooting', purpose: 'GANG_ACTIVITY' },
    });
    expect(created.errors).toBeUndefined();
  });
  afterAll(() => app.stop());

  it("refuses an administrator's change of their own role, so they cannot read a unit's cases", async () => {
    const root = await as('root');
    const promote = { id: ids.root, role: 'SUPERVISOR', unit };
    const unexplained = await root.query(SET_ROLE_WITHOUT_REASON, promote);
    expect(unexplained.errors).toBeDefined();
    expect(unexplained.data?.setUserRole ?? null).toBeNull();
    const explained = await root.query(SET_ROLE, { ...promote, reason: 'covering the gang unit tonight' });
    expect(GqlClient.code(explained)).toBe('FORBIDDEN');
    const sameUnitOnly = await root.query(SET_ROLE, {
      id: ids.root,
      role: 'ADMIN',
      unit,
      reason: 'moving units',
    });
    expect(GqlClient.code(sameUnitOnly)).toBe('FORBIDDEN');

    expect((await root.query('{ me { role unit } }')).data?.me).toEqual({ role: 'ADMIN', unit: null });
    expect((await root.query('{ cases { nodes { number } } }')).data?.cases.nodes).toEqual([]);
  });

  it("changes another user's role, recording who changed it, from what, to what and why", async () => {
    const root = await as('root');
    const reason = `acting sergeant while the unit head is away, order ${tag}`;
    const changed = await root.query(SET_ROLE, { id: ids.analyst, role: 'SUPERVISOR', unit, reason });
    expect(changed.data?.setUserRole).toEqual({ id: ids.analyst, role: 'SUPERVISOR', unit });
    const sup = await as('analyst');
    expect((await sup.query('{ cases { nodes { number } } }')).data?.cases.nodes).toEqual([
      { number: `G-${tag}` },
    ]);

    const trail = await root.query(
      `query($actor: ID!) { auditEvents(actorId: $actor, first: 50) {
         nodes { action outcome actorId actorName subjectType subjectId detail ip } } }`,
      { actor: ids.root },
    );
    const events = trail.data?.auditEvents.nodes.filter(
      (e: { action: string }) => e.action === 'USER_ROLE_CHANGED',
    );
    expect(events).toEqual([
      {
        action: 'USER_ROLE_CHANGED',
        outcome: 'DONE',
        actorId: ids.root,
        actorName: `root-${tag}`,
        subjectType: 'User',
        subjectId: ids.analyst,
        detail: `from ANALYST of CID to SUPERVISOR of ${unit}: ${reason}`,
        ip: expect.stringMatching(/127\.0\.0\.1/),
      },
    ]);
  });

  it('refuses a change without a real reason and leaves the role as it was', async () => {
    const root = await as('root');
    const blank = await root.query(SET_ROLE, { id: ids.det, role: 'SUPERVISOR', unit, reason: '   ' });
    expect(GqlClient.code(blank)).toBe('BAD_USER_INPUT');
    const det = await as('det');
    expect((await det.query('{ me { role } }')).data?.me).toEqual({ role: 'DETECTIVE' });
  });

  it('lets only administrators change roles', async () => {
    const det = await as('det');
    const tried = await det.query(SET_ROLE, {
      id: ids.det,
      role: 'SUPERVISOR',
      unit,
      reason: 'I deserve it',
    });
    expect(GqlClient.code(tried)).toBe('FORBIDDEN');
  });
});
