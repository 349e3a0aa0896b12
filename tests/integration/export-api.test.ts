import crypto from 'node:crypto';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/** A prosecutor exports a case through the API and downloads the packet; nobody else can. */
describe('export API', () => {
  let env: CollectingCasegraph;
  /** The packet the first test downloads, for the upload-and-verify test. */
  let packet: Buffer | null = null;
  const password = 'Export-pass-2026';

  beforeAll(async () => {
    env = await startCollectingCasegraph('EXP-1');
    expect((await env.collect('alice')).job.state).toBe('completed');
    const admin = new UserAdminService(new UserRepository(env.app.runtime.graph));
    const pros = await admin.create({
      username: 'exp-pros',
      displayName: 'ADA',
      role: 'PROSECUTOR',
      password,
    });
    await admin.create({
      username: 'exp-other',
      displayName: 'Other',
      role: 'DETECTIVE',
      unit: 'GANG',
      password,
    });
    await env.detective.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: env.caseId,
      u: pros.id,
    });
  }, 120_000);
  afterAll(() => env.stop());

  async function cookieOf(username: string): Promise<GqlClient> {
    const client = new GqlClient(env.app.url);
    await client.login(username, password);
    return client;
  }

  it('builds the packet in a job, serves it to the prosecutor, and to nobody else', async () => {
    const pros = await cookieOf('exp-pros');
    const refused = await pros.query('mutation($c: ID!) { startExport(caseId: $c, reason: "x") { id } }', {
      c: env.caseId,
    });
    expect(GqlClient.code(refused)).toBe('GATE_DENIED');
    expect(refused.errors?.[0]?.message).toMatch(/28 CFR 23\.20/);
    const reason = 'Discovery packet for the preliminary hearing in State v. Doe';
    const started = await pros.query(
      'mutation($c: ID!, $r: String!) { startExport(caseId: $c, reason: $r) { id status } }',
      {
        r: reason,
        c: env.caseId,
      },
    );
    if (started.errors) throw new Error(JSON.stringify(started.errors));
    // The in-process worker may already have picked it up.
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(started.data?.startExport.status);
    let done: Record<string, any> | undefined;
    const deadline = Date.now() + 60_000;
    while (!done && Date.now() < deadline) {
      const list = await pros.query(
        'query($c: ID!) { exports(caseId: $c) { id status sha256 size downloadPath error reason policyVersion } }',
        {
          c: env.caseId,
        },
      );
      const current = list.data?.exports[0];
      if (current?.status === 'DONE' || current?.status === 'FAILED') done = current;
      else await new Promise((r) => setTimeout(r, 200));
    }
    expect(done).toMatchObject({
      status: 'DONE',
      reason,
      downloadPath: `/exports/${started.data?.startExport.id}/packet.zip`,
    });

    const download = (client: GqlClient | null) =>
      fetch(`${env.app.url}${done!.downloadPath}`, {
        headers: client ? { cookie: client.cookieHeader } : {},
      });
    const ok = await download(pros);
    expect(ok.status).toBe(200);
    const bytes = Buffer.from(await ok.arrayBuffer());
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(done!.sha256);
    expect(bytes.length).toBe(done!.size);
    packet = bytes;

    expect((await download(await cookieOf('exp-other'))).status).toBe(404);
    expect((await download(null)).status).toBe(401);
    const other = await cookieOf('exp-other');
    expect(
      GqlClient.code(await other.query('query($c: ID!) { exports(caseId: $c) { id } }', { c: env.caseId })),
    ).toBe('NOT_FOUND');
  });

  it('verifies an uploaded packet for any signed-in user and names what is wrong with a bad one', async () => {
    expect(packet).not.toBeNull();
    const upload = (body: Buffer, client: GqlClient | null) =>
      fetch(`${env.app.url}/packets/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/zip', ...(client ? { cookie: client.cookieHeader } : {}) },
        body,
      });
    const other = await cookieOf('exp-other');
    const good = await upload(packet!, other);
    expect(good.status).toBe(200);
    const verdict = (await good.json()) as Record<string, unknown>;
    expect(verdict).toMatchObject({ valid: true, problems: [], signedByThisDepartment: true });
    expect(verdict.payloadFiles).toBeGreaterThan(3);
    expect(verdict.keyFingerprint).toBe(verdict.departmentKeyFingerprint);

    // Cut the zip's central directory: the verdict says the file is not a readable packet.
    const broken = await upload(packet!.subarray(0, packet!.length - 200), other);
    expect(broken.status).toBe(200);
    const brokenVerdict = (await broken.json()) as { valid: boolean; problems: string[] };
    expect(brokenVerdict.valid).toBe(false);
    expect(brokenVerdict.problems[0]).toMatch(/not a readable zip/);

    expect((await upload(packet!, null)).status).toBe(401);
  });
});
