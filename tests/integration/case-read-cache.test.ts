import { UserRepository } from '../../graph/repositories/user.repository.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { CaseReadCache } from '../../server/graphql/case-read-cache.js';
import { ContentGeneration } from '../../server/infra/content-generation.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig, testGraph } from '../support/services.js';

/**
 * Cached case reads against real Neo4j and Redis: answers are reused while the content generation
 * stands, and every content write, from this process or another one, makes the next read fresh.
 */
describe('case read cache', () => {
  let app: RunningCasegraph;
  let detective: GqlClient;
  let caseId: string;
  let outside: GraphClient;
  const password = 'Correct-horse-battery-9';

  const addPost = (graph: GraphClient, id: string) =>
    graph.write(
      `MATCH (c:Case {id: $caseId}), (a:Account {platform: 'mastodon', platformId: 'cache-author'})
       CREATE (p:Post {platform: 'mastodon', platformId: $id, text: $id, postedAt: '2026-03-01T10:00:00.000Z'})
       CREATE (a)-[:POSTED]->(p) CREATE (c)-[:CONTAINS]->(p)`,
      { caseId, id },
    );
  const reads = async () => {
    const result = await detective.query(
      `query($id: ID!) {
         neighbourhood(caseId: $id, ref: "account:mastodon:cache-author", hops: 1, maxNodes: 50) { nodes { ref } }
         case(id: $id) { timeline(first: 50) { ref } graph(maxNodes: 50) { nodes { ref } } }
       }`,
      { id: caseId },
    );
    if (result.errors) throw new Error(result.errors[0]!.message);
    const refs = (list: { ref: string }[]) =>
      list
        .map((n) => n.ref)
        .filter((r) => r.startsWith('post:'))
        .sort();
    return {
      neighbourhood: refs(result.data!.neighbourhood.nodes),
      timeline: refs(result.data!.case.timeline),
      graph: refs(result.data!.case.graph.nodes),
    };
  };
  const everywhere = (...posts: string[]) => {
    const refs = posts.map((p) => `post:mastodon:${p}`).sort();
    return { neighbourhood: refs, timeline: refs, graph: refs };
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    const admin = new UserAdminService(new UserRepository(app.runtime.graph));
    await admin.create({
      username: 'cache-det',
      displayName: 'Cache Det',
      role: 'DETECTIVE',
      unit: 'CID',
      password,
    });
    detective = new GqlClient(app.url);
    await detective.login('cache-det', password);
    caseId = (
      await detective.query(
        'mutation { createCase(input: { number: "CACHE-1", title: "Cache", purpose: ONLINE_CRIME }) { id } }',
      )
    ).data!.createCase.id;
    await app.runtime.graph.write(
      `MATCH (c:Case {id: $caseId})
       MERGE (a:Account {platform: 'mastodon', platformId: 'cache-author'}) SET a.handle = 'author'
       MERGE (c)-[:CONTAINS]->(a)`,
      { caseId },
    );
    await addPost(app.runtime.graph, 'first');
    outside = testGraph();
  });
  afterAll(async () => {
    await outside.close();
    await app.stop();
  });

  it('shows a write made through this process in the very next read', async () => {
    expect(await reads()).toEqual(everywhere('first'));
    await addPost(app.runtime.graph, 'second');
    expect(await reads()).toEqual(everywhere('first', 'second'));
  });

  it('reuses answers while the generation stands, and shows another process’s write once it advances', async () => {
    const before = await reads();
    // A client that tells nobody about its write: the cached answers must still be served...
    await addPost(outside, 'unannounced');
    expect(await reads()).toEqual(before);
    // ...until any process on the same Redis and prefix advances the generation, as its writes do.
    const worker = new ContentGeneration(app.runtime.redisUrl, app.runtime.config.redis.prefix);
    try {
      outside.onWritten(() => worker.advance());
      await addPost(outside, 'from-worker');
    } finally {
      await worker.close();
    }
    expect(await reads()).toEqual(everywhere('first', 'second', 'unannounced', 'from-worker'));
  });

  it('leaves the generation alone for audit records, which every read writes', async () => {
    await reads();
    const generation = await app.runtime.contentGeneration.current();
    await reads();
    // Reads are audited within 200 ms; wait for that write to land.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await app.runtime.contentGeneration.current()).toBe(generation);
    await addPost(app.runtime.graph, 'third');
    expect(await app.runtime.contentGeneration.current()).not.toBe(generation);
  });

  it('loads once for concurrent askers, and forgets failures', async () => {
    const cache = new CaseReadCache(app.runtime.contentGeneration);
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return loads;
    };
    expect(await Promise.all(Array.from({ length: 10 }, () => cache.remember('c', ['q'], load)))).toEqual(
      Array(10).fill(1),
    );
    await app.runtime.contentGeneration.advance();
    expect(await cache.remember('c', ['q'], load)).toBe(2);
    await expect(cache.remember('c', ['bad'], () => Promise.reject(new Error('Neo4j away')))).rejects.toThrow(
      'Neo4j away',
    );
    expect(await cache.remember('c', ['bad'], load)).toBe(3);
  });
});
