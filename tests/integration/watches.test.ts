import { MASTODON } from '../../demo/platforms/scenario.js';
import type { RunningCasegraph } from '../../server/casegraph.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { until } from '../support/until.js';
import {
  CREATE_WATCH,
  END,
  PAUSE,
  RESUME,
  TEST_EVERY_MS,
  WATCH_TEST_CONFIG,
  daysAhead,
  sleep,
  waitForWatch,
  watchOf,
  watchRequest,
} from '../support/watch-api.js';

/**
 * Watches on real Neo4j, Redis, an in-process worker and the fixture Mastodon: each run is a
 * collection the gate decides anew (its own request, decision and token), captured and
 * custody-recorded; pausing stops the runs and resuming brings them back; a closed case or an
 * expired authorization stops the watch with the gate's clause as its visible reason.
 */
describe('watches', () => {
  let env: CollectingCasegraph;
  let app: RunningCasegraph;
  let det: GqlClient;
  let caseId: string;
  const password = 'Watch-pass-2026-x';

  beforeAll(async () => {
    env = await startCollectingCasegraph('WATCH-1', () => WATCH_TEST_CONFIG);
    ({ app, caseId, detective: det } = env);
  }, 180_000);
  afterAll(() => env.stop());

  const read = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
    app.runtime.graph.read<T>(cypher, params);
  const scheduler = (id: string) => app.runtime.queue.raw.getJobScheduler(`watch:${id}`);

  async function newCase(client: GqlClient, number: string, purpose = 'ONLINE_CRIME'): Promise<string> {
    const created = await client.query(
      `mutation($n: String!) { createCase(input: { number: $n, title: "Watched", purpose: ${purpose} }) { id } }`,
      { n: number },
    );
    return created.data!.createCase.id as string;
  }

  async function signIn(
    username: string,
    role: 'DETECTIVE' | 'SUPERVISOR' | 'ANALYST',
    unit = 'CID',
  ): Promise<{ client: GqlClient; userId: string }> {
    const user = await app.services.userAdmin.create({
      username,
      displayName: username,
      role,
      unit,
      password,
    });
    const client = new GqlClient(app.url);
    await client.login(username, password);
    return { client, userId: user.id };
  }

  async function watch(
    onCase: string,
    target: { platform: string; kind: string; value: string } = {
      platform: 'mastodon',
      kind: 'handle',
      value: MASTODON.handle,
    },
  ) {
    const created = await det.query(CREATE_WATCH, {
      input: watchRequest(onCase, target),
      hours: 6,
      endsAt: daysAhead(14),
    });
    expect(created.errors).toBeUndefined();
    return created.data!.createWatch;
  }

  it('runs on schedule, each run a collection of its own decided by the gate, captured and custody-recorded', async () => {
    const created = await watch(caseId);
    expect(created.decision.decision).toBe('ALLOW');
    expect(created.watch).toMatchObject({
      target: 'mastodon handle alice',
      requesterName: 'Det. Pipe',
      intervalHours: 6,
      status: 'ACTIVE',
    });
    expect(created.watch.runs).toBeGreaterThanOrEqual(1);
    const id = created.watch.id as string;
    const seen = await waitForWatch(det, caseId, id, (w) => w.capturesMade >= 3, 150_000);
    expect(seen.status).toBe('ACTIVE');
    // Due, or already due on a loaded machine: an active watch always names its next run.
    expect(Number.isNaN(Date.parse(seen.nextRunAt))).toBe(false);

    const runs = await read<{ requestId: string; decisionId: string; jobId: string; stages: string[] }>(
      `MATCH (:Watch {id: $id})-[:RAN]->(r:WatchRun)
       MATCH (q:CollectionRequest {id: r.requestId})-[:DECIDED]->(d:GateDecision)
       RETURN r.requestId AS requestId, r.decisionId AS decisionId, r.collectJobId AS jobId,
              collect(d.stage) AS stages`,
      { id },
    );
    expect(runs.length).toBeGreaterThanOrEqual(3);
    // Nothing is carried from one run to the next: a request, a decision and a job each.
    for (const key of ['requestId', 'decisionId', 'jobId'] as const) {
      expect(new Set(runs.map((r) => r[key])).size).toBe(runs.length);
    }
    const tokens = await Promise.all(
      runs.map(async (r) => (await app.runtime.queue.raw.getJob(r.jobId))?.data.decisionToken as string),
    );
    expect(new Set(tokens).size).toBe(runs.length);
    // Every run whose capture exists was decided twice: when queued and again by the worker.
    const captured = await read<{ requestId: string; decisionId: string }>(
      `MATCH (:Watch {id: $id})-[:RAN]->(r:WatchRun)
       MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {requestId: r.requestId, status: 'CAPTURED'})
       RETURN k.requestId AS requestId, k.decisionId AS decisionId`,
      { id, caseId },
    );
    expect(captured.length).toBeGreaterThanOrEqual(3);
    for (const k of captured) {
      expect(runs.find((r) => r.requestId === k.requestId)?.stages.sort()).toEqual(['ENQUEUE', 'EXECUTION']);
    }
    // A capture is ingested before its custody event is appended, and the watch keeps running:
    // every capture read here gets its CAPTURED event within moments.
    const captureIds = await read<{ id: string }>(
      `MATCH (:Watch {id: $id})-[:RAN]->(r:WatchRun) MATCH (k:Capture {requestId: r.requestId, status: 'CAPTURED'}) RETURN k.id AS id`,
      { id },
    );
    const capturedEvents = async () =>
      (await app.services.custody.list(caseId))
        .filter((e) => e.type === 'CAPTURED')
        .map((e) => e.details.captureId);
    await until('every watch capture has its custody event', async () => {
      const events = await capturedEvents();
      return captureIds.every((k) => events.includes(k.id));
    });

    // Paused: no scheduler, no run; resumed: it runs again at once.
    const paused = await det.query(PAUSE, { c: caseId, id });
    expect(paused.data?.pauseWatch).toMatchObject({
      status: 'PAUSED',
      nextRunAt: null,
      stopReason: 'Paused by Det. Pipe.',
    });
    expect(await scheduler(id)).toBeUndefined();
    const runsWhenPaused = (await watchOf(det, caseId, id)).runs as number;
    await sleep(TEST_EVERY_MS * 3);
    expect((await watchOf(det, caseId, id)).runs).toBe(runsWhenPaused);
    expect(GqlClient.code(await det.query(PAUSE, { c: caseId, id }))).toBe('CONFLICT');

    const resumed = await det.query(RESUME, { c: caseId, id });
    expect(resumed.data?.resumeWatch).toMatchObject({ status: 'ACTIVE', stopReason: null });
    await waitForWatch(det, caseId, id, (w) => w.runs > runsWhenPaused && w.lastRun.result === 'captured');

    const ended = await det.query(END, { c: caseId, id });
    expect(ended.data?.endWatch).toMatchObject({
      status: 'ENDED',
      stopReason: 'Ended by Det. Pipe.',
      nextRunAt: null,
    });
    expect(await scheduler(id)).toBeUndefined();
    expect(GqlClient.code(await det.query(RESUME, { c: caseId, id }))).toBe('CONFLICT');
  }, 300_000);

  it('stops when the case is closed, with the gate clause as its visible reason, and runs no more', async () => {
    const closing = await newCase(det, 'WATCH-2');
    const { watch: created } = await watch(closing);
    await waitForWatch(det, closing, created.id, (w) => w.capturesMade >= 1);
    const closed = await det.query(
      'mutation($id: ID!) { closeCase(id: $id, reason: "Suspect charged") { status } }',
      {
        id: closing,
      },
    );
    expect(closed.data?.closeCase.status).toBe('CLOSED');
    const stopped = await waitForWatch(det, closing, created.id, (w) => w.status !== 'ACTIVE');
    expect(stopped.status).toBe('STOPPED');
    expect(stopped.stopReason).toMatch(/^The gate denied the run of .*\(28 CFR 23\.20\(e\)\)/);
    expect(stopped.lastRun).toMatchObject({
      decision: 'DENY',
      clauses: expect.arrayContaining(['28 CFR 23.20(e)']),
    });
    expect(stopped.lastRun.result).toMatch(/^refused by the gate \(.*28 CFR 23\.20\(e\)/);
    expect(stopped.nextRunAt).toBeNull();
    expect(await scheduler(created.id)).toBeUndefined();
    await sleep(TEST_EVERY_MS * 2);
    expect((await watchOf(det, closing, created.id)).runs).toBe(stopped.runs);
    const audit = await read<{ actorId: string | null; detail: string }>(
      "MATCH (e:AuditEvent {subjectId: $id, action: 'WATCH_STOPPED'}) RETURN e.actorId AS actorId, e.detail AS detail",
      { id: created.id },
    );
    expect(audit).toEqual([{ actorId: null, detail: stopped.stopReason }]);
  }, 180_000);

  it('stops when the authorization its runs rely on expires, citing the clause', async () => {
    const { client: supervisor } = await signIn('watch-sup', 'SUPERVISOR');
    const gangCase = await newCase(det, 'WATCH-3', 'GANG_ACTIVITY');
    const asked = await det.query(
      'mutation($input: AuthorizationRequestInput!) { requestAuthorization(input: $input) { id } }',
      {
        input: {
          caseId: gangCase,
          platform: 'mastodon',
          method: 'PUBLIC_API',
          personaHandle: '',
          justification: 'the crew posts the missing girl sightings under this one tag',
          bulk: { scope: 'TAG', targetKind: 'hashtag', targetValue: `#${MASTODON.hashtag}` },
        },
      },
    );
    const expiresAt = new Date(Date.now() + 20_000).toISOString();
    const approved = await supervisor.query(
      'mutation($id: ID!, $input: AuthorizationApprovalInput!) { approveAuthorization(id: $id, input: $input) { status } }',
      {
        id: asked.data!.requestAuthorization.id,
        input: { writtenPermissionReference: 'SUP-2026-31', expiresAt },
      },
    );
    expect(approved.data?.approveAuthorization.status).toBe('APPROVED');
    const created = await det.query(CREATE_WATCH, {
      input: watchRequest(
        gangCase,
        { platform: 'mastodon', kind: 'hashtag', value: `#${MASTODON.hashtag}` },
        'GANG_ACTIVITY',
      ),
      hours: 1,
      endsAt: daysAhead(2),
    });
    expect(created.data?.createWatch.decision.decision).toBe('ALLOW');
    const id = created.data!.createWatch.watch.id as string;
    const stopped = await waitForWatch(det, gangCase, id, (w) => w.status !== 'ACTIVE', 90_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
    expect(stopped.status).toBe('STOPPED');
    expect(stopped.stopReason).toMatch(
      /^The gate needs a written authorization for the run of .*\(28 CFR 23\.20\(a\)\)/,
    );
    expect(stopped.lastRun.decision).toBe('NEEDS_AUTHORIZATION');
    // The first run was allowed (at creation); a later one, after the expiry, was not.
    expect(stopped.runs).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('stops when its requester is taken off the case, citing the clause', async () => {
    const { client: supervisor } = await signIn('watch-sup-2', 'SUPERVISOR');
    const leaving = await newCase(det, 'WATCH-4');
    const { watch: created } = await watch(leaving);
    await waitForWatch(det, leaving, created.id, (w) => w.capturesMade >= 1);
    const detId = (
      await read<{ id: string }>("MATCH (u:User {username: 'det-watch-1'}) RETURN u.id AS id")
    )[0]!.id;
    // The last person on a case cannot leave it: a colleague stays on.
    const { userId: colleague } = await signIn('watch-det-2', 'DETECTIVE');
    await det.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: leaving,
      u: colleague,
    });
    const taken = await supervisor.query(
      'mutation($c: ID!, $u: ID!) { unassignUser(caseId: $c, userId: $u, reason: "Moved to another unit") { id } }',
      { c: leaving, u: detId },
    );
    expect(taken.errors).toBeUndefined();
    // The detective no longer reaches the case; the supervisor of its unit reads why the watch stopped.
    const stopped = await waitForWatch(supervisor, leaving, created.id, (w) => w.status !== 'ACTIVE');
    expect(stopped.status).toBe('STOPPED');
    expect(stopped.stopReason).toMatch(/^The gate denied the run of .*\(28 CFR 23\.20\(g\)\)/);
    expect(await scheduler(created.id)).toBeUndefined();
  }, 180_000);

  it('refuses a watch outside the allowed interval and end date, or that the gate does not allow, storing none', async () => {
    const input = watchRequest(caseId, { platform: 'mastodon', kind: 'handle', value: MASTODON.otherHandle });
    const attempt = (hours: number, endsAt: string, request = input) =>
      det.query(CREATE_WATCH, { input: request, hours, endsAt });
    const before = (await read<{ n: number }>('MATCH (w:Watch) RETURN count(w) AS n'))[0]!.n;
    const cases: Array<[number, string, RegExp]> = [
      [0, daysAhead(2), /every 1 to 720 hours/],
      [721, daysAhead(2), /every 1 to 720 hours/],
      [6, 'next tuesday', /a date and time such as/],
      [6, new Date(Date.now() - 60_000).toISOString(), /must be in the future/],
      [6, daysAhead(31), /at most 30 days/],
    ];
    for (const [hours, endsAt, message] of cases) {
      const refused = await attempt(hours, endsAt);
      expect(GqlClient.code(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toMatch(message);
    }
    const vague = { ...input, predicate: { reportNumber: '26-0311', facts: 'general monitoring' } };
    const denied = await attempt(6, daysAhead(2), vague);
    expect(GqlClient.code(denied)).toBe('GATE_DENIED');
    expect(denied.errors?.[0]?.message).toMatch(/\(28 CFR 23\.20\(a\)\)/);
    expect((await read<{ n: number }>('MATCH (w:Watch) RETURN count(w) AS n'))[0]!.n).toBe(before);
  });

  it('answers NOT_FOUND to a user of another case for listing, pausing, resuming or ending, and changes nothing', async () => {
    const { watch: target } = await watch(caseId, {
      platform: 'mastodon',
      kind: 'handle',
      value: MASTODON.otherHandle,
    });
    const { client: outsider, userId: outsiderId } = await signIn('watch-outsider', 'DETECTIVE', 'VICE');
    const ownCase = await newCase(outsider, 'WATCH-OUT-1');
    const attempts = [
      outsider.query('query($caseId: ID!) { watches(caseId: $caseId) { id } }', { caseId }),
      outsider.query(PAUSE, { c: caseId, id: target.id }),
      outsider.query(RESUME, { c: caseId, id: target.id }),
      outsider.query(END, { c: caseId, id: target.id }),
      // Through a case the outsider does reach: the watch is not in it.
      outsider.query(PAUSE, { c: ownCase, id: target.id }),
      outsider.query(END, { c: ownCase, id: target.id }),
      outsider.query(CREATE_WATCH, {
        input: watchRequest(caseId, { platform: 'mastodon', kind: 'handle', value: 'x' }),
        hours: 6,
        endsAt: daysAhead(2),
      }),
    ];
    for (const refused of await Promise.all(attempts)) {
      expect(GqlClient.code(refused)).toBe('NOT_FOUND');
      expect(JSON.stringify(refused)).not.toContain(MASTODON.otherHandle);
    }
    // An analyst of the case reads the watches but may not change them.
    const { client: analyst, userId: analystId } = await signIn('watch-analyst', 'ANALYST');
    await det.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: caseId,
      u: analystId,
    });
    expect((await watchOf(analyst, caseId, target.id)).target).toBe('mastodon handle bob');
    expect(GqlClient.code(await analyst.query(PAUSE, { c: caseId, id: target.id }))).toBe('FORBIDDEN');

    const after = await watchOf(det, caseId, target.id);
    expect(after.status).toBe('ACTIVE');
    expect(await scheduler(target.id)).toBeDefined();
    await app.services.auditTrail.flush();
    const refusedEvents = await read<{ n: number }>(
      "MATCH (e:AuditEvent {actorId: $u, outcome: 'REFUSED'}) WHERE e.action ENDS WITH 'Watch' OR e.action ENDS WITH 'watches' RETURN count(e) AS n",
      { u: outsiderId },
    );
    expect(refusedEvents[0]!.n).toBe(attempts.length);
    await det.query(END, { c: caseId, id: target.id });
  }, 180_000);
});
