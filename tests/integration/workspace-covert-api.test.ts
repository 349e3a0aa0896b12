import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * The covert route through the API on real Neo4j: the approval states and enforces what the policy
 * requires (a legal review where the platform's terms forbid fake accounts), a new approval
 * supersedes the older one so the gate relies on the newer, the requester is notified of each
 * decision by name, and casegraph never queues a method it does not perform.
 */
describe('the covert route', () => {
  let env: CollectingCasegraph;
  let caseId: string;
  let supervisor: GqlClient;

  beforeAll(async () => {
    env = await startCollectingCasegraph('COVERT-1');
    caseId = env.caseId;
    await new UserAdminService(new UserRepository(env.app.runtime.graph)).create({
      username: 'sgt-covert',
      displayName: 'Sgt. Lee Ortiz',
      role: 'SUPERVISOR',
      unit: 'CID',
      password: 'Covert-pass-2026',
    });
    supervisor = new GqlClient(env.app.url);
    await supervisor.login('sgt-covert', 'Covert-pass-2026');
  }, 60_000);
  afterAll(() => env.stop());

  const AUTH_FIELDS =
    'id status legalReviewRequired requirements approverName supersededBy legalReviewReference';
  const request = async (method: string) =>
    (
      await env.detective.query(
        `mutation($i: AuthorizationRequestInput!) { requestAuthorization(input: $i) { ${AUTH_FIELDS} } }`,
        {
          i: {
            caseId,
            platform: 'mastodon',
            method,
            personaHandle: 'riverkid22',
            justification: 'The suspect only answers followers; threats against the witness continue',
          },
        },
      )
    ).data!.requestAuthorization;
  const approve = (id: string, legalReviewReference: string | null) =>
    supervisor.query(
      `mutation($id: ID!, $i: AuthorizationApprovalInput!) { approveAuthorization(id: $id, input: $i) { ${AUTH_FIELDS} } }`,
      {
        id,
        i: {
          writtenPermissionReference: 'UC-2026-0311',
          legalReviewReference,
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
    );
  const covertRequest = {
    caseId: '',
    purpose: 'ONLINE_CRIME',
    target: { platform: 'mastodon', kind: 'handle', value: 'bob', scope: 'POSTS' },
    method: 'UNDERCOVER_ACCOUNT',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    persona: { handle: 'riverkid22', displayName: 'River Kid' },
    predicate: {
      reportNumber: '26-0311',
      facts: 'Rpt 26-0311: @bob threatened the witness in replies twice',
    },
  };

  it('says and enforces that a legal review is required, supersedes the older approval, and the gate relies on the newer', async () => {
    const first = await request('UNDERCOVER_ACCOUNT');
    expect(first).toMatchObject({ status: 'REQUESTED', legalReviewRequired: true });
    expect(first.requirements).toContain(
      "a recorded legal review, since mastodon's terms forbid fake or undisclosed accounts (Global Justice 2013)",
    );
    const bare = await approve(first.id, null);
    expect(bare.errors?.[0]).toMatchObject({
      message:
        "legalReviewReference: the policy requires a recorded legal review, since mastodon's terms forbid fake or undisclosed accounts",
      extensions: { code: 'BAD_USER_INPUT', field: 'legalReviewReference' },
    });
    expect((await approve(first.id, 'LEGAL-2026-01')).data?.approveAuthorization).toMatchObject({
      status: 'APPROVED',
      approverName: 'Sgt. Lee Ortiz',
    });

    const second = await request('UNDERCOVER_ACCOUNT');
    expect((await approve(second.id, 'LEGAL-2026-02')).data?.approveAuthorization.status).toBe('APPROVED');
    const listed = (
      await supervisor.query(`query($c: ID) { authorizations(caseId: $c) { ${AUTH_FIELDS} } }`, { c: caseId })
    ).data!.authorizations as { id: string; status: string; supersededBy: string | null }[];
    expect(listed.find((a) => a.id === first.id)).toMatchObject({
      status: 'SUPERSEDED',
      supersededBy: second.id,
    });
    expect(listed.find((a) => a.id === second.id)).toMatchObject({ status: 'APPROVED', supersededBy: null });

    const decision = (
      await env.detective.query(
        'mutation($i: CollectionRequestInput!) { evaluateCollection(input: $i) { decision reasons { ruleId finding } } }',
        { i: { ...covertRequest, caseId } },
      )
    ).data!.evaluateCollection;
    expect(decision.decision).toBe('ALLOW');
    const review = decision.reasons.find((r: { ruleId: string }) => r.ruleId === 'covert-legal-review');
    expect(review.finding).toContain('legal review LEGAL-2026-02 recorded');
  });

  it('never queues a method casegraph does not perform, even when the gate allows it', async () => {
    const started = await env.detective.query(
      'mutation($i: CollectionRequestInput!) { startCollection(input: $i) { jobId } }',
      { i: { ...covertRequest, caseId } },
    );
    expect(started.errors?.[0]).toMatchObject({
      message: 'casegraph collects from mastodon by PUBLIC_API, not by UNDERCOVER_ACCOUNT',
      extensions: { code: 'BAD_USER_INPUT', field: 'method' },
    });
  });

  it("tells the requester of each decision by the supervisor's name, newest first", async () => {
    const third = await request('AUTHENTICATED_SESSION');
    expect(third.legalReviewRequired).toBe(false);
    await supervisor.query(
      'mutation($id: ID!) { rejectAuthorization(id: $id, reason: "Use the public API first") { id } }',
      {
        id: third.id,
      },
    );
    const notes = (
      await env.detective.query('{ notifications { kind message caseNumber decidedBy authorizationId } }')
    ).data!.notifications as { kind: string; message: string; caseNumber: string; decidedBy: string }[];
    expect(notes.map((n) => n.kind)).toEqual(['REJECTED', 'APPROVED', 'SUPERSEDED', 'APPROVED']);
    expect(notes[0]).toMatchObject({
      caseNumber: 'COVERT-1',
      decidedBy: 'Sgt. Lee Ortiz',
      message:
        'Sgt. Lee Ortiz rejected authenticated session on mastodon as riverkid22: Use the public API first',
    });
    expect(notes[1]!.message).toMatch(
      /^Sgt\. Lee Ortiz approved undercover account on mastodon as riverkid22 until \S+, legal review LEGAL-2026-02$/,
    );
    expect(notes[2]!.message).toBe(
      'undercover account on mastodon as riverkid22: a newer approval replaced this one',
    );
    // The supervisor made these decisions; they are no news to them.
    expect((await supervisor.query('{ notifications { id } }')).data!.notifications).toEqual([]);
  });
});
