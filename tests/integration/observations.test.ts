import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHANGING, reviseChangingAccount } from '../../demo/platforms/mastodon-changes.fixture.js';
import { MEDIA } from '../../demo/platforms/scenario.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { GqlClient } from '../support/graphql-client.js';
import { exportPacket, verifyUpload } from '../support/lifecycle-users.js';
import { copyBag, reseal, zipBag } from '../support/packet-tamper.js';
import { tempDir } from '../support/services.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * Observations and changes on real Neo4j, Redis and the fixture Mastodon, through the GraphQL API:
 * case A captures an account, the account then changes (renamed, one status edited, one deleted,
 * one new), case B captures it as it is now, and case A captures it again. Each case sees only
 * what its own captures read; A's second capture shows every change with the captures proving it.
 */
describe('observations, never overwritten, and the changes between them', () => {
  let env: CollectingCasegraph;
  let caseA: string;
  let caseB: string;
  let detectiveB: GqlClient;
  const captures: { a1?: string; b1?: string; a2?: string } = {};
  const post = (id: string) => `post:mastodon:${id}`;
  const accountRef = `account:mastodon:${CHANGING.accountId}`;

  const ok = async (client: GqlClient, query: string, variables: Record<string, unknown>) => {
    const answer = await client.query(query, variables);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!;
  };
  const postsOf = async (client: GqlClient, c: string) =>
    (await ok(client, 'query($c: ID!) { case(id: $c) { posts(first: 50) { ref text observedBy } } }', { c }))
      .case.posts as Array<{ ref: string; text: string; observedBy: string }>;
  const changesOf = async (client: GqlClient, c: string, extra = '') =>
    (
      await ok(
        client,
        `query($c: ID!) { changes(caseId: $c${extra}) { nodes { kind basis httpStatus responseSha256 subject fields summary
           beforeCapture { id } afterCapture { id } before { text handle bio avatarSha256 }
           after { text handle bio avatarSha256 }
           diff { text added removed } } endCursor } }`,
        { c },
      )
    ).changes.nodes as Array<Record<string, any>>;

  /** Case B, its own detective (assigned to B only) and a collection of the account into it. */
  async function startCaseB(): Promise<void> {
    const users = new UserAdminService(new UserRepository(env.app.runtime.graph));
    await users.create({
      username: 'det-obs-b',
      displayName: 'Det. Bravo',
      role: 'DETECTIVE',
      unit: 'CID',
      password: 'Observation-b-2026',
    });
    detectiveB = new GqlClient(env.app.url);
    await detectiveB.login('det-obs-b', 'Observation-b-2026');
    caseB = (
      await ok(
        detectiveB,
        'mutation { createCase(input: { number: "OBS-2", title: "Second case", purpose: ONLINE_CRIME }) { id } }',
        {},
      )
    ).createCase.id;
  }

  async function collectInto(client: GqlClient, c: string): Promise<string> {
    const started = await ok(
      client,
      `mutation($input: CollectionRequestInput!) { startCollection(input: $input) { jobId decision { decision reasons { text } } } }`,
      {
        input: {
          caseId: c,
          purpose: 'ONLINE_CRIME',
          target: { platform: 'mastodon', kind: 'handle', value: CHANGING.handle, scope: 'POSTS' },
          method: 'PUBLIC_API',
          device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
          predicate: {
            reportNumber: '26-0311',
            facts: `Rpt 26-0311: @${CHANGING.handle} threatened a witness`,
          },
        },
      },
    );
    const { decision } = started.startCollection;
    if (decision.decision !== 'ALLOW') throw new Error(`the gate refused: ${JSON.stringify(decision)}`);
    let last: unknown = null;
    for (const deadline = Date.now() + 300_000; Date.now() < deadline;) {
      const job = (
        await ok(
          client,
          'query($c: ID!, $id: ID!) { collectionJob(caseId: $c, id: $id) { state captureId error } }',
          {
            c,
            id: started.startCollection.jobId,
          },
        )
      ).collectionJob;
      last = job;
      if (job.state === 'completed') return job.captureId as string;
      if (job.state === 'failed') throw new Error(`collection failed: ${job.error}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`collection did not finish: ${JSON.stringify(last)}`);
  }

  beforeAll(async () => {
    env = await startCollectingCasegraph('OBS-1');
    caseA = env.caseId;
    await startCaseB();
    captures.a1 = await collectInto(env.detective, caseA);
    reviseChangingAccount(env.fixtures.url);
    captures.b1 = await collectInto(detectiveB, caseB);
  }, 900_000);
  afterAll(() => env.stop());

  it("shows case A what A's capture read, not what case B's later capture read", async () => {
    const posts = await postsOf(env.detective, caseA);
    const byRef = new Map(posts.map((p) => [p.ref, p]));
    expect(byRef.get(post(CHANGING.status.edited))).toEqual({
      ref: post(CHANGING.status.edited),
      text: CHANGING.text.before,
      observedBy: captures.a1,
    });
    expect(byRef.get(post(CHANGING.status.deleted))?.text).toBe(CHANGING.text.deleted);
    expect(byRef.has(post(CHANGING.status.added))).toBe(false);
    const accounts = (
      await ok(env.detective, 'query($c: ID!) { case(id: $c) { accounts { ref handle bio observedBy } } }', {
        c: caseA,
      })
    ).case.accounts as Array<Record<string, string>>;
    expect(accounts.find((a) => a.ref === accountRef)).toEqual({
      ref: accountRef,
      handle: CHANGING.handle,
      bio: CHANGING.bio.before,
      observedBy: captures.a1,
    });
    expect(await changesOf(env.detective, caseA)).toEqual([]);
  });

  it('shows case B its own reading, and the edit the platform history proves, and nothing of A', async () => {
    const posts = await postsOf(detectiveB, caseB);
    expect(posts.find((p) => p.ref === post(CHANGING.status.edited))).toMatchObject({
      text: CHANGING.text.after,
      observedBy: captures.b1,
    });
    const changes = await changesOf(detectiveB, caseB);
    expect(changes.map((c) => [c.kind, c.basis])).toEqual([['EDITED_POST', 'EDIT_HISTORY']]);
    expect(changes[0]!.beforeCapture.id).toBe(captures.b1);
    const history = (
      await ok(
        detectiveB,
        'query($c: ID!, $r: String!) { nodeHistory(caseId: $c, ref: $r) { versions { reading { text } fromEditHistory captures { id } } } }',
        { c: caseB, r: post(CHANGING.status.edited) },
      )
    ).nodeHistory.versions as Array<Record<string, any>>;
    const seen = history.flatMap((v) => v.captures.map((k: { id: string }) => k.id));
    expect(new Set(seen)).toEqual(new Set([captures.b1]));
    expect(history.map((v) => [v.reading.text, v.fromEditHistory])).toEqual([
      [CHANGING.text.before, true],
      [CHANGING.text.after, false],
    ]);
  });

  it("refuses case B's detective everything of case A, as not found", async () => {
    for (const query of [
      'query($c: ID!) { changes(caseId: $c) { nodes { id } } }',
      `query($c: ID!) { nodeHistory(caseId: $c, ref: "${post(CHANGING.status.edited)}") { ref } }`,
      `query($c: ID!) { node(caseId: $c, ref: "${accountRef}") { propertiesJson } }`,
      'query($c: ID!) { case(id: $c) { posts { text } } }',
    ]) {
      const answer = await detectiveB.query(query, { c: caseA });
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(answer.data ?? {})).not.toContain(CHANGING.text.before);
    }
    // B's own view of the shared account names only B's capture and B's stored responses.
    const node = (
      await ok(
        detectiveB,
        'query($c: ID!, $r: String!) { node(caseId: $c, ref: $r) { propertiesJson sourceSha256s captures { id } } }',
        {
          c: caseB,
          r: accountRef,
        },
      )
    ).node;
    expect(node.captures.map((k: { id: string }) => k.id)).toEqual([captures.b1]);
    expect(JSON.parse(node.propertiesJson)).toMatchObject({
      handle: CHANGING.renamedHandle,
      observedBy: captures.b1,
    });
    const ownFiles = await env.app.runtime.graph.read<{ sha: string }>(
      'MATCH (:Capture {id: $id})-[:PRODUCED]->(a:Artifact) RETURN a.sha256 AS sha',
      { id: captures.b1 },
    );
    for (const sha of node.sourceSha256s) expect(ownFiles.map((f) => f.sha)).toContain(sha);
    expect(JSON.stringify(node)).not.toContain(captures.a1);
  });

  it("records every change when case A captures again, each proven by A's two captures", async () => {
    captures.a2 = await collectInto(env.detective, caseA);
    const changes = await changesOf(env.detective, caseA);
    const find = (kind: string, subject: string, basis = kind === 'EDITED_POST' ? 'RECAPTURE' : 'LISTING') =>
      changes.find((c) => c.kind === kind && c.subject === subject && c.basis === basis);

    const edited = find('EDITED_POST', post(CHANGING.status.edited))!;
    expect(edited).toMatchObject({
      beforeCapture: { id: captures.a1 },
      afterCapture: { id: captures.a2 },
      before: { text: CHANGING.text.before },
      after: { text: CHANGING.text.after },
    });
    expect(edited.fields).toEqual(expect.arrayContaining(['text', 'editedAt']));
    const removed = edited.diff.filter((d: any) => d.removed).map((d: any) => d.text.trim());
    const added = edited.diff.filter((d: any) => d.added).map((d: any) => d.text.trim());
    expect(removed.join(' ')).toContain('River');
    expect(added.join(' ')).toContain('City');
    expect(find('EDITED_POST', post(CHANGING.status.edited), 'EDIT_HISTORY')).toBeDefined();

    // Gone from the listing, and the instance answers 404 for the status itself: that is the proof.
    const deleted = find('DELETED_POST', post(CHANGING.status.deleted), 'NOT_FOUND')!;
    expect(deleted).toMatchObject({
      beforeCapture: { id: captures.a1 },
      afterCapture: { id: captures.a2 },
      before: { text: CHANGING.text.deleted },
      after: null,
      httpStatus: 404,
    });
    expect(deleted.summary).toMatch(
      /not seen since the capture of kim on \d{4}-\d\d-\d\d \d\d:\d\d UTC: deleted, the platform answered 404/,
    );
    expect(changes.filter((c) => c.kind === 'DELETED_POST')).toHaveLength(1);
    const answer = await env.app.runtime.graph.read<{ name: string }>(
      'MATCH (:Capture {id: $k})-[r:PRODUCED]->(:Artifact {sha256: $sha}) RETURN r.name AS name',
      { k: captures.a2, sha: deleted.responseSha256 },
    );
    expect(answer).toHaveLength(1);

    expect(find('NEW_POST', post(CHANGING.status.added))).toMatchObject({
      afterCapture: { id: captures.a2 },
    });
    const profile = find('PROFILE_CHANGED', accountRef, 'RECAPTURE')!;
    // The avatar changed as a picture: its SHA-256 as each capture kept it.
    expect(profile.fields).toEqual(['handle', 'displayName', 'bio', 'avatar']);
    expect(profile).toMatchObject({
      before: { handle: CHANGING.handle, bio: CHANGING.bio.before, avatarSha256: MEDIA.png.sha256 },
      after: { handle: CHANGING.renamedHandle, bio: CHANGING.bio.after, avatarSha256: MEDIA.jpeg.sha256 },
      beforeCapture: { id: captures.a1 },
      afterCapture: { id: captures.a2 },
    });
    // The unchanged status is not a change, and nothing of B's capture proves anything in A.
    expect(changes.some((c) => c.subject === post(CHANGING.status.kept))).toBe(false);
    expect(JSON.stringify(changes)).not.toContain(captures.b1);
  }, 400_000);

  it("shows the edited post's two versions with their captures and the word-level diff", async () => {
    const history = (
      await ok(
        env.detective,
        `query($c: ID!, $r: String!) { nodeHistory(caseId: $c, ref: $r) { label
           versions { reading { text } fromEditHistory captures { id } diff { text added removed } } } }`,
        { c: caseA, r: post(CHANGING.status.edited) },
      )
    ).nodeHistory;
    const live = history.versions.filter((v: any) => !v.fromEditHistory);
    expect(live.map((v: any) => [v.reading.text, v.captures.map((k: any) => k.id)])).toEqual([
      [CHANGING.text.before, [captures.a1]],
      [CHANGING.text.after, [captures.a2]],
    ]);
    expect(live[1].diff.some((d: any) => d.added && d.text.includes('City'))).toBe(true);
    expect(history.label).toBe(CHANGING.text.after);
  });

  it('adds no version for an unchanged re-capture, only links from the new capture', async () => {
    const count = async (cypher: string) =>
      (await env.app.runtime.graph.read<{ n: number }>(cypher, { caseId: caseA }))[0]!.n;
    const versions = 'MATCH (o:Observation {platform: "mastodon"}) RETURN count(o) AS n';
    const before = await count(versions);
    const changes = (await changesOf(env.detective, caseA)).length;
    const again = await collectInto(env.detective, caseA);
    expect(await count(versions)).toBe(before);
    expect((await changesOf(env.detective, caseA)).length).toBe(changes);
    const rows = await env.app.runtime.graph.read<{ versions: number; captures: string[] }>(
      `MATCH (:Post {platform: 'mastodon', platformId: $id})<-[:OF]-(o:Observation)<-[r:OBSERVED {caseId: $caseId}]-(k:Capture)
       WHERE r.historical IS NULL AND k.id IN $latest
       RETURN count(DISTINCT o) AS versions, collect(k.id) AS captures`,
      { id: CHANGING.status.edited, caseId: caseA, latest: [captures.a2, again] },
    );
    expect(rows[0]!.versions).toBe(1);
    expect([...rows[0]!.captures].sort()).toEqual([captures.a2, again].sort());
    const identity = await env.app.runtime.graph.read<{ keys: string[] }>(
      "MATCH (p:Post {platform: 'mastodon', platformId: $id}) RETURN keys(p) AS keys",
      { id: CHANGING.status.kept },
    );
    expect([...identity[0]!.keys].sort()).toEqual(['platform', 'platformId']);
  }, 400_000);

  it('pages the changes feed and filters it by kind and account', async () => {
    const first = await ok(
      env.detective,
      'query($c: ID!) { changes(caseId: $c, first: 2) { nodes { id } endCursor } }',
      { c: caseA },
    );
    expect(first.changes.nodes).toHaveLength(2);
    const rest = await ok(
      env.detective,
      'query($c: ID!, $after: String) { changes(caseId: $c, first: 50, after: $after) { nodes { id } endCursor } }',
      { c: caseA, after: first.changes.endCursor },
    );
    const all = await changesOf(env.detective, caseA);
    expect(first.changes.nodes.length + rest.changes.nodes.length).toBe(all.length);
    expect(await changesOf(env.detective, caseA, ', kinds: [DELETED_POST]')).toHaveLength(1);
    const ofKim = await changesOf(env.detective, caseA, `, account: "${accountRef}"`);
    expect(ofKim).toHaveLength(all.length);
    expect(await changesOf(env.detective, caseA, ', account: "account:mastodon:nobody"')).toEqual([]);
    const timeline = (
      await ok(env.detective, 'query($c: ID!) { case(id: $c) { timeline { kind summary } } }', { c: caseA })
    ).case.timeline as Array<{ kind: string; summary: string }>;
    expect(timeline.filter((e) => e.kind === 'CHANGE').length).toBe(all.length);
  });

  it('carries in an evidence packet every change its captures prove, in changes.json and the report', async () => {
    const users = new UserAdminService(new UserRepository(env.app.runtime.graph));
    const ada = await users.create({
      username: 'ada-obs',
      displayName: 'ADA Obs',
      role: 'PROSECUTOR',
      password: 'Observation-ada-2026',
    });
    await ok(env.detective, 'mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: caseA,
      u: ada.id,
    });
    const prosecutor = new GqlClient(env.app.url);
    await prosecutor.login('ada-obs', 'Observation-ada-2026');
    const unpacked = async (zip: Buffer) => {
      const dir = tempDir('obs-packet');
      fs.writeFileSync(path.join(dir, 'packet.zip'), zip);
      execFileSync('unzip', ['-q', 'packet.zip', '-d', 'bag'], { cwd: dir });
      const bag = path.join(dir, 'bag', fs.readdirSync(path.join(dir, 'bag'))[0]!);
      const changes = JSON.parse(fs.readFileSync(path.join(bag, 'data/changes/changes.json'), 'utf8'));
      const report = execFileSync('pdftotext', [path.join(bag, 'data/report.pdf'), '-']).toString();
      return { zip, bag, changes: changes as Array<Record<string, any>>, report };
    };

    // Every capture of the case: every change of case A is in the packet, with both readings.
    const all = await unpacked(await exportPacket(env, prosecutor, 'Discovery, all captures'));
    const feed = await changesOf(env.detective, caseA);
    expect(all.changes.map((c) => c.id).sort()).toEqual(
      (
        await ok(env.detective, 'query($c: ID!) { changes(caseId: $c, first: 100) { nodes { id } } }', {
          c: caseA,
        })
      ).changes.nodes
        .map((n: { id: string }) => n.id)
        .sort(),
    );
    expect(all.changes).toHaveLength(feed.length);
    const edited = all.changes.find((c) => c.kind === 'EDITED_POST' && c.basis === 'RECAPTURE')!;
    expect(edited).toMatchObject({
      subject: post(CHANGING.status.edited),
      beforeCaptureId: captures.a1,
      afterCaptureId: captures.a2,
      before: { text: CHANGING.text.before },
      after: { text: CHANGING.text.after },
    });
    for (const c of all.changes) {
      for (const id of [c.beforeCaptureId, c.afterCaptureId].filter(Boolean)) {
        expect(fs.existsSync(path.join(all.bag, 'data/captures', id))).toBe(true);
      }
    }
    expect(all.report).toContain('Changes between captures');
    expect(all.report).toContain(`show ${feed.length} change(s)`);
    expect(all.report).toMatch(/\[-[^\]]*River/);

    // Only the second capture: a change whose earlier reading is not in the packet is left out.
    const second = await unpacked(
      await exportPacket(env, prosecutor, 'Discovery, second capture', [captures.a2!]),
    );
    expect(second.changes.length).toBeGreaterThan(0);
    for (const c of second.changes) {
      expect([c.beforeCaptureId, c.afterCaptureId].filter(Boolean)).toEqual(
        expect.arrayContaining([captures.a2]),
      );
      expect(c.beforeCaptureId === null || c.beforeCaptureId === captures.a2).toBe(true);
    }
    expect(second.changes.some((c) => c.beforeCaptureId === captures.a1)).toBe(false);
    expect(second.changes.some((c) => c.basis === 'EDIT_HISTORY')).toBe(true);
    expect((await verifyUpload(env, prosecutor, second.zip)).verdict.valid).toBe(true);

    // A change slipped into that packet, proven by a capture it does not hold, is named by verify.
    const forged = copyBag(second.bag);
    const file = path.join(forged, 'data/changes/changes.json');
    fs.writeFileSync(file, JSON.stringify([...second.changes, { ...edited, id: 'slipped-in' }], null, 2));
    reseal(forged);
    const { verdict } = await verifyUpload(env, prosecutor, fs.readFileSync(zipBag(forged)));
    expect(verdict.valid).toBe(false);
    expect(verdict.defects).toContainEqual(
      expect.objectContaining({
        kind: 'missing',
        file: 'data/changes/changes.json',
        message: expect.stringContaining(
          `change slipped-in in data/changes/changes.json is proven by capture ${captures.a1}`,
        ),
      }),
    );
  }, 400_000);
});
