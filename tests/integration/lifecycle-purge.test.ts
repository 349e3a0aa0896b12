import { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import {
  collectToEnd,
  exportPacket,
  lifecycleUsers,
  verifyUpload,
  type LifecycleUsers,
} from '../support/lifecycle-users.js';

const CAPTURE = `query($c: ID!, $k: ID!) { captureLifecycle(caseId: $c, captureId: $k) {
  id status reviewDueAt charged purgePending artifactHashes } }`;
const QUEUE = 'query { reviewQueue(first: 500) { id caseId reviewDueAt } }';
const PURGE = `mutation($c: ID!, $k: ID!, $r: String!, $onReview: Boolean) {
  purgeCapture(caseId: $c, captureId: $k, reason: $r, onReview: $onReview) {
    captureId custodyEvent artifactHashes removedHashes removedPosts removedAccounts removedMedia } }`;
const HOLD = `mutation($c: ID!, $k: ID, $r: String!, $m: String!) {
  placeLegalHold(caseId: $c, captureId: $k, reason: $r, matter: $m) { id active placedBy captureId } }`;
const RELEASE = `mutation($c: ID!, $h: ID!, $r: String!) {
  releaseLegalHold(caseId: $c, holdId: $h, reason: $r) { id active releasedBy releaseReason } }`;

/**
 * Review and purge through the real API on real Neo4j, Redis and the evidence store: a capture
 * past its review date is in its supervisor's queue, is kept or purged; a held capture cannot be
 * purged; a purge takes its bytes and the posts only it supports, appends PURGED, and `verify` of a
 * packet made before reports its files as purged, recorded.
 */
describe('records lifecycle: review, holds and purge', () => {
  let env: CollectingCasegraph;
  let users: LifecycleUsers;
  let captureId: string;
  let custody: CustodyRepository;
  let store: EvidenceStore;
  let otherCase: string;

  /** Moves a capture's review date into the past, as if its review period had gone by. */
  async function pastReview(id: string): Promise<void> {
    await env.app.runtime.graph.write(
      "MATCH (k:Capture {id: $id}) SET k.reviewDueAt = '2020-01-01T00:00:00.000Z'",
      {
        id,
      },
    );
  }

  /**
   * Another case of the same detective captures the same account, so the posts the purge takes
   * out of this case stay in the graph as that case's evidence.
   */
  async function captureIntoAnotherCase(): Promise<string> {
    const made = await env.detective.query(
      'mutation { createCase(input: { number: "LC-PURGE-OTHER", title: "Same account", purpose: ONLINE_CRIME }) { id } }',
    );
    const caseId = made.data!.createCase.id as string;
    const { job } = await env.collect('alice', undefined, caseId);
    expect(job).toMatchObject({ state: 'completed', error: null });
    return caseId;
  }

  beforeAll(async () => {
    env = await startCollectingCasegraph('LC-PURGE-1');
    const job = await collectToEnd(env, 'alice');
    expect(job).toMatchObject({ state: 'completed', error: null });
    captureId = job.captureId as string;
    otherCase = await captureIntoAnotherCase();
    users = await lifecycleUsers(env, 'lcp');
    custody = new CustodyRepository(env.app.runtime.graph);
    store = new EvidenceStore(env.app.runtime.evidenceDir);
  }, 600_000);
  afterAll(() => env.stop());

  const ok = (result: { errors?: unknown; data?: Record<string, any> | null }) => {
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  };

  it('gives a capture a review date from the records schedule of its purpose', async () => {
    const { captureLifecycle: k } = ok(await env.detective.query(CAPTURE, { c: env.caseId, k: captureId }));
    const entered = (await custody.events(env.caseId)).find((e) => e.type === 'CAPTURED')!.at;
    // ONLINE_CRIME: 36 months (policy/records-schedule.yaml), well within 28 CFR 23.20(h)'s five years.
    const months = (Date.parse(k.reviewDueAt) - Date.parse(entered)) / (30.44 * 24 * 3600 * 1000);
    expect(months).toBeGreaterThan(35.5);
    expect(months).toBeLessThan(36.5);
    expect(k).toMatchObject({ status: 'CAPTURED', charged: false, purgePending: false });
    // Stored on the capture at entry, with the clause it rests on: a later schedule does not move it.
    const [stored] = await env.app.runtime.graph.read<{ due: string; clause: string }>(
      'MATCH (k:Capture {id: $id}) RETURN k.reviewDueAt AS due, k.reviewClause AS clause',
      { id: captureId },
    );
    expect(stored).toBeDefined();
    expect(Date.parse(stored!.due)).toBe(Date.parse(k.reviewDueAt));
    expect(stored!.clause).toBe('28 CFR 23.20(h)');
    const queue = ok(await users.supervisor.query(QUEUE)).reviewQueue as { id: string }[];
    expect(queue.map((q) => q.id)).not.toContain(captureId);
  }, 300_000);

  it('lists a capture past review for its supervisor only, and lets the supervisor keep it with a reason', async () => {
    await pastReview(captureId);
    const queue = ok(await users.supervisor.query(QUEUE)).reviewQueue as { id: string }[];
    expect(queue.map((q) => q.id)).toContain(captureId);
    expect(GqlClient.code(await env.detective.query(QUEUE))).toBe('FORBIDDEN');
    const other = ok(await users.otherSupervisor.query(QUEUE)).reviewQueue as { id: string }[];
    expect(other.map((q) => q.id)).not.toContain(captureId);

    const keep = `mutation($c: ID!, $k: ID!, $r: String!, $n: String!) {
      keepCapture(caseId: $c, captureId: $k, reason: $r, nextReviewAt: $n) { decision reviewer reason nextReviewAt } }`;
    const next = new Date(Date.now() + 200 * 24 * 3600 * 1000).toISOString();
    const vars = {
      c: env.caseId,
      k: captureId,
      r: 'Threat suspect still at large; evidence needed',
      n: next,
    };
    expect(GqlClient.code(await env.detective.query(keep, vars))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.outsider.query(keep, vars))).toBe('NOT_FOUND');
    const tooLate = await users.supervisor.query(keep, { ...vars, n: '2099-01-01' });
    expect(GqlClient.code(tooLate)).toBe('BAD_USER_INPUT');
    expect(tooLate.errors?.[0]?.message).toMatch(/28 CFR 23\.20\(h\)/);
    const kept = ok(await users.supervisor.query(keep, vars)).keepCapture;
    expect(kept).toMatchObject({ decision: 'KEEP', reviewer: 'Sup LCP', nextReviewAt: next });
    const after = ok(await users.supervisor.query(QUEUE)).reviewQueue as { id: string }[];
    expect(after.map((q) => q.id)).not.toContain(captureId);
    const reviewed = (await custody.events(env.caseId)).filter((e) => e.type === 'REVIEWED');
    expect(reviewed.at(-1)?.details).toMatchObject({ captureId, decision: 'KEEP', reviewer: 'Sup LCP' });
  }, 300_000);

  it('refuses to purge a held capture, by review or by hand, until the hold is released', async () => {
    const hold = {
      c: env.caseId,
      k: captureId,
      r: 'Defence discovery request pending',
      m: 'State v. Doe, 26-CR-0311',
    };
    expect(GqlClient.code(await users.analyst.query(HOLD, hold))).toBe('FORBIDDEN');
    expect(GqlClient.code(await env.detective.query(HOLD, hold))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.otherSupervisor.query(HOLD, hold))).toBe('NOT_FOUND');
    const placed = ok(await users.prosecutor.query(HOLD, hold)).placeLegalHold;
    expect(placed).toMatchObject({ active: true, placedBy: 'Ada LCP', captureId });
    // A second hold, on the whole case.
    const caseHold = ok(
      await users.supervisor.query(HOLD, { ...hold, k: null, m: 'Open records request 26-117' }),
    ).placeLegalHold;

    for (const onReview of [true, false]) {
      const refused = await users.supervisor.query(PURGE, {
        c: env.caseId,
        k: captureId,
        r: 'Review period over',
        onReview,
      });
      expect(GqlClient.code(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toMatch(/legal hold/);
    }
    const release = (id: string) => ({ c: env.caseId, h: id, r: 'Discovery closed by court order' });
    ok(await users.prosecutor.query(RELEASE, release(placed.id)));
    expect(
      GqlClient.code(
        await users.supervisor.query(PURGE, { c: env.caseId, k: captureId, r: 'Review period over' }),
      ),
    ).toBe('CONFLICT');
    expect(GqlClient.code(await users.outsider.query(RELEASE, release(caseHold.id)))).toBe('NOT_FOUND');
    const released = ok(await users.supervisor.query(RELEASE, release(caseHold.id))).releaseLegalHold;
    expect(released).toMatchObject({
      active: false,
      releasedBy: 'Sup LCP',
      releaseReason: 'Discovery closed by court order',
    });
    expect(GqlClient.code(await users.supervisor.query(RELEASE, release(caseHold.id)))).toBe('NOT_FOUND');

    const events = await custody.events(env.caseId);
    expect(events.filter((e) => e.type === 'HOLD_PLACED')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'HOLD_RELEASED').map((e) => e.details.holdId)).toEqual([
      placed.id,
      caseHold.id,
    ]);
    expect(events.some((e) => e.type === 'PURGED')).toBe(false);
  }, 300_000);

  it('purges a capture past review and verify of an earlier packet reports it as purged, recorded', async () => {
    const before = await exportPacket(env, users.prosecutor, 'Discovery packet before the records review');
    const earlier = await verifyUpload(env, users.prosecutor, before);
    expect(earlier.verdict).toMatchObject({ valid: true, purged: [] });
    const { captureLifecycle: k } = ok(await env.detective.query(CAPTURE, { c: env.caseId, k: captureId }));
    const posts = ok(
      await env.detective.query('query($c: ID!) { case(id: $c) { counts { posts } } }', { c: env.caseId }),
    );
    expect(posts.case.counts.posts).toBeGreaterThan(0);
    for (const hash of k.artifactHashes as string[]) expect(store.has(hash)).toBe(true);

    await pastReview(captureId);
    const vars = {
      c: env.caseId,
      k: captureId,
      r: 'Review: no longer tied to criminal conduct',
      onReview: true,
    };
    expect(GqlClient.code(await env.detective.query(PURGE, vars))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.prosecutor.query(PURGE, vars))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.otherSupervisor.query(PURGE, vars))).toBe('NOT_FOUND');
    // The store is content-addressed: bytes another capture also kept (the same fixture avatar
    // captured by another suite's case) stay for that capture; the rest (this capture's WARC and
    // metadata.json at least) go.
    const keptForOthers = (
      await env.app.runtime.graph.read<{ sha256: string }>(
        `UNWIND $hashes AS sha256
         MATCH (o:Capture)-[:PRODUCED]->(:Artifact {sha256: sha256})
         WHERE o.id <> $captureId AND o.status <> 'PURGED'
         RETURN DISTINCT sha256`,
        { hashes: k.artifactHashes, captureId },
      )
    ).map((r) => r.sha256);
    const onlyThis = (k.artifactHashes as string[]).filter((h) => !keptForOthers.includes(h));
    // Posts are shared between cases too: only those no other capture read leave the graph.
    const soleIds = (
      await env.app.runtime.graph.read<{ id: string }>(
        `MATCH (k:Capture {id: $captureId})-[:CAPTURED]->(p:Post)
         WHERE NOT EXISTS { MATCH (o:Capture)-[:CAPTURED]->(p) WHERE o <> k }
         RETURN DISTINCT p.platformId AS id`,
        { captureId },
      )
    ).map((r) => r.id);
    expect(onlyThis.length).toBeGreaterThanOrEqual(2);
    const purged = ok(await users.supervisor.query(PURGE, vars)).purgeCapture;
    expect(purged.artifactHashes.sort()).toEqual([...k.artifactHashes].sort());
    expect(purged.removedHashes.sort()).toEqual([...onlyThis].sort());
    // Those posts are gone from the graph (with reply targets no capture read, counted too).
    expect(purged.removedPosts).toBeGreaterThanOrEqual(soleIds.length);
    const left = await env.app.runtime.graph.read<{ n: number }>(
      "MATCH (p:Post {platform: 'mastodon'}) WHERE p.platformId IN $ids RETURN count(p) AS n",
      { ids: soleIds },
    );
    expect(left[0]!.n).toBe(0);
    for (const hash of onlyThis) expect(store.has(hash)).toBe(false);
    for (const hash of keptForOthers) expect(store.has(hash)).toBe(true);
    const now = ok(
      await env.detective.query('query($c: ID!) { case(id: $c) { counts { posts } } }', { c: env.caseId }),
    );
    expect(now.case.counts.posts).toBe(0);
    // The other case's evidence is untouched: the same posts, still in its graph.
    const other = ok(
      await env.detective.query('query($c: ID!) { case(id: $c) { counts { posts } } }', { c: otherCase }),
    );
    expect(other.case.counts.posts).toBe(posts.case.counts.posts);

    const event = (await custody.events(env.caseId)).find((e) => e.type === 'PURGED')!;
    expect(event).toMatchObject({ seq: purged.custodyEvent, actorId: users.ids.supervisor });
    expect([...event.artifactHashes].sort()).toEqual([...k.artifactHashes].sort());
    expect(event.details).toMatchObject({ captureId, reason: vars.r, approver: 'Sup LCP', onReview: true });

    const again = await verifyUpload(env, users.prosecutor, before);
    expect(again.verdict.valid).toBe(true);
    expect(again.verdict.purged).toEqual([
      expect.objectContaining({
        captureId,
        event: event.seq,
        reason: vars.r,
        approver: 'Sup LCP',
        recordedIn: 'case chain',
      }),
    ]);
    expect(again.verdict.purged[0].files.length).toBe(k.artifactHashes.length);
    expect(again.verdict.notes.join('\n')).toMatch(new RegExp(`purged, recorded: .*capture ${captureId}`));
    // Someone who does not reach the case learns nothing of its chain from the same packet.
    const outside = await verifyUpload(env, users.outsider, before);
    expect(outside.verdict).toMatchObject({ valid: true, purged: [] });
  }, 300_000);

  it('retries a purge without a second PURGED event, and a newer packet records the purge itself', async () => {
    const retried = ok(
      await users.supervisor.query(PURGE, { c: env.caseId, k: captureId, r: 'Retry of the purge' }),
    ).purgeCapture;
    const purgedEvents = (await custody.events(env.caseId)).filter((e) => e.type === 'PURGED');
    expect(purgedEvents).toHaveLength(1);
    expect(retried.custodyEvent).toBe(purgedEvents[0]!.seq);
    const hold = { c: env.caseId, k: captureId, r: 'Too late to hold this', m: 'Matter 1' };
    expect(GqlClient.code(await users.prosecutor.query(HOLD, hold))).toBe('CONFLICT');

    const after = await exportPacket(env, users.prosecutor, 'Discovery packet after the records review');
    const verdict = (await verifyUpload(env, users.outsider, after)).verdict;
    expect(verdict.valid).toBe(true);
    expect(verdict.checked.captures).toBe(0);
    expect(verdict.purged).toEqual([expect.objectContaining({ captureId, recordedIn: 'packet', files: [] })]);
  }, 300_000);
});
