import { postUri } from '../../demo/platforms/bluesky-entities.fixture.js';
import { reviseFixture } from '../../demo/platforms/fixture-revisions.js';
import { BLUESKY, REDDIT } from '../../demo/platforms/scenario.js';
import {
  startCollectingCasegraph,
  type CollectingCasegraph,
  type Target,
} from '../support/collecting-casegraph.js';

/**
 * A post deleted between two captures, on Bluesky and on Reddit, through the real pipeline on real
 * Neo4j: the second capture finds it missing from the author's listing, asks the platform for the
 * post itself (Bluesky: getPostThread, which answers the lexicon's NotFound; Reddit: /api/info,
 * which answers the thing marked deleted), keeps that answer, and the case's changes feed records
 * the deletion with both captures and the platform's own words.
 */
describe('deleted posts confirmed by the platform itself, on Bluesky and Reddit', () => {
  let env: CollectingCasegraph;

  beforeAll(async () => {
    env = await startCollectingCasegraph('GONE-1', (fixtures) => ({
      CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify({
        bluesky: { baseUrl: fixtures.url },
        reddit: { baseUrl: fixtures.url },
      }),
    }));
  }, 60_000);
  afterAll(() => env.stop());

  const changesOf = async () => {
    const answer = await env.detective.query(
      `query($c: ID!) { changes(caseId: $c) { nodes { kind basis subject httpStatus notFoundAnswer
         responseSha256 summary beforeCapture { id } afterCapture { id } } } }`,
      { c: env.caseId },
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!.changes.nodes as Array<Record<string, any>>;
  };
  const captureOf = async (target: Target) => {
    const { job } = await env.collect(target.value, target);
    expect(job).toMatchObject({ state: 'completed' });
    return job.captureId as string;
  };
  /** The stored answer a change rests on: one of the second capture's files, with these words in it. */
  const storedAnswer = async (captureId: string, sha256: string) => {
    const named = await env.app.runtime.graph.read<{ name: string }>(
      'MATCH (:Capture {id: $captureId})-[r:PRODUCED]->(:Artifact {sha256: $sha256}) RETURN r.name AS name',
      { captureId, sha256 },
    );
    expect(named).toHaveLength(1);
    return (await env.app.services.store.read(sha256)).toString('utf8');
  };

  it('records a Bluesky post gone from the author feed, proven by the AppView’s NotFound', async () => {
    const target: Target = {
      platform: 'bluesky',
      kind: 'handle',
      value: BLUESKY.handle,
      scope: 'POSTS',
      method: 'PUBLIC_API',
    };
    const first = await captureOf(target);
    // Nothing was missing the first time: no post was asked for by itself.
    expect(env.ownRequests().filter((p) => p.includes('getPostThread'))).toEqual([]);
    reviseFixture(env.fixtures.url, 'bluesky');
    const second = await captureOf(target);

    const deletedUri = postUri(BLUESKY.did, BLUESKY.rkey.facets);
    // One post was missing, so one was asked for; the others were still in the feed.
    expect(env.ownRequests().filter((p) => p.includes('getPostThread'))).toEqual([
      '/xrpc/app.bsky.feed.getPostThread',
    ]);
    const deleted = (await changesOf()).filter((c) => c.kind === 'DELETED_POST');
    expect(deleted).toEqual([
      expect.objectContaining({
        basis: 'NOT_FOUND',
        subject: `post:bluesky:${deletedUri}`,
        httpStatus: 400,
        notFoundAnswer: `400 NotFound (“Post not found: ${deletedUri}”)`,
        beforeCapture: { id: first },
        afterCapture: { id: second },
      }),
    ]);
    expect(deleted[0]!.summary).toContain('deleted, the platform answered 400 NotFound');
    expect(JSON.parse(await storedAnswer(second, deleted[0]!.responseSha256))).toEqual({
      error: 'NotFound',
      message: `Post not found: ${deletedUri}`,
    });
  });

  it('records a Reddit submission gone from the user’s listing, proven by Reddit marking it deleted', async () => {
    const target: Target = {
      platform: 'reddit',
      kind: 'handle',
      value: `u/${REDDIT.user}`,
      scope: 'POSTS',
      method: 'PUBLIC_API',
    };
    const first = await captureOf(target);
    expect(env.ownRequests().filter((p) => p.startsWith('/api/info.json'))).toEqual([]);
    reviseFixture(env.fixtures.url, 'reddit');
    const second = await captureOf(target);

    const fullname = `t3_${REDDIT.submission.image}`;
    expect(env.ownRequests().filter((p) => p.startsWith('/api/info.json'))).toEqual(['/api/info.json']);
    const deleted = (await changesOf()).filter(
      (c) => c.kind === 'DELETED_POST' && c.subject.startsWith('post:reddit:'),
    );
    expect(deleted).toEqual([
      expect.objectContaining({
        basis: 'NOT_FOUND',
        subject: `post:reddit:${fullname}`,
        httpStatus: 200,
        notFoundAnswer: '200 with the post marked removed_by_category “deleted”',
        beforeCapture: { id: first },
        afterCapture: { id: second },
      }),
    ]);
    const kept = JSON.parse(await storedAnswer(second, deleted[0]!.responseSha256));
    expect(kept.data.children[0].data).toMatchObject({
      name: fullname,
      author: '[deleted]',
      removed_by_category: 'deleted',
    });
  });
});
