import fs from 'node:fs';
import path from 'node:path';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { validateWacz } from '../../evidence/wacz/wacz-validator.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import { tempDir } from '../support/services.js';

const ARTIFACTS = `query($c: ID!, $id: ID!) { capture(caseId: $c, id: $id) { artifacts { name sha256 kind } custody { type detailsJson } } }`;

/** A capture's WACZ, made on request for those who reach its case and for nobody else. */
describe('capture WACZ download', () => {
  let env: CollectingCasegraph;
  let captureId = '';
  const password = 'Stranger-on-the-case-2026';

  beforeAll(async () => {
    env = await startCollectingCasegraph('WACZ-1');
    const { job } = await env.collect('alice');
    expect(job.state).toBe('completed');
    captureId = job.captureId;
    await new UserAdminService(new UserRepository(env.app.runtime.graph)).create({
      username: 'wacz-outsider',
      displayName: 'Outsider',
      role: 'DETECTIVE',
      unit: 'GANG',
      password,
    });
  }, 180_000);
  afterAll(() => env.stop());

  const url = () => `${env.app.url}/cases/${env.caseId}/captures/${captureId}/capture.wacz`;

  it('answers a WACZ that validates against its own datapackage.json and holds the stored WARC', async () => {
    const res = await fetch(url(), { headers: { cookie: env.detective.cookieHeader } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    const file = path.join(tempDir('wacz-download'), 'capture.wacz');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const verdict = await validateWacz(file);
    expect(verdict.problems).toEqual([]);
    const { data } = await env.detective.query(ARTIFACTS, { c: env.caseId, id: captureId });
    const warc = data!.capture.artifacts.find((a: { kind: string }) => a.kind === 'WARC');
    expect(verdict.warcs.get(`archive/${captureId}.warc.gz`)).toBe(warc.sha256);
    const viewed = data!.capture.custody.filter((e: { type: string }) => e.type === 'VIEWED');
    expect(
      viewed.some((e: { detailsJson: string }) => JSON.parse(e.detailsJson).download === 'capture.wacz'),
    ).toBe(true);
  });

  it('answers 404 to a user of another case and 401 to nobody signed in', async () => {
    const outsider = new GqlClient(env.app.url);
    await outsider.login('wacz-outsider', password);
    expect((await fetch(url(), { headers: { cookie: outsider.cookieHeader } })).status).toBe(404);
    expect((await fetch(url())).status).toBe(401);
    const unknown = `${env.app.url}/cases/${env.caseId}/captures/capture-none/capture.wacz`;
    expect((await fetch(unknown, { headers: { cookie: env.detective.cookieHeader } })).status).toBe(404);
  });
});
