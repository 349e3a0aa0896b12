import { MASTODON } from '../../demo/platforms/scenario.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { testServices } from '../support/services.js';

/**
 * casegraph against a Neo4j it did not start, through the driver's routing scheme (neo4j://), the
 * one clusters and Aura are reached by: the run's Neo4j is a separate server process, and a
 * collection, its ingest and the case's reads all go through the routing table it answers.
 */
describe('an external Neo4j through neo4j:// routing', () => {
  let env: CollectingCasegraph;
  const routed = testServices().neo4jUri.replace(/^bolt:\/\//, 'neo4j://');

  beforeAll(async () => {
    env = await startCollectingCasegraph('ROUTING-1', () => ({ NEO4J_URI: routed }));
  }, 120_000);
  afterAll(() => env.stop());

  it('collects, ingests and reads a case without starting a Neo4j of its own', async () => {
    expect(routed).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    expect(env.app.runtime.config.neo4j.uri).toBe(routed);
    expect(env.app.runtime.embeddedNeo4j).toBeUndefined();
    const { job } = await env.collect(MASTODON.handle);
    expect(job).toMatchObject({ state: 'completed', error: null });
    const answer = await env.detective.query(
      'query($c: ID!) { case(id: $c) { posts(first: 50) { ref observedBy } } }',
      {
        c: env.caseId,
      },
    );
    expect(answer.errors).toBeUndefined();
    const posts = answer.data!.case.posts as { ref: string; observedBy: string }[];
    expect(posts.length).toBeGreaterThan(0);
    for (const p of posts) expect(p.observedBy).toBe(job.captureId);
  }, 180_000);
});
