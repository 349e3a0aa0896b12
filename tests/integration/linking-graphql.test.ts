import type { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import type { AccessContext } from '../../server/auth/case-access.js';
import { composeServices } from '../../server/composition/services.js';
import { CaseReadCache } from '../../server/graphql/case-read-cache.js';
import { analysisModule } from '../../server/graphql/modules/analysis.module.js';
import { linkingModule } from '../../server/graphql/modules/linking.module.js';
import { systemModule } from '../../server/graphql/modules/system.module.js';
import { startRuntime, type Runtime } from '../../server/runtime.js';
import { seedLinkingCorpus } from '../fixtures/linking-corpus-seed.js';
import { buildLinkingCorpus, CASE_GANG, CASE_OTHER, type LinkingCorpus } from '../fixtures/linking-corpus.js';
import { headerUser, serveParts, type PartsServer } from '../support/parts-server.js';
import { resetGraph, testConfig } from '../support/services.js';

let runtime: Runtime;
let served: PartsServer;
let url: string;
let corpus: LinkingCorpus;
let custody: CustodyLedger;

type Reply = { data?: Record<string, any> | null; errors?: Array<{ extensions: { code: string } }> };

async function gql(userId: string, query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-user': userId },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Reply;
}

beforeAll(async () => {
  runtime = await startRuntime(testConfig({ CASEGRAPH_WORKERS: 'false' }));
  await resetGraph(runtime.graph);
  corpus = buildLinkingCorpus();
  await seedLinkingCorpus(runtime.graph, corpus);
  await runtime.graph.write(
    `UNWIND $users AS u
     CREATE (user:User {id: u.id, username: u.id, displayName: u.id, role: u.role})
     WITH user, u UNWIND u.cases AS caseId
     MATCH (c:Case {id: caseId}) CREATE (user)-[:ASSIGNED_TO]->(c)`,
    {
      users: [
        { id: 'analyst-on', role: 'ANALYST', cases: [CASE_GANG, CASE_OTHER] },
        { id: 'analyst-off', role: 'ANALYST', cases: [CASE_OTHER] },
        { id: 'prosecutor', role: 'PROSECUTOR', cases: [CASE_GANG] },
      ],
    },
  );
  const services = composeServices(runtime);
  custody = services.custody;
  const parts = [
    systemModule(),
    linkingModule({ links: services.repos.links, service: services.links }),
    analysisModule(services.analysis, new CaseReadCache(runtime.contentGeneration)),
  ];
  served = await serveParts<AccessContext>(runtime, parts, headerUser(runtime));
  url = served.url;
});

afterAll(async () => {
  await served.stop();
  await runtime.stop();
});

const CANDIDATES = `query($caseId: ID!) {
  linkCandidates(caseId: $caseId, limit: 20) { a b score fingerprint artifacts features { name evidence detail artifacts } }
}`;
const CONFIRM = `mutation($caseId: ID!, $a: String!, $b: String!) {
  confirmLink(caseId: $caseId, a: $a, b: $b) { kind decidedBy candidate { score fingerprint } }
}`;
const REJECT = `mutation($caseId: ID!, $a: String!, $b: String!) {
  rejectLink(caseId: $caseId, a: $a, b: $b, reason: "different people") { kind decidedBy }
}`;

describe('linking and analysis over GraphQL', () => {
  it('serves candidates to an analyst on the case, with evidence', async () => {
    const reply = await gql('analyst-on', CANDIDATES, { caseId: CASE_GANG });
    expect(reply.errors).toBeUndefined();
    const list = reply.data!.linkCandidates as Array<{ features: Array<{ artifacts: string[] }> }>;
    expect(list.length).toBe(corpus.truth.length);
    expect(list.every((c) => c.features.length > 0)).toBe(true);
    // Every feature of the seeded corpus rests on captured nodes, so each cites its artifacts.
    expect(list.every((c) => c.features.every((f) => f.artifacts.length > 0))).toBe(true);
  });

  it('answers NOT_FOUND to an analyst not on the case', async () => {
    const reply = await gql('analyst-off', CANDIDATES, { caseId: CASE_GANG });
    expect(reply.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const analysis = await gql('analyst-off', `query($c: ID!) { communities(caseId: $c) { accounts } }`, {
      c: CASE_GANG,
    });
    expect(analysis.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('forbids a prosecutor to confirm links, but lets them read the analysis', async () => {
    const [a, b] = corpus.truth[0]!;
    const reply = await gql('prosecutor', CONFIRM, { caseId: CASE_GANG, a, b });
    expect(reply.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const central = await gql(
      'prosecutor',
      `query($c: ID!) { centralAccounts(caseId: $c, limit: 1) { ref } }`,
      {
        c: CASE_GANG,
      },
    );
    expect(central.data?.centralAccounts).toEqual([{ ref: `account:${corpus.hub}` }]);
  });

  it('records a confirmation and a rejection on the custody ledger and the audit trail', async () => {
    const [a, b] = corpus.truth[0]!;
    const confirmed = await gql('analyst-on', CONFIRM, { caseId: CASE_GANG, a, b });
    expect(confirmed.data?.confirmLink).toMatchObject({ kind: 'CONFIRMED', decidedBy: 'analyst-on' });
    const [c, d] = corpus.truth[1]!;
    const rejected = await gql('analyst-on', REJECT, { caseId: CASE_GANG, a: c, b: d });
    expect(rejected.data?.rejectLink).toMatchObject({ kind: 'REJECTED' });

    const events = await custody.list(CASE_GANG);
    expect(events.map((e) => [e.seq, e.type, e.actorId, e.caseId])).toEqual([
      [1, 'LINKED', 'analyst-on', CASE_GANG],
      [2, 'UNLINKED', 'analyst-on', CASE_GANG],
    ]);
    expect(events[0]?.artifactHashes.length).toBe(2);
    expect(events[0]?.details).toMatchObject({ decision: 'SAME_OPERATOR', accounts: [a, b] });
    expect(await custody.verifyChain(CASE_GANG)).toEqual({ valid: true, events: 2 });
    const audit = await runtime.graph.read<{ action: string }>(
      `MATCH (e:AuditEvent {subjectType: 'AccountPair'}) RETURN e.action AS action ORDER BY e.at`,
    );
    expect(audit.map((r) => r.action)).toEqual(['LINK_CONFIRMED', 'LINK_REJECTED']);

    const after = await gql('analyst-on', CANDIDATES, { caseId: CASE_GANG });
    expect(after.data!.linkCandidates).toHaveLength(corpus.truth.length - 2);
  });

  it('answers path and spread questions, and LIMIT_EXCEEDED past the bounds', async () => {
    const path = await gql(
      'analyst-on',
      `query($c: ID!) { shortestPath(caseId: $c, from: "person:person-ace", to: "person:person-dagger", maxHops: 10) {
        length nodes { ref kind } } }`,
      { c: CASE_GANG },
    );
    expect(path.data?.shortestPath.length).toBe(9);
    const spread = await gql(
      'analyst-on',
      `query($c: ID!, $m: String!) { mediaSpread(caseId: $c, sha256: $m) { handle kind } }`,
      { c: CASE_GANG, m: corpus.spreadMedia },
    );
    expect(spread.data?.mediaSpread.map((s: { handle: string }) => s.handle)).toEqual([
      's_dagger',
      'e_cobra',
      'n_blaze',
    ]);
    const big = await gql(
      'analyst-on',
      `query($c: ID!) { communities(caseId: $c, maxEdges: 5) { accounts } }`,
      {
        c: CASE_GANG,
      },
    );
    expect(big.errors?.[0]?.extensions.code).toBe('LIMIT_EXCEEDED');
  });
});
