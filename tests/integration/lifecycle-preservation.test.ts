import net from 'node:net';
import { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';
import {
  exportPacket,
  lifecycleUsers,
  verifyUpload,
  type LifecycleUsers,
} from '../support/lifecycle-users.js';

const REQUEST = `mutation($input: CollectionRequestInput!, $letter: PreservationLetterInput!) {
  requestPreservation(input: $input, letter: $letter) {
    id providerName platform accountIds urls rangeFrom rangeTo writtenAt decisionId sentAt
    preservedUntil extensionReminderAt extensionDue files { sha256 name mediaType size } } }`;

/**
 * A preservation request under 18 U.S.C. §2703(f) through the real API: the gate decides it, the
 * letter (PDF and text) is written from the provider list in policy/ and kept as evidence with
 * custody, and nothing reaches the network: a loopback listener standing where Reddit's API is
 * configured sees no connection at all.
 */
describe('preservation letters', () => {
  let env: CollectingCasegraph;
  let users: LifecycleUsers;
  let listener: net.Server;
  const connections: string[] = [];

  beforeAll(async () => {
    listener = net.createServer((socket) => {
      connections.push(`${socket.remoteAddress}:${socket.remotePort}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as net.AddressInfo).port;
    env = await startCollectingCasegraph('LC-PRES-1', (fixtures) => ({
      CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify({
        mastodon: { baseUrl: fixtures.url },
        reddit: { baseUrl: `http://127.0.0.1:${port}` },
      }),
      CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port},127.0.0.1:${port}`,
    }));
    users = await lifecycleUsers(env, 'lcl');
  }, 600_000);
  afterAll(async () => {
    await env.stop();
    await new Promise((r) => listener.close(r));
  }, 300_000);

  const input = (caseId: string, method = 'PRESERVATION_REQUEST') => ({
    caseId,
    purpose: 'ONLINE_CRIME',
    target: { platform: 'reddit', kind: 'handle', value: 'u/threat_poster', scope: 'POSTS' },
    method,
    content: 'NON_PUBLIC',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    predicate: {
      reportNumber: '26-0311',
      facts: 'Rpt 26-0311: u/threat_poster posted threats against a witness',
    },
  });
  const letter = (supervisorId: string) => ({
    accountIds: ['t2_8xq3m'],
    urls: ['https://www.reddit.com/user/threat_poster/'],
    from: '2026-10-01',
    to: '2026-11-30',
    supervisorId,
    officerContact: '816-555-0142, det.pipe@sjpd.example',
  });

  it('writes the letter under a gate ALLOW, stores it with custody, and makes no network request', async () => {
    const done = await env.detective.query(REQUEST, {
      input: input(env.caseId, 'PUBLIC_API'),
      letter: letter(users.ids.supervisor),
    });
    if (done.errors) throw new Error(JSON.stringify(done.errors));
    const l = done.data!.requestPreservation;
    expect(l).toMatchObject({
      providerName: 'Reddit, Inc.',
      platform: 'reddit',
      accountIds: ['t2_8xq3m'],
      urls: ['https://www.reddit.com/user/threat_poster/'],
      sentAt: null,
      extensionDue: false,
    });
    expect(l.files.map((f: { name: string }) => f.name).sort()).toEqual(['letter.pdf', 'letter.txt']);
    const store = new EvidenceStore(env.app.runtime.evidenceDir);
    const text = (
      await store.read(l.files.find((f: { name: string }) => f.name === 'letter.txt').sha256)
    ).toString('utf8');
    for (const words of [
      '18 U.S.C. § 2703(f)',
      'To: Reddit, Inc.',
      'Case number: LC-PRES-1',
      'Report number: 26-0311',
      'account: t2_8xq3m',
      'URL: https://www.reddit.com/user/threat_poster/',
      'from 2026-10-01 to 2026-11-30',
      'Requesting officer: Det. Pipe',
      'Approving supervisor: Sup LCL',
      '90 days',
      'another 90 days',
      'guidelines-for-law-enforcement',
    ]) {
      expect(text).toContain(words);
    }
    const pdf = await store.read(l.files.find((f: { name: string }) => f.name === 'letter.pdf').sha256);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const events = await new CustodyRepository(env.app.runtime.graph).events(env.caseId);
    const captured = events.find((e) => e.details.captureId === l.id)!;
    expect(captured).toMatchObject({
      type: 'CAPTURED',
      details: { decisionId: l.decisionId, networkRequests: 0 },
    });
    expect([...captured.artifactHashes].sort()).toEqual(
      l.files.map((f: { sha256: string }) => f.sha256).sort(),
    );
    const decision = await env.app.runtime.graph.read<{ decision: string; method: string }>(
      'MATCH (d:GateDecision {id: $id}), (r:CollectionRequest {id: d.requestId}) RETURN d.decision AS decision, r.method AS method',
      { id: l.decisionId },
    );
    expect(decision[0]).toEqual({ decision: 'ALLOW', method: 'PRESERVATION_REQUEST' });
    expect(connections).toEqual([]);
  }, 300_000);

  it('tracks the date sent, the reference and the 90-day extension reminder', async () => {
    const list = await env.detective.query('query($c: ID!) { preservationLetters(caseId: $c) { id } }', {
      c: env.caseId,
    });
    const id = list.data!.preservationLetters[0].id as string;
    const sent = new Date(Date.now() - 80 * 86_400_000).toISOString();
    const mark = `mutation($c: ID!, $l: ID!, $s: String!, $r: String) {
      recordPreservationSent(caseId: $c, letterId: $l, sentAt: $s, providerReference: $r) {
        sentAt providerReference preservedUntil extensionReminderAt extensionDue } }`;
    const vars = { c: env.caseId, l: id, s: sent, r: 'LE-2026-55190' };
    expect(GqlClient.code(await users.analyst.query(mark, vars))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.outsider.query(mark, vars))).toBe('NOT_FOUND');
    const marked = await env.detective.query(mark, vars);
    if (marked.errors) throw new Error(JSON.stringify(marked.errors));
    const m = marked.data!.recordPreservationSent;
    expect(m).toMatchObject({ sentAt: sent, providerReference: 'LE-2026-55190', extensionDue: true });
    expect(Date.parse(m.preservedUntil) - Date.parse(sent)).toBe(90 * 86_400_000);
    expect(Date.parse(m.preservedUntil) - Date.parse(m.extensionReminderAt)).toBe(14 * 86_400_000);
    expect(GqlClient.code(await env.detective.query(mark, vars))).toBe('CONFLICT');
  }, 300_000);

  it('refuses the wrong role, another case, a supervisor not of the case and a provider off the list', async () => {
    const vars = { input: input(env.caseId), letter: letter(users.ids.supervisor) };
    expect(GqlClient.code(await users.analyst.query(REQUEST, vars))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.prosecutor.query(REQUEST, vars))).toBe('FORBIDDEN');
    expect(GqlClient.code(await users.outsider.query(REQUEST, vars))).toBe('NOT_FOUND');
    const ownSupervisor = await env.detective.query(REQUEST, { ...vars, letter: letter(users.ids.outsider) });
    expect(GqlClient.code(ownSupervisor)).toBe('BAD_USER_INPUT');
    const unlisted = await env.detective.query(REQUEST, {
      ...vars,
      input: {
        ...input(env.caseId),
        target: { platform: 'web', kind: 'url', value: 'https://example.org/x', scope: 'POSTS' },
      },
    });
    expect(GqlClient.code(unlisted)).toBe('BAD_USER_INPUT');
    expect(unlisted.errors?.[0]?.message).toMatch(/policy\/providers\.yaml/);
    const noPredicate = await env.detective.query(REQUEST, {
      ...vars,
      input: { ...input(env.caseId), predicate: { reportNumber: 'none', facts: 'suspicious' } },
    });
    expect(GqlClient.code(noPredicate)).toBe('GATE_DENIED');
    expect(noPredicate.errors?.[0]?.message).toMatch(/28 CFR 23\.20\(a\)/);
    expect(connections).toEqual([]);
  }, 300_000);

  it('carries the letter in an evidence packet that verifies', async () => {
    const packet = await exportPacket(env, users.prosecutor, 'Discovery packet with the preservation letter');
    const { verdict } = await verifyUpload(env, users.prosecutor, packet);
    expect(verdict).toMatchObject({ valid: true, problems: [] });
    expect(verdict.checked.captures).toBe(1);
    expect(connections).toEqual([]);
  }, 300_000);
});
