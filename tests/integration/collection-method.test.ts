import { parseCollectionInput } from '../../server/gate/gate-input.schema.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * A collection runs only by a method its platform's collector performs: the Telegram collector reads
 * the public web preview (PUBLIC_WEB), so a PUBLIC_API request for it is refused before the gate,
 * and a job that reaches the worker with such a decision anyway never makes a request.
 */
describe('collection methods', () => {
  let env: CollectingCasegraph;
  let detectiveId: string;
  beforeAll(async () => {
    env = await startCollectingCasegraph('METHOD-1');
    detectiveId = (await env.detective.query('{ me { id } }')).data!.me.id;
  });
  afterAll(() => env.stop());

  const input = (method: string) => ({
    caseId: env.caseId,
    purpose: 'ONLINE_CRIME',
    target: { platform: 'telegram', kind: 'handle', value: 'riverside_news', scope: 'POSTS' },
    method,
    content: 'PUBLIC',
    steps: [],
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    predicate: {
      reportNumber: '26-0311',
      facts: 'Rpt 26-0311: the channel posted threats against a witness',
    },
  });
  const decisions = async () =>
    (
      await env.app.runtime.graph.read<{ n: number }>(
        'MATCH (d:GateDecision {caseId: $caseId}) RETURN count(d) AS n',
        { caseId: env.caseId },
      )
    )[0]!.n;

  it('refuses to start a collection by a method the collector does not perform, naming the one it does', async () => {
    const before = await decisions();
    const started = await env.detective.query(
      'mutation($input: CollectionRequestInput!) { startCollection(input: $input) { jobId } }',
      { input: input('PUBLIC_API') },
    );
    expect(GqlClient.code(started)).toBe('BAD_USER_INPUT');
    expect(started.errors?.[0]?.message).toBe(
      'casegraph collects from telegram by PUBLIC_WEB, not by PUBLIC_API',
    );
    expect(await decisions()).toBe(before);
  });

  it('fails a job whose decision names a method the collector does not perform, without a request', async () => {
    env.fixtures.resetHits();
    const allowed = await env.app.services.gateRecords.submit(
      parseCollectionInput(input('PUBLIC_API'), detectiveId),
      'ENQUEUE',
    );
    expect(allowed.result.decision).toBe('ALLOW');
    const jobId = await env.app.runtime.queue.add('collect', {
      requestId: allowed.requestId,
      caseId: env.caseId,
      decisionToken: allowed.token!,
    });
    const deadline = Date.now() + 30_000;
    let status = await env.app.runtime.queue.status(jobId);
    while (status?.state !== 'failed' && status?.state !== 'completed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      status = await env.app.runtime.queue.status(jobId);
    }
    expect(status?.state).toBe('failed');
    expect(status?.failedReason).toMatch(/telegram collector collects by PUBLIC_WEB, not PUBLIC_API/);
    expect(env.ownRequests()).toEqual([]);
  });
});
