import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient, type GqlResult } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

/**
 * Every string the API takes has a length limit, checked before any resolver runs, whether the
 * string is written in the document or passed as a variable, at the top or deep in an input.
 */
describe('string input length limits', () => {
  let app: RunningCasegraph;
  const password = 'Length-limited-password-5';
  const unit = `LEN-${Date.now()}`;
  let det: GqlClient;
  let caseId = '';
  const long = (n: number) => 'x'.repeat(n);
  const refusal = (result: GqlResult) => ({
    code: GqlClient.code(result),
    message: result.errors?.[0]?.message,
    data: result.data ?? null,
  });
  const count = async (cypher: string) =>
    (await app.runtime.graph.read<{ n: number }>(cypher, { caseId }))[0]!.n;

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await app.services.userAdmin.create({
      username: `det-${unit}`,
      displayName: 'det',
      role: 'DETECTIVE',
      unit,
      password,
    });
    det = new GqlClient(app.url);
    await det.login(`det-${unit}`, password);
    const created = await det.query(
      `mutation { createCase(input: { number: "${unit}", title: "Long inputs", purpose: ONLINE_CRIME }) { id } }`,
    );
    caseId = (created.data as { createCase: { id: string } }).createCase.id;
  });
  afterAll(() => app.stop());

  it("refuses an over-long string deep in a variable's input, naming the field, and stores nothing", async () => {
    const asked = await det.query(
      `mutation($input: AuthorizationRequestInput!) { requestAuthorization(input: $input) { id } }`,
      {
        input: {
          caseId,
          platform: 'web',
          method: 'UNDERCOVER_ACCOUNT',
          personaHandle: 'jaydoe88',
          justification: `threats are posted here ${long(100_000)}`,
        },
      },
    );
    expect(refusal(asked)).toMatchObject({ code: 'BAD_USER_INPUT', data: null });
    expect(asked.errors?.[0]?.message).toContain('AuthorizationRequestInput.justification');
    expect(asked.errors?.[0]?.extensions).toMatchObject({ field: 'AuthorizationRequestInput.justification' });
    expect(await count('MATCH (a:Authorization {caseId: $caseId}) RETURN count(a) AS n')).toBe(0);
  });

  it('refuses an over-long string written in the document as an argument', async () => {
    const closed = await det.query(
      `mutation { closeCase(id: "${caseId}", reason: "${long(5_000)}") { status } }`,
    );
    expect(refusal(closed)).toMatchObject({ code: 'BAD_USER_INPUT', data: null });
    expect(closed.errors?.[0]?.message).toContain('Mutation.closeCase(reason:)');
    expect(await count("MATCH (c:Case {id: $caseId}) WHERE c.status = 'CLOSED' RETURN count(c) AS n")).toBe(
      0,
    );
  });

  it('refuses an over-long string inside a list, and in a read', async () => {
    const exported = await det.query(
      'mutation($c: ID!, $ids: [ID!], $r: String!) { startExport(caseId: $c, captureIds: $ids, reason: $r) { id } }',
      { c: caseId, ids: ['capture-1', long(4_001)], r: 'for the prosecutor' },
    );
    expect(refusal(exported)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(exported.errors?.[0]?.message).toContain('Mutation.startExport(captureIds:)');
    const search = await det.query('query($s: String) { cases(search: $s) { nodes { id } } }', {
      s: long(4_001),
    });
    expect(refusal(search)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(search.errors?.[0]?.message).toContain('Query.cases(search:)');
  });

  it('accepts a string at the limit, and a longer one where the field allows more', async () => {
    const atLimit = await det.query('query($s: String) { cases(search: $s) { nodes { id } } }', {
      s: long(4_000),
    });
    expect(atLimit.errors).toBeUndefined();
    const EVALUATE = `mutation($input: CollectionRequestInput!) { evaluateCollection(input: $input) { decision } }`;
    const input = (facts: string) => ({
      caseId,
      purpose: 'ONLINE_CRIME',
      target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'POSTS' },
      method: 'PUBLIC_WEB',
      device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
      predicate: { reportNumber: '24-1234', facts },
    });
    const longFacts = `Rpt 24-1234: x posted threats to shoot staff on 3/2. ${long(4_400)}`;
    const evaluated = await det.query(EVALUATE, { input: input(longFacts) });
    expect(evaluated.errors).toBeUndefined();
    const tooLong = await det.query(EVALUATE, { input: input(long(5_001)) });
    expect(refusal(tooLong)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(tooLong.errors?.[0]?.message).toContain('PredicateInput.facts');
  });

  it('audits a mutation refused for its input without keeping the input', async () => {
    const note = `refused-note-${unit}`;
    await det.query(`mutation { closeCase(id: "${caseId}", reason: "${note}${long(5_000)}") { status } }`);
    const events = await app.runtime.graph.read<{ action: string; outcome: string; detail: string | null }>(
      `MATCH (e:AuditEvent {actorId: $actorId}) RETURN e.action AS action, e.outcome AS outcome, e.detail AS detail`,
      { actorId: (await det.query('{ me { id } }')).data?.me.id },
    );
    expect(events).toContainEqual({
      action: 'mutation (not run)',
      outcome: 'FAILED',
      detail: 'BAD_USER_INPUT',
    });
    expect(JSON.stringify(events)).not.toContain(note);
  });
});
