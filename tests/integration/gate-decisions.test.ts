import crypto from 'node:crypto';
import type { AppError } from '../../common/errors.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { AuthorizationRepository } from '../../graph/repositories/authorization.repository.js';
import { GateDecisionRepository } from '../../graph/repositories/gate-decision.repository.js';
import { AuthorizationService } from '../../server/gate/authorization.service.js';
import { recheckAtExecution } from '../../server/gate/execution-check.js';
import { startGate, type GateKit } from '../../server/gate/gate-kit.js';
import { GateRecordService } from '../../server/gate/gate-record.service.js';
import type { CollectionRequest } from '../../server/gate/gate-types.js';
import { tempDir, testGraph } from '../support/services.js';

const DAY = 86_400_000;
let graph: GraphClient;
/** The gate of this suite and the record service over it, as the composition root wires them. */
let host: { gate: GateKit; records: GateRecordService };
let authRepo: AuthorizationRepository;
let decisions: GateDecisionRepository;

/** A fresh case with a detective, two supervisors and an analyst assigned to it. */
async function seedCase(): Promise<{
  caseId: string;
  det: string;
  sup: string;
  sup2: string;
  analyst: string;
}> {
  const tag = crypto.randomBytes(4).toString('hex');
  const ids = {
    caseId: `case-${tag}`,
    det: `det-${tag}`,
    sup: `sup-${tag}`,
    sup2: `sup2-${tag}`,
    analyst: `an-${tag}`,
  };
  await graph.write(
    `CREATE (c:Case {id: $caseId, number: $caseId, title: 'threats', purpose: 'ONLINE_CRIME', status: 'OPEN'})
     WITH c UNWIND $users AS u
     CREATE (x:User {id: u.id, username: u.id, role: u.role, displayName: u.name})-[:ASSIGNED_TO]->(c)`,
    {
      caseId: ids.caseId,
      users: [
        { id: ids.det, role: 'DETECTIVE', name: `Dana ${tag}` },
        { id: ids.sup, role: 'SUPERVISOR', name: `Sam ${tag}` },
        { id: ids.sup2, role: 'SUPERVISOR', name: `Kim ${tag}` },
        { id: ids.analyst, role: 'ANALYST', name: `Ana ${tag}` },
      ],
    },
  );
  return ids;
}

function request(
  caseId: string,
  requesterId: string,
  patch: Partial<CollectionRequest> = {},
): Omit<CollectionRequest, 'requestId'> {
  return {
    caseId,
    requesterId,
    purpose: 'ONLINE_CRIME',
    target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'POSTS' },
    method: 'PUBLIC_WEB',
    content: 'PUBLIC',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    persona: null,
    predicate: {
      reportNumber: '24-1234',
      facts: 'Rpt 24-1234: x posted threats to shoot staff at the school on 3/2',
      bulkFacts: null,
    },
    steps: [],
    consentReference: null,
    ...patch,
  };
}

const covert = {
  method: 'UNDERCOVER_ACCOUNT',
  persona: { handle: 'jaydoe88', displayName: 'Jay Doe', avatarSha256: null },
} as const;

async function count(cypher: string, params: Record<string, unknown>): Promise<number> {
  const rows = await graph.read<{ n: number }>(cypher, params);
  return rows[0]!.n;
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as AppError).code;
  }
  return 'NO_ERROR';
}

beforeAll(() => {
  graph = testGraph();
  const gate = startGate(tempDir('gate'));
  authRepo = new AuthorizationRepository(graph);
  decisions = new GateDecisionRepository(graph);
  const records = new GateRecordService({
    gate: () => gate.current(),
    decisions,
    authorizations: authRepo,
    signer: gate.signer,
  });
  host = { gate, records };
});
afterAll(() => graph.close());

describe('gate decisions in the graph', () => {
  it('stores one immutable decision per request, allow or deny, with inputs, reasons and policy hash', async () => {
    const { caseId, det, analyst } = await seedCase();
    const service = host.records;
    const outcomes = [
      await service.submit(request(caseId, det), 'PREVIEW'),
      await service.submit(request(caseId, analyst), 'PREVIEW'),
      await service.submit(request(caseId, det, { purpose: 'GANG_ACTIVITY' }), 'PREVIEW'),
      await service.submit(request(caseId, det, covert), 'PREVIEW'),
      await service.submit(request(caseId, det, { method: 'OTHERS_CREDENTIALS' }), 'PREVIEW'),
    ];
    expect(outcomes.map((o) => o.result.decision)).toEqual([
      'ALLOW',
      'DENY',
      'DENY',
      'NEEDS_AUTHORIZATION',
      'DENY',
    ]);
    expect(outcomes.map((o) => o.token !== null)).toEqual([true, false, false, false, false]);

    const requests = await count(
      'MATCH (:Case {id: $caseId})-[:HAS_REQUEST]->(r:CollectionRequest) RETURN count(r) AS n',
      { caseId },
    );
    const linked = await count(
      `MATCH (c:Case {id: $caseId})-[:HAS_REQUEST]->(:CollectionRequest)-[:DECIDED]->(d:GateDecision)<-[:HAS_DECISION]-(c)
       RETURN count(d) AS n`,
      { caseId },
    );
    expect(requests).toBe(outcomes.length);
    expect(linked).toBe(requests);

    const analystDecision = await decisions.findDecision(outcomes[1]!.decisionId);
    expect(analystDecision?.decision).toBe('DENY');
    expect(analystDecision?.clauses).toContain('28 CFR 23.20(g)');
    expect(analystDecision?.policyVersion).toBe(host.gate.current().policy.version);
    expect(JSON.parse(analystDecision!.inputsJson).requesterId).toBe(analyst);
    expect(JSON.parse(analystDecision!.factsJson).requester.role).toBe('ANALYST');
    expect(JSON.parse(analystDecision!.reasonsJson)[0].remedy.length).toBeGreaterThan(10);
  });

  it('refuses to write a decision twice and offers no way to change or delete one', async () => {
    const { caseId, det } = await seedCase();
    const first = await host.records.submit(request(caseId, det), 'PREVIEW');
    const stored = (await decisions.findDecision(first.decisionId))!;
    const code = await codeOf(decisions.createDecision({ ...stored, decision: 'ALLOW', reasonsJson: '[]' }));
    expect(code).toBe('CONFLICT');
    expect(await decisions.findDecision(first.decisionId)).toEqual(stored);
    const methods = Object.getOwnPropertyNames(GateDecisionRepository.prototype);
    expect(methods.filter((m) => /update|delete|remove|set|merge|change/i.test(m))).toEqual([]);
  });

  it('lists a requester their own decisions and a supervisor the denials of a case', async () => {
    const { caseId, det, analyst } = await seedCase();
    const service = host.records;
    await service.submit(request(caseId, det), 'PREVIEW');
    await service.submit(request(caseId, analyst), 'PREVIEW');
    const mine = await decisions.listDecisions({ requesterId: analyst, limit: 10 });
    expect(mine.map((d) => d.requesterId)).toEqual([analyst]);
    const denials = await decisions.listDecisions({ caseId, decision: 'DENY', limit: 10 });
    expect(denials.map((d) => d.requesterId)).toEqual([analyst]);
  });
});

describe('authorization workflow', () => {
  const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString();
  const service = () => new AuthorizationService(authRepo, () => host.gate.current());
  const ask = (caseId: string, actor: string) =>
    service().request(actor, {
      caseId,
      platform: 'web',
      method: 'UNDERCOVER_ACCOUNT',
      personaHandle: 'jaydoe88',
      justification: 'threats are posted in a members-only forum section',
    });
  const approval = {
    writtenPermissionReference: 'SUP-2026-31',
    legalReviewReference: null,
    expiresAt: inDays(7),
  };

  it('refuses self-approval and approval by a non-supervisor, and audits both refusals', async () => {
    const { caseId, det, sup } = await seedCase();
    const own = await ask(caseId, sup);
    expect(await codeOf(service().approve(sup, own.id, approval))).toBe('FORBIDDEN');
    const asked = await ask(caseId, det);
    expect(await codeOf(service().approve(det, asked.id, approval))).toBe('FORBIDDEN');
    expect((await authRepo.find(own.id))?.status).toBe('REQUESTED');
    const trail = await authRepo.auditTrail(own.id);
    expect(trail.map((e) => [e.action, e.outcome])).toEqual([
      ['AUTHORIZATION_REQUESTED', 'DONE'],
      ['AUTHORIZATION_APPROVED', 'REFUSED'],
    ]);
    expect(trail[1]!.actorId).toBe(sup);
    const covertDecision = await host.records.submit(request(caseId, sup, covert), 'PREVIEW');
    expect(covertDecision.result.decision).toBe('NEEDS_AUTHORIZATION');
  });

  it('refuses requests from analysts, rejected authorizations cannot be approved later', async () => {
    const { caseId, analyst, det, sup } = await seedCase();
    expect(await codeOf(ask(caseId, analyst))).toBe('FORBIDDEN');
    const asked = await ask(caseId, det);
    await service().reject(sup, asked.id, 'use the public pages first');
    expect(await codeOf(service().approve(sup, asked.id, approval))).toBe('CONFLICT');
    expect((await authRepo.find(asked.id))?.status).toBe('REJECTED');
  });

  it('refuses an approval without written permission or beyond the policy maximum', async () => {
    const { caseId, det, sup } = await seedCase();
    const asked = await ask(caseId, det);
    expect(
      await codeOf(service().approve(sup, asked.id, { ...approval, writtenPermissionReference: ' ' })),
    ).toBe('BAD_USER_INPUT');
    expect(await codeOf(service().approve(sup, asked.id, { ...approval, expiresAt: inDays(400) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(service().approve(sup, asked.id, { ...approval, expiresAt: inDays(-1) }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('approved → allowed with a token; revoked before the job runs → the worker check denies and stores it', async () => {
    const { caseId, det, sup } = await seedCase();
    const asked = await ask(caseId, det);
    const approved = await service().approve(sup, asked.id, approval);
    expect(approved).toMatchObject({
      status: 'APPROVED',
      approvedBy: sup,
      writtenPermissionReference: 'SUP-2026-31',
    });

    const allowed = await host.records.submit(request(caseId, det, covert), 'ENQUEUE');
    expect(allowed.result.decision).toBe('ALLOW');
    expect(allowed.result.authorizationId).toBe(asked.id);
    const { claims } = await recheckAtExecution(
      host.records,
      host.gate.verifier,
      allowed.requestId,
      allowed.token!,
    );
    expect(claims.requestId).toBe(allowed.requestId);

    await service().revoke(sup, asked.id, 'operation ended');
    let thrown: AppError | undefined;
    await recheckAtExecution(host.records, host.gate.verifier, allowed.requestId, allowed.token!).catch(
      (e: AppError) => (thrown = e),
    );
    expect(thrown?.code).toBe('GATE_DENIED');
    const stored = await decisions.findDecision(String(thrown!.details.decisionId));
    expect(stored).toMatchObject({
      stage: 'EXECUTION',
      decision: 'NEEDS_AUTHORIZATION',
      requestId: allowed.requestId,
    });
    expect(stored!.ruleIds).toContain('covert-written-authorization');
    const trail = await authRepo.auditTrail(asked.id);
    expect(trail.map((e) => e.action)).toEqual([
      'AUTHORIZATION_REQUESTED',
      'AUTHORIZATION_APPROVED',
      'AUTHORIZATION_REVOKED',
    ]);
    const onRequest = await count(
      'MATCH (:CollectionRequest {id: $id})-[:DECIDED]->(d) RETURN count(d) AS n',
      { id: allowed.requestId },
    );
    expect(onRequest).toBe(3);
  });

  it('an authorization that expires while the job waits is no longer enough', async () => {
    const { caseId, det, sup } = await seedCase();
    const asked = await ask(caseId, det);
    await service().approve(sup, asked.id, { ...approval, expiresAt: inDays(1) });
    const later = new GateRecordService({
      gate: () => host.gate.current(),
      decisions,
      authorizations: authRepo,
      signer: host.gate.signer,
      clock: () => new Date(Date.now() + 2 * DAY),
    });
    const result = await later.submit(request(caseId, det, covert), 'EXECUTION');
    expect(result.result.decision).toBe('NEEDS_AUTHORIZATION');
    expect(result.result.reasons[0]?.finding).toMatch(/expired/);
  });
});

describe('execution check', () => {
  it('denies and stores a token issued for another request, and an unknown request', async () => {
    const { caseId, det } = await seedCase();
    const service = host.records;
    const a = await service.submit(request(caseId, det), 'ENQUEUE');
    const b = await service.submit(
      request(caseId, det, {
        target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/y', scope: 'POSTS' },
      }),
      'ENQUEUE',
    );
    let thrown: AppError | undefined;
    await recheckAtExecution(host.records, host.gate.verifier, b.requestId, a.token!).catch(
      (e: AppError) => (thrown = e),
    );
    expect(thrown?.code).toBe('GATE_DENIED');
    const stored = await decisions.findDecision(String(thrown!.details.decisionId));
    expect(stored).toMatchObject({
      decision: 'DENY',
      stage: 'EXECUTION',
      requestId: b.requestId,
      ruleIds: ['decision-token'],
    });
    expect(
      await codeOf(recheckAtExecution(host.records, host.gate.verifier, 'no-such-request', a.token!)),
    ).toBe('GATE_DENIED');
    expect(
      await codeOf(recheckAtExecution(host.records, host.gate.verifier, a.requestId, 'cg1.forged.token')),
    ).toBe('GATE_DENIED');
  });
});
