import http from 'node:http';
import type { RunningCasegraph } from '../../server/casegraph.js';
import { startCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { resetGraph, testConfig } from '../support/services.js';

/**
 * The evidence routes outside GraphQL and the audit trail, attacked through real HTTP: packet checks
 * only for roles that handle packets and within their cap, every check audited, and no case content
 * (a covert request's justification) in the audit events administrators read.
 */
describe('evidence routes and audit content', () => {
  let app: RunningCasegraph;
  const password = 'Correct-horse-battery-9';
  const as = async (username: string) => {
    const c = new GqlClient(app.url);
    await c.login(username, password);
    return c;
  };
  const post = (cookie: string, body: Buffer, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        `${app.url}/packets/verify`,
        { method: 'POST', agent: false, headers: { cookie, 'content-type': 'application/zip', ...headers } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', (e) => reject(new Error(`${JSON.stringify(headers)}: ${e.message}`)));
      req.end(body);
    });
  const events = (action: string) =>
    app.runtime.graph.read<{ actorId: string; detail: string | null }>(
      'MATCH (e:AuditEvent {action: $action}) RETURN e.actorId AS actorId, e.detail AS detail',
      { action },
    );

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await resetGraph(app.runtime.graph);
    for (const [username, role] of [
      ['ev-det', 'DETECTIVE'],
      ['ev-analyst', 'ANALYST'],
    ] as const) {
      await app.services.userAdmin.create({
        username,
        displayName: username,
        role,
        unit: 'EVIDENCE-ROUTES',
        password,
      });
    }
  });
  afterAll(() => app.stop());

  it('lets only roles that handle packets have one checked, within their cap, and audits each check', async () => {
    const analyst = await as('ev-analyst');
    const refused = await post(analyst.cookieHeader, Buffer.from('PK'));
    expect(refused.status).toBe(403);
    const det = await as('ev-det');
    const huge = await post(det.cookieHeader, Buffer.alloc(0), { 'content-length': String(2 * 2 ** 30) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error).toBe('a detective may upload at most 1073741824 bytes');
    const garbage = await post(det.cookieHeader, Buffer.from('not a zip at all'));
    expect(garbage.status).toBe(200);
    expect(JSON.parse(garbage.body).valid).toBe(false);
    const checked = await events('POST packets/verify');
    expect(checked).toHaveLength(1);
    expect(checked[0]!.detail).toBe('NOT VALID');
  });

  it('keeps a covert request’s justification out of the audit trail', async () => {
    const det = await as('ev-det');
    const created = await det.query(
      'mutation { createCase(input: {number: "EV-0001", title: "Threats", purpose: ONLINE_CRIME}) { id } }',
    );
    const caseId = created.data!.createCase.id;
    const secret = 'informant Jay says the crew meets behind the Riverside laundromat';
    const asked = await det.query(
      'mutation($input: AuthorizationRequestInput!) { requestAuthorization(input: $input) { id } }',
      {
        input: {
          caseId,
          platform: 'web',
          method: 'UNDERCOVER_ACCOUNT',
          personaHandle: 'jaydoe88',
          justification: secret,
        },
      },
    );
    expect(asked.errors).toBeUndefined();
    const leaks = await app.runtime.graph.read<{ n: number }>(
      'MATCH (e:AuditEvent) WHERE e.detail CONTAINS $word RETURN count(e) AS n',
      { word: 'laundromat' },
    );
    expect(leaks[0]!.n).toBe(0);
    expect((await events('AUTHORIZATION_REQUESTED'))[0]!.detail).toBe('UNDERCOVER_ACCOUNT on web');
  });
});
