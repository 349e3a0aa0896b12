import { CustodyLedger, verifyEvents } from '../../evidence/custody/custody-ledger.js';
import { canonicalJson } from '../../evidence/custody/canonical-json.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import { testGraph } from '../support/services.js';

/** The ledger on real Neo4j: ordered, chained, unforkable by parallel writers, tamper-evident. */
describe('custody ledger', () => {
  let graph: GraphClient;
  const caseId = `custody-case-${process.pid}`;
  const artifact = 'ab'.repeat(32);

  beforeAll(async () => {
    graph = testGraph();
    await graph.write('MERGE (c:Case {id: $caseId}) SET c.number = $caseId', { caseId });
  });
  afterAll(() => graph.close());

  it('serializes canonically: sorted keys at every level, arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('chains twenty parallel appenders from separate connections without a gap or a fork', async () => {
    const clients = Array.from({ length: 20 }, () => testGraph());
    try {
      await Promise.all(
        clients.map((client, i) =>
          new CustodyLedger(new CustodyRepository(client)).append({
            caseId,
            type: 'VIEWED',
            actorId: `user-${i}`,
            artifactHashes: [artifact],
            details: { writer: i },
          }),
        ),
      );
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
    const ledger = new CustodyLedger(new CustodyRepository(graph));
    const events = await ledger.list(caseId);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(events.map((e) => e.actorId)).size).toBe(20);
    expect(await ledger.verifyChain(caseId)).toEqual({ valid: true, events: 20 });
  });

  it('names the first event whose content was changed behind its back', async () => {
    await graph.write(
      `MATCH (:Case {id: $caseId})-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent {seq: 7}) SET e.actorId = 'someone-else'`,
      { caseId },
    );
    const verdict = await new CustodyLedger(new CustodyRepository(graph)).verifyChain(caseId);
    expect(verdict).toEqual({
      valid: false,
      events: 20,
      broken: { seq: 7, reason: 'its content does not match its hash' },
    });
  });

  it('detects a removed event in an exported chain, and refuses malformed events', async () => {
    const events = await new CustodyLedger(new CustodyRepository(graph)).list(caseId);
    const withoutThird = events.filter((e) => e.seq !== 3);
    expect(verifyEvents(withoutThird).broken).toEqual({ seq: 4, reason: 'sequence 4 where 3 was expected' });
    const ledger = new CustodyLedger(new CustodyRepository(graph));
    await expect(
      ledger.append({ caseId, type: 'VIEWED', actorId: 'u', artifactHashes: ['not-a-hash'], details: {} }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(
      ledger.append({
        caseId: 'no-such-case',
        type: 'VIEWED',
        actorId: 'u',
        artifactHashes: [],
        details: {},
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
