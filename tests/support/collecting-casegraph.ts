/**
 * A casegraph with in-process workers collecting from the loopback fixture platforms, a signed-in
 * detective, and a case: the starting point of tests that need real captures.
 */
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { GqlClient } from './graphql-client.js';
import { testConfig } from './services.js';

export interface Target {
  readonly platform: string;
  readonly kind: string;
  readonly value: string;
  readonly scope: string;
  readonly method: string;
}

export interface CollectingCasegraph {
  readonly app: RunningCasegraph;
  readonly fixtures: FixturePlatforms;
  readonly detective: GqlClient;
  readonly caseId: string;
  /** The User-Agent this casegraph's collectors send, its own in the test run. */
  readonly userAgent: string;
  /** The requests the fixtures received from this casegraph (never from another suite's). */
  ownRequests(): readonly string[];
  /**
   * Submits a collection (a Mastodon handle, or any target) and waits for its job to end; into this
   * casegraph's case unless another case of the detective's is named.
   */
  collect(
    handle: string,
    target?: Target,
    inCase?: string,
  ): Promise<{ decision: string; job: Record<string, any> }>;
  stop(): Promise<void>;
}

/**
 * Starts it all; `caseNumber` must be unique within the test run. `config` may add to the
 * configuration, given the fixture platforms (whose host:port is allowlisted).
 */
export async function startCollectingCasegraph(
  caseNumber: string,
  config: (fixtures: FixturePlatforms) => Record<string, string> = () => ({}),
): Promise<CollectingCasegraph> {
  const fixtures = await startFixturePlatforms();
  const userAgent = `casegraph-test/${caseNumber}`;
  const app = await startCasegraph(
    testConfig({
      CASEGRAPH_WORKERS: 'true',
      CASEGRAPH_USER_AGENT: userAgent,
      CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify({
        mastodon: { baseUrl: fixtures.url },
        bluesky: { baseUrl: fixtures.url },
      }),
      CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port}`,
      ...config(fixtures),
    }),
  );
  const password = 'Pipeline-pass-2026';
  const username = `det-${caseNumber.toLowerCase()}`;
  await new UserAdminService(new UserRepository(app.runtime.graph)).create({
    username,
    displayName: 'Det. Pipe',
    role: 'DETECTIVE',
    unit: 'CID',
    password,
  });
  const detective = new GqlClient(app.url);
  await detective.login(username, password);
  const created = await detective.query(
    'mutation($n: String!) { createCase(input: { number: $n, title: "Threats online", purpose: ONLINE_CRIME }) { id } }',
    { n: caseNumber },
  );
  const caseId = created.data!.createCase.id as string;

  async function collect(handle: string, target?: Target, inCase = caseId) {
    const { method, ...wanted } = target ?? {
      platform: 'mastodon',
      kind: 'handle',
      value: handle,
      scope: 'POSTS',
      method: 'PUBLIC_API',
    };
    const started = await detective.query(
      `mutation($input: CollectionRequestInput!) { startCollection(input: $input) { jobId decision { decision } } }`,
      {
        input: {
          caseId: inCase,
          purpose: 'ONLINE_CRIME',
          target: wanted,
          method,
          device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
          predicate: {
            reportNumber: '26-0311',
            facts: `Rpt 26-0311: @${handle} posted threats against a witness`,
          },
        },
      },
    );
    const { jobId, decision } = started.data!.startCollection;
    // A shared machine under a full test run can take a while to capture; this is only a cap.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const job = (
        await detective.query(
          'query($c: ID!, $id: ID!) { collectionJob(caseId: $c, id: $id) { state stage captureId error } }',
          { c: inCase, id: jobId },
        )
      ).data!.collectionJob;
      if (job.state === 'completed' || job.state === 'failed' || Date.now() > deadline) {
        return { decision: decision.decision as string, job };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  return {
    app,
    fixtures,
    detective,
    caseId,
    userAgent,
    ownRequests: () =>
      fixtures
        .requests()
        .filter((r) => r.userAgent === userAgent)
        .map((r) => r.path),
    collect,
    async stop() {
      await app.stop();
      await fixtures.close();
    },
  };
}
