import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

type AuditEvent = {
  actorId: string | null;
  actorName: string | null;
  action: string;
  outcome: string;
  caseId: string | null;
  subjectType: string;
  subjectId: string | null;
  detail: string | null;
  ip: string | null;
  userAgent: string | null;
};
type Page = { nodes: (AuditEvent & { id: string; at: string })[]; endCursor: string | null };

const AUDIT = `query($caseId: ID, $actorId: ID, $after: String, $first: Int) {
  auditEvents(caseId: $caseId, actorId: $actorId, after: $after, first: $first) {
    nodes { id at actorId actorName action outcome caseId subjectType subjectId detail ip userAgent }
    endCursor
  }
}`;

/** Every mutation and every read of case content leaves an audit event that only the overseers read. */
describe('audit trail', () => {
  let app: RunningCasegraph;
  const password = 'Audit-trail-password-7';
  const unit = `AUD-${Date.now()}`;
  const ids: Record<string, string> = {};
  let caseId = '';
  const as = async (username: string) => {
    const c = new GqlClient(app.url);
    await c.login(`${username}-${unit}`, password);
    return c;
  };
  const events = async (c: GqlClient, variables: Record<string, unknown>) => {
    const result = await c.query(AUDIT, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { auditEvents: Page }).auditEvents;
  };
  /** Reads are stored within moments; wait until the expected event is there. */
  const eventually = async (
    c: GqlClient,
    variables: Record<string, unknown>,
    match: (e: AuditEvent) => boolean,
  ) => {
    for (let i = 0; i < 40; i += 1) {
      const found = (await events(c, variables)).nodes.find(match);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('audit event never appeared');
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    const admin = new UserAdminService(new UserRepository(app.runtime.graph));
    for (const [name, role] of [
      ['det', 'DETECTIVE'],
      ['other', 'DETECTIVE'],
      ['sup', 'SUPERVISOR'],
      ['root', 'ADMIN'],
    ] as const) {
      const user = await admin.create({
        username: `${name}-${unit}`,
        displayName: name,
        role,
        unit: role === 'ADMIN' ? null : unit,
        password,
      });
      ids[name] = user.id;
    }
    const det = await as('det');
    const created = await det.query(
      `mutation { createCase(input: { number: "${unit}", title: "Audited case", purpose: MISSING_PERSON }) { id } }`,
    );
    caseId = (created.data as { createCase: { id: string } }).createCase.id;
  });
  afterAll(() => app.stop());

  it('records a mutation with its case, actor and origin before answering it', async () => {
    const sup = await as('sup');
    const page = await events(sup, { caseId });
    const created = page.nodes.find((e) => e.action === 'mutation createCase');
    expect(created).toMatchObject({
      actorId: ids.det,
      actorName: `det-${unit}`.toLowerCase(),
      outcome: 'DONE',
      caseId,
      subjectType: 'Case',
      subjectId: caseId,
    });
    expect(created!.ip).toMatch(/127\.0\.0\.1|::1/);
    expect(created!.userAgent).toBeTruthy();
  });

  it('records reads of case content, and refused reads of a case out of reach', async () => {
    const det = await as('det');
    await det.query(`{ case(id: "${caseId}") { title persons { name } } }`);
    const other = await as('other');
    const refused = await other.query(`{ case(id: "${caseId}") { title } }`);
    expect(GqlClient.code(refused)).toBe('NOT_FOUND');

    const sup = await as('sup');
    const read = await eventually(
      sup,
      { caseId, actorId: ids.det },
      (e) => e.action === 'query case' && e.outcome === 'DONE',
    );
    expect(read.caseId).toBe(caseId);
    const denied = await eventually(sup, { caseId, actorId: ids.other }, (e) => e.action === 'query case');
    expect(denied).toMatchObject({ outcome: 'REFUSED', detail: 'NOT_FOUND' });
  });

  it('records a failed sign-in by username without keeping the password', async () => {
    const c = new GqlClient(app.url);
    const wrong = `Not-the-password-${unit}`;
    await c.query(`mutation { login(username: "other-${unit}", password: "${wrong}") { id } }`);
    const root = await as('root');
    const failed = await eventually(
      root,
      { first: 50 },
      (e) => e.action === 'mutation login' && e.subjectId === `other-${unit}`,
    );
    expect(failed).toMatchObject({ actorId: null, subjectType: 'User', outcome: 'REFUSED' });
    expect(JSON.stringify((await events(root, { first: 500 })).nodes)).not.toContain(wrong);
  });

  it('lets administrators page through everything and supervisors only the cases they oversee', async () => {
    const root = await as('root');
    const first = await events(root, { first: 2 });
    expect(first.nodes).toHaveLength(2);
    const second = await events(root, { first: 2, after: first.endCursor });
    expect(second.nodes.map((e) => e.id)).not.toContain(first.nodes[0]!.id);
    expect(second.nodes[0]!.at <= first.nodes[1]!.at).toBe(true);

    const sup = await as('sup');
    expect(GqlClient.code(await sup.query(AUDIT, {}))).toBe('BAD_USER_INPUT');
    const det = await as('det');
    expect(GqlClient.code(await det.query(AUDIT, { caseId }))).toBe('FORBIDDEN');
  });

  it('offers no way to change or remove an audit event', async () => {
    const root = await as('root');
    const schema = await root.query('{ __schema { mutationType { fields { name } } } }');
    const names = (
      schema.data as { __schema: { mutationType: { fields: { name: string }[] } } }
    ).__schema.mutationType.fields.map((f) => f.name);
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
