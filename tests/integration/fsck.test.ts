import { FsckRepository } from '../../graph/repositories/fsck.repository.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { checkConsistency, consistent } from '../../server/fsck/consistency-check.js';
import { testConfig } from '../support/services.js';

/**
 * fsck on real Neo4j and a real evidence store: bytes no capture names are orphans, a capture
 * without its CAPTURED event or with two is found, and the retried append of a capture's custody
 * event (same key) stores it once.
 */
describe('casegraph fsck', () => {
  let app: RunningCasegraph;
  let caseId: string;
  const check = () =>
    checkConsistency(app.services.store, new FsckRepository(app.runtime.graph, [caseId]), (id) =>
      app.services.custody.list(id),
    );
  const capture = async (id: string, sha256: string) =>
    app.runtime.graph.write(
      `MATCH (c:Case {id: $caseId})
       CREATE (c)-[:HAS_CAPTURE]->(k:Capture {id: $id, status: 'CAPTURED', requestId: $id})
       MERGE (a:Artifact {sha256: $sha256}) CREATE (k)-[:PRODUCED {name: 'body'}]->(a)`,
      { caseId, id, sha256 },
    );
  const custody = (captureId: string, sha256: string) =>
    app.services.custody.append(
      {
        caseId,
        type: 'CAPTURED',
        actorId: 'system:fsck-test',
        artifactHashes: [sha256],
        details: { captureId },
      },
      { key: `captured:${captureId}` },
    );

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    caseId = `fsck-case-${Date.now()}`;
    await app.runtime.graph.write("CREATE (:Case {id: $caseId, number: 'FSCK-1', title: 'fsck'})", {
      caseId,
    });
  });
  afterAll(() => app.stop());

  it('finds nothing wrong in a capture with its stored bytes and one custody event, retried', async () => {
    const stored = await app.services.store.put(Buffer.from('the body a capture kept'));
    await capture('fsck-capture-1', stored.sha256);
    const first = await custody('fsck-capture-1', stored.sha256);
    const again = await custody('fsck-capture-1', stored.sha256);
    expect(again).toEqual(first);
    const report = await check();
    expect(report).toMatchObject({ orphans: [], missing: [], withoutCustody: [], custodyTwice: [] });
    expect(report.captures).toBe(1);
    expect(consistent(report)).toBe(true);
  });

  it('reports orphans, missing bytes and a capture without custody', async () => {
    const orphan = await app.services.store.put(Buffer.from('bytes an attempt stored before it died'));
    const absent = 'ab'.repeat(32);
    await capture('fsck-capture-2', absent);
    const report = await check();
    expect(report.orphans).toEqual([orphan.sha256]);
    expect(report.missing).toEqual([absent]);
    expect(report.withoutCustody).toEqual(['fsck-capture-2']);
    expect(consistent(report)).toBe(false);
  });
});
