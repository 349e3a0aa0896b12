import { CaptureIngestRepository } from '../../graph/ingest/capture-ingest.repository.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { CaseReadCache } from '../../server/graphql/case-read-cache.js';
import { ContentGeneration } from '../../server/infra/content-generation.js';
import { capturedPosts } from '../support/captured-posts.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig, testGraph } from '../support/services.js';

/**
 * Cached case reads against real Neo4j and Redis: answers are reused while the case's content
 * generation stands, and every content write into the case, from this process or another one,
 * makes the next read fresh, while collection into another case leaves them standing.
 */
describe('case read cache', () => {
  let app: RunningCasegraph;
  let detective: GqlClient;
  let caseId: string;
  let outside: GraphClient;
  const password = 'Correct-horse-battery-9';

  let captures = 0;
  /** A capture of `posts` by `author` into `into`, through the real ingest. */
  const capture = (into: string, author: string, posts: string[], postedAt = '2026-03-02T10:00:00.000Z') =>
    capturedPosts({
      caseId: into,
      platform: 'mastodon',
      captureId: `cache-capture-${(captures += 1)}`,
      author,
      posts: posts.map((id) => ({ id, text: id, postedAt })),
      hashtag: `tag-of-${author}`,
    });
  /** A post of the case's author collected into the case over `graph`, as a capture's ingest writes it. */
  const addPost = (graph: GraphClient, id: string) =>
    new CaptureIngestRepository(graph).ingest(
      capture(caseId, 'cache-author', [id], '2026-03-01T10:00:00.000Z'),
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
    const generation = await app.runtime.contentGeneration.current(caseId);
    await reads();
    // Reads are audited within 200 ms; wait for that write to land.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await app.runtime.contentGeneration.current(caseId)).toBe(generation);
    await addPost(app.runtime.graph, 'third');
    expect(await app.runtime.contentGeneration.current(caseId)).not.toBe(generation);
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
  describe('per case', () => {
    let otherCaseId: string;
    const generation = (id: string) => app.runtime.contentGeneration.current(id);

    beforeAll(async () => {
      otherCaseId = (
        await detective.query(
          'mutation { createCase(input: { number: "CACHE-2", title: "Other", purpose: ONLINE_CRIME }) { id } }',
        )
      ).data!.createCase.id;
    });

    it('keeps a case’s cached answers while collection writes into another case', async () => {
      const before = await reads();
      const standing = await generation(caseId);
      const other = await generation(otherCaseId);
      // Unannounced, so only a generation change would show it: proof that the answers were kept.
      await addPost(outside, 'hidden-while-b-collects');
      for (let i = 0; i < 5; i += 1) {
        await app.services.repos.ingest.ingest(capture(otherCaseId, 'b-only-author', [`b-post-${i}`]));
      }
      expect(await generation(caseId)).toBe(standing);
      expect(await generation(otherCaseId)).not.toBe(other);
      expect(await reads()).toEqual(before);
    });

    it('advances every case holding an account the capture wrote', async () => {
      const standing = await generation(caseId);
      // Case B captures the author case A holds too: what A shows of that account may change.
      await app.services.repos.ingest.ingest(
        capture(otherCaseId, 'cache-author', ['b-post-by-shared-author']),
      );
      expect(await generation(caseId)).not.toBe(standing);
      const fresh = await reads();
      expect(fresh.neighbourhood).toContain('post:mastodon:hidden-while-b-collects');
    });

    it('advances every case for a write that names none, from any process on the same Redis', async () => {
      const [a, b] = [await generation(caseId), await generation(otherCaseId)];
      const worker = new ContentGeneration(app.runtime.redisUrl, app.runtime.config.redis.prefix);
      try {
        const stop = outside.onWritten((scope) => worker.advance(scope));
        await outside.write("MERGE (t:Hashtag {tag: 'cache-global'})");
        stop();
      } finally {
        await worker.close();
      }
      expect(await generation(caseId)).not.toBe(a);
      expect(await generation(otherCaseId)).not.toBe(b);
    });

    it('advances the named case alone for custody appends and gate records', async () => {
      const [a, b] = [await generation(caseId), await generation(otherCaseId)];
      await app.services.custody.append({
        caseId: otherCaseId,
        type: 'VIEWED',
        actorId: 'system:cache-test',
        artifactHashes: [],
        details: {},
      });
      expect(await generation(caseId)).toBe(a);
      expect(await generation(otherCaseId)).not.toBe(b);
    });
  });
});
