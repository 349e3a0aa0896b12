import { UserRepository } from '../../graph/repositories/user.repository.js';
import type { Role } from '../../server/auth/roles.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

/**
 * Attacks on the gate's own rules through the real API: signed-in users ask a whole casegraph,
 * over HTTP on port 0 with real Neo4j and Redis, for collections the rules must not allow.
 */
describe('gate rules against attacks through the API', () => {
  const password = 'Holes-pass-2026';
  let app: RunningCasegraph;
  let detective: GqlClient;
  let supervisor: GqlClient;
  let analyst: GqlClient;
  let caseId: string;

  async function assign(userId: string): Promise<void> {
    const assigned = await detective.query(
      'mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }',
      { c: caseId, u: userId },
    );
    if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
  }

  async function signIn(username: string): Promise<GqlClient> {
    const client = new GqlClient(app.url);
    await client.login(username, password);
    return client;
  }

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    const admin = new UserAdminService(new UserRepository(app.runtime.graph));
    const make = (username: string, role: Role) =>
      admin.create({ username, displayName: username, role, unit: 'GATE-HOLES', password });
    await make('holes-det', 'DETECTIVE');
    const sup = await make('holes-sup', 'SUPERVISOR');
    const an = await make('holes-an', 'ANALYST');
    detective = await signIn('holes-det');
    supervisor = await signIn('holes-sup');
    analyst = await signIn('holes-an');
    const created = await detective.query(
      'mutation { createCase(input: { number: "HOLES-1", title: "Threats online", purpose: ONLINE_CRIME }) { id } }',
    );
    caseId = created.data!.createCase.id as string;
    await assign(sup.id);
    await assign(an.id);
  }, 60_000);
  afterAll(() => app.stop());

  const EVALUATE = `mutation($input: CollectionRequestInput!) {
    evaluateCollection(input: $input) { decision clauses reasons { ruleId clause finding } }
  }`;

  /** A lawful public-web request that the tests change one thing at a time. */
  function input(patch: Record<string, unknown> = {}) {
    return {
      caseId,
      purpose: 'ONLINE_CRIME',
      target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'POSTS' },
      method: 'PUBLIC_WEB',
      device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
      predicate: {
        reportNumber: '24-1234',
        facts: 'Rpt 24-1234: x posted threats to shoot staff at the school on 3/2',
      },
      ...patch,
    };
  }

  async function evaluate(client: GqlClient, patch: Record<string, unknown> = {}) {
    const result = await client.query(EVALUATE, { input: input(patch) });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.evaluateCollection as {
      decision: string;
      clauses: string[];
      reasons: Array<{ ruleId: string; clause: string; finding: string }>;
    };
  }

  it('refuses every step a passive method does not list as looking (reply, message, repost)', async () => {
    expect((await evaluate(detective, { steps: ['SCROLL', 'SCREENSHOT'] })).decision).toBe('ALLOW');
    for (const step of ['REPLY', 'DIRECT_MESSAGE', 'REPOST']) {
      const denied = await evaluate(detective, { steps: ['SCROLL', step] });
      expect([step, denied.decision, denied.clauses]).toEqual([step, 'DENY', ['Global Justice 2013']]);
      expect(denied.reasons[0]).toMatchObject({ ruleId: 'passive-never-interacts' });
      expect(denied.reasons[0]!.finding).toContain(step);
    }
  });

  it('finds protest markers however the target is encoded, and survives a malformed encoding', async () => {
    const unrelated = {
      reportNumber: '24-1234',
      facts: 'Rpt 24-1234: identify who posted the flyers for Saturday',
    };
    const url = (value: string) => ({ platform: 'web', kind: 'url', value, scope: 'POSTS' });
    for (const value of [
      'https://forum.example/t/%70rotest-saturday',
      'https://forum.example/t/%2570rotest-saturday',
      'https://forum.example/search?q=%E0%A4%A+%zz+%2570ro%74est',
    ]) {
      const denied = await evaluate(detective, { target: url(value), predicate: unrelated });
      expect([value, denied.decision, denied.clauses]).toEqual([value, 'DENY', ['28 CFR 23.20(b)']]);
    }
    const malformed = await evaluate(detective, { target: url('https://forum.example/t/%E0%A4%A%zz%') });
    expect(malformed.decision).toBe('ALLOW');
  });

  it('never grants bulk scope for text, nor for a covert authorization that names no bulk scope', async () => {
    const shooting = 'Rpt 24-1234: @x posted video of the 3/2 shooting on Main Street';
    const copied = await evaluate(detective, {
      target: { platform: 'mastodon', kind: 'hashtag', value: 'mainstreetshooting', scope: 'TAG' },
      method: 'PUBLIC_API',
      predicate: {
        reportNumber: '24-1234',
        facts: shooting,
        bulkFacts: `${shooting} and everyone who tagged it`,
      },
    });
    expect(copied.decision).toBe('NEEDS_AUTHORIZATION');
    expect(copied.reasons.map((r) => [r.ruleId, r.clause])).toEqual([
      ['bulk-scope-authorization', '28 CFR 23.20(a)'],
    ]);

    const persona = { handle: 'jaydoe88', displayName: 'Jay Doe' };
    const asked = await detective.query(
      'mutation($input: AuthorizationRequestInput!) { requestAuthorization(input: $input) { id } }',
      {
        input: {
          caseId,
          platform: 'web',
          method: 'UNDERCOVER_ACCOUNT',
          personaHandle: persona.handle,
          justification: 'threats are posted in a members-only forum section',
        },
      },
    );
    const approved = await supervisor.query(
      'mutation($id: ID!, $input: AuthorizationApprovalInput!) { approveAuthorization(id: $id, input: $input) { status } }',
      {
        id: asked.data!.requestAuthorization.id,
        input: {
          writtenPermissionReference: 'SUP-2026-31',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    );
    expect(approved.data?.approveAuthorization.status).toBe('APPROVED');
    const covert = { method: 'UNDERCOVER_ACCOUNT', persona };
    expect((await evaluate(detective, covert)).decision).toBe('ALLOW');
    const followers = await evaluate(detective, {
      ...covert,
      target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'FOLLOWERS' },
    });
    expect(followers.decision).toBe('NEEDS_AUTHORIZATION');
    expect(followers.reasons.map((r) => r.ruleId)).toEqual(['bulk-scope-authorization']);
  });

  it('derives bulk scope from a hashtag or search target, whatever scope is declared', async () => {
    for (const target of [
      { platform: 'mastodon', kind: 'hashtag', value: 'mainstreet', scope: 'POSTS' },
      { platform: 'bluesky', kind: 'search', value: 'main street shooting', scope: 'ACCOUNT' },
    ]) {
      const asked = await evaluate(detective, { target, method: 'PUBLIC_API' });
      expect([target.kind, asked.decision, asked.clauses]).toEqual([
        target.kind,
        'NEEDS_AUTHORIZATION',
        ['28 CFR 23.20(a)'],
      ]);
      expect(asked.reasons[0]!.finding).toContain(
        `derived from the ${target.kind}; declared ${target.scope}`,
      );
    }
  });

  it('lets no analyst release evidence, however the request is put', async () => {
    const refused = await analyst.query(
      'mutation($c: ID!, $r: String!) { startExport(caseId: $c, reason: $r) { id } }',
      { c: caseId, r: 'Discovery packet for the preliminary hearing in State v. Doe' },
    );
    expect(refused.data?.startExport ?? null).toBeNull();
    expect(['FORBIDDEN', 'GATE_DENIED']).toContain(GqlClient.code(refused));
    const exports = await app.runtime.graph.read<{ n: number }>(
      'MATCH (:Case {id: $caseId})-[:HAS_EXPORT]->(e:Export) RETURN count(e) AS n',
      { caseId },
    );
    expect(exports[0]?.n).toBe(0);
  });
});
