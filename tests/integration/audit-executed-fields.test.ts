import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

type ApiEvent = {
  action: string;
  outcome: string;
  caseId: string | null;
  subjectId: string | null;
  detail: string | null;
};

/**
 * The audit trail follows what ran, not the shape of the document: a root field reached through an
 * inline fragment, a named fragment or an alias is audited like any other, each time it runs, and
 * the event names the field and the case without keeping what was written.
 */
describe('audit of executed root fields', () => {
  let app: RunningCasegraph;
  const password = 'Executed-fields-password-4';
  const unit = `AEX-${Date.now()}`;
  const as = async (name: string) => {
    const c = new GqlClient(app.url);
    await c.login(`${name}-${unit}`, password);
    return c;
  };
  /** The API's own events of a case (the gate's workflow steps are another writer's). */
  const apiEvents = async (caseId: string): Promise<ApiEvent[]> => {
    return app.runtime.graph.read<ApiEvent>(
      `MATCH (e:AuditEvent {caseId: $caseId}) WHERE e.action STARTS WITH 'query ' OR e.action STARTS WITH 'mutation '
       RETURN e.action AS action, e.outcome AS outcome, e.caseId AS caseId, e.subjectId AS subjectId, e.detail AS detail`,
      { caseId },
    );
  };
  /** Reads are written within moments; wait until `n` matching events are stored. */
  const eventually = async (caseId: string, match: (e: ApiEvent) => boolean, n = 1) => {
    for (let i = 0; i < 40; i += 1) {
      const found = (await apiEvents(caseId)).filter(match);
      if (found.length >= n) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`fewer than ${n} audit events appeared`);
  };
  const newCase = async (c: GqlClient, number: string) => {
    const created = await c.query(
      `mutation($n: String!) { createCase(input: { number: $n, title: "Fragments", purpose: ONLINE_CRIME }) { id } }`,
      { n: `${unit}-${number}` },
    );
    return (created.data as { createCase: { id: string } }).createCase.id;
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    for (const [name, role] of [
      ['det', 'DETECTIVE'],
      ['outsider', 'DETECTIVE'],
    ] as const) {
      await app.services.userAdmin.create({
        username: `${name}-${unit}`,
        displayName: name,
        role,
        unit: name === 'det' ? unit : `${unit}-other`,
        password,
      });
    }
  });
  afterAll(() => app.stop());

  it('audits a read wrapped in a root inline fragment', async () => {
    const det = await as('det');
    const caseId = await newCase(det, 'inline');
    const read = await det.query(`{ ... on Query { case(id: "${caseId}") { id } } }`);
    expect(read.data).toEqual({ case: { id: caseId } });
    const [event] = await eventually(caseId, (e) => e.action === 'query case');
    expect(event).toMatchObject({ outcome: 'DONE', caseId, subjectId: caseId });
  });

  it('audits every alias and every named fragment that resolves a root field', async () => {
    const det = await as('det');
    const caseId = await newCase(det, 'aliases');
    const read = await det.query(
      `query($id: ID!) { a: case(id: $id) { id } ...More }
       fragment More on Query { b: case(id: $id) { title } ... on Query { c: case(id: $id) { number } } }`,
      { id: caseId },
    );
    expect(read.errors).toBeUndefined();
    const events = await eventually(caseId, (e) => e.action === 'query case', 3);
    expect(events).toHaveLength(3);
  });

  it('audits a mutation wrapped in a root fragment before answering, keeping none of its text', async () => {
    const det = await as('det');
    const caseId = await newCase(det, 'mutation');
    const added = await det.query(
      `mutation($c: ID!) { addPerson(caseId: $c, input: { name: "Ann Example", role: WITNESS, notes: "seen-at-the-pier" }) }`,
      { c: caseId },
    );
    const ref = `person:${(added.data as { addPerson: string }).addPerson}`;
    const note = `note-text-${unit}`;
    const wrapped = await det.query(
      `mutation($c: ID!, $r: String!, $t: String!) { ... on Mutation { annotate(caseId: $c, ref: $r, text: $t) } }`,
      { c: caseId, r: ref, t: note },
    );
    expect(wrapped.errors).toBeUndefined();
    // Mutations are stored before the response leaves: no waiting here.
    const events = await apiEvents(caseId);
    expect(events.find((e) => e.action === 'mutation annotate')).toMatchObject({ outcome: 'DONE', caseId });
    expect(events.find((e) => e.action === 'mutation addPerson')).toMatchObject({ outcome: 'DONE', caseId });
    expect(JSON.stringify(events)).not.toMatch(/note-text|seen-at-the-pier|Ann Example/);
  });

  it("audits a covert request by its case, not by its justification, and an outsider's refused attempt", async () => {
    const det = await as('det');
    const caseId = await newCase(det, 'covert');
    const justification = `threats are posted in a members-only section ${unit}`;
    const REQUEST = `mutation($input: AuthorizationRequestInput!) {
      ... on Mutation { requestAuthorization(input: $input) { id } } }`;
    const input = {
      caseId,
      platform: 'web',
      method: 'UNDERCOVER_ACCOUNT',
      personaHandle: 'jaydoe88',
      justification,
    };
    expect((await det.query(REQUEST, { input })).errors).toBeUndefined();
    const outsider = await as('outsider');
    expect(GqlClient.code(await outsider.query(REQUEST, { input }))).toBe('NOT_FOUND');

    const events = (await apiEvents(caseId)).filter((e) => e.action === 'mutation requestAuthorization');
    expect(events.map((e) => e.outcome).sort()).toEqual(['DONE', 'REFUSED']);
    expect(JSON.stringify(events)).not.toContain(justification);
  });

  it('audits a mutation that names its case only in what it returns', async () => {
    const det = await as('det');
    const caseId = await newCase(det, 'returned');
    const events = await apiEvents(caseId);
    expect(events.find((e) => e.action === 'mutation createCase')).toMatchObject({ outcome: 'DONE', caseId });
  });
});
