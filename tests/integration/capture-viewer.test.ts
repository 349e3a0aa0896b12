import crypto from 'node:crypto';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

type Artifact = {
  sha256: string;
  size: number;
  mediaType: string | null;
  name: string;
  downloadPath: string;
};

const CAPTURE = `query($c: ID!, $id: ID!) {
  capture(caseId: $c, id: $id) {
    id recordJson
    artifacts { sha256 size mediaType name kind downloadPath }
    decision { decision clauses reasons { finding } }
    custody { seq type actorId actorName artifactHashes detailsJson hash prevHash }
  }
}`;

/** What the capture viewer reads: the record, files, decision and custody, and the files themselves. */
describe('capture viewer API', () => {
  let env: CollectingCasegraph;
  let captureId = '';
  const password = 'Viewer-pass-2026';

  beforeAll(async () => {
    env = await startCollectingCasegraph('VIEW-1');
    const { job } = await env.collect('alice');
    expect(job.state).toBe('completed');
    captureId = job.captureId;
    await new UserAdminService(new UserRepository(env.app.runtime.graph)).create({
      username: 'view-outsider',
      displayName: 'Outsider',
      role: 'DETECTIVE',
      unit: 'GANG',
      password,
    });
  }, 120_000);
  afterAll(() => env.stop());

  const download = (path: string, cookie: string) => fetch(`${env.app.url}${path}`, { headers: { cookie } });

  it('shows the record, files, decision and custody, and records the viewing', async () => {
    const result = await env.detective.query(CAPTURE, { c: env.caseId, id: captureId });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const capture = result.data!.capture;
    const record = JSON.parse(capture.recordJson) as Record<string, unknown>;
    expect(record).toMatchObject({
      id: captureId,
      platform: 'mastodon',
      status: 'CAPTURED',
      method: 'PUBLIC_API',
    });
    expect(capture.decision).toMatchObject({ decision: 'ALLOW' });
    expect(capture.decision.clauses.length).toBeGreaterThan(0);
    const names = capture.artifacts.map((a: Artifact) => a.name);
    expect(names.some((n: string) => n.endsWith('.warc.gz') || n.endsWith('.warc'))).toBe(true);
    const types = capture.custody.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('CAPTURED');
    expect(types[types.length - 1]).toBe('VIEWED');
    const chain = capture.custody as { seq: number; hash: string; prevHash: string }[];
    expect(chain.map((e) => e.seq)).toEqual([...chain.map((e) => e.seq)].sort((a, b) => a - b));
  });

  it('names people and the case in custody lines and gate findings, never by their ids', async () => {
    const { capture } = (await env.detective.query(CAPTURE, { c: env.caseId, id: captureId })).data!;
    const custody = capture.custody as { type: string; actorId: string; actorName: string }[];
    const captured = custody.find((e) => e.type === 'CAPTURED')!;
    expect(captured.actorName).toBe('Det. Pipe');
    expect(custody.at(-1)).toMatchObject({ type: 'VIEWED', actorName: 'Det. Pipe' });
    const findings = (capture.decision.reasons as { finding: string }[]).map((r) => r.finding);
    expect(findings).toContain('Det. Pipe is assigned to the case as DETECTIVE');
    expect(findings).toContain('case VIEW-1 is OPEN');
    for (const finding of findings) {
      expect(finding).not.toContain(captured.actorId);
      expect(finding).not.toContain(env.caseId);
    }
  });

  it('downloads each file with its hash, never as a page of casegraph', async () => {
    const { capture } = (await env.detective.query(CAPTURE, { c: env.caseId, id: captureId })).data!;
    for (const artifact of capture.artifacts as Artifact[]) {
      const res = await download(artifact.downloadPath, env.detective.cookieHeader);
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      expect(crypto.createHash('sha256').update(body).digest('hex')).toBe(artifact.sha256);
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const image = /^image\/(png|jpeg|gif|webp)$/.test(artifact.mediaType ?? '');
      expect(res.headers.get('content-disposition')).toMatch(image ? /^inline/ : /^attachment/);
      if (!image) expect(res.headers.get('content-type')).toBe('application/octet-stream');
    }
  });

  it('shows nothing to a user outside the case, and no file the case did not keep', async () => {
    const outsider = new GqlClient(env.app.url);
    await outsider.login('view-outsider', password);
    expect(GqlClient.code(await outsider.query(CAPTURE, { c: env.caseId, id: captureId }))).toBe('NOT_FOUND');
    const { capture } = (await env.detective.query(CAPTURE, { c: env.caseId, id: captureId })).data!;
    const path = (capture.artifacts as Artifact[])[0]!.downloadPath;
    expect((await download(path, outsider.cookieHeader)).status).toBe(404);
    expect((await download(path, '')).status).toBe(401);
    const unknown = `/cases/${env.caseId}/artifacts/${'0'.repeat(64)}`;
    expect((await download(unknown, env.detective.cookieHeader)).status).toBe(404);
    expect(
      (await download(`/cases/${env.caseId}/artifacts/..%2F..%2Fetc`, env.detective.cookieHeader)).status,
    ).toBe(404);
  });

  it('traces a node of the graph to the captures and preserved payloads it was read from', async () => {
    const graph = await env.detective.query(
      'query($c: ID!) { case(id: $c) { graph(maxNodes: 500) { nodes { ref kind label } } } }',
      { c: env.caseId },
    );
    const account = graph.data!.case.graph.nodes.find(
      (n: { kind: string; label: string | null }) => n.kind === 'account' && n.label === 'alice',
    );
    expect(account).toBeDefined();
    const NODE = `query($c: ID!, $ref: String!) {
      node(caseId: $c, ref: $ref) { ref propertiesJson sourceSha256s captures { id platform targetValue } }
    }`;
    const result = await env.detective.query(NODE, { c: env.caseId, ref: account.ref });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const node = result.data!.node;
    expect(JSON.parse(node.propertiesJson)).toMatchObject({ handle: 'alice', platform: 'mastodon' });
    expect(node.captures).toEqual([{ id: captureId, platform: 'mastodon', targetValue: 'alice' }]);
    // Every payload the node came from is a file of that capture.
    const capture = await env.detective.query(CAPTURE, { c: env.caseId, id: captureId });
    const files = new Set(capture.data!.capture.artifacts.map((a: Artifact) => a.sha256));
    expect(node.sourceSha256s.length).toBeGreaterThan(0);
    for (const sha of node.sourceSha256s) expect(files.has(sha)).toBe(true);

    const outsider = new GqlClient(env.app.url);
    await outsider.login('view-outsider', password);
    expect(GqlClient.code(await outsider.query(NODE, { c: env.caseId, ref: account.ref }))).toBe('NOT_FOUND');
    expect(
      GqlClient.code(await env.detective.query(NODE, { c: env.caseId, ref: 'account:mastodon:nobody' })),
    ).toBe('NOT_FOUND');
  });
});
