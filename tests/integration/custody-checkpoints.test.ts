import crypto from 'node:crypto';
import { checkCheckpoints, type CustodyCheckpoint } from '../../evidence/custody/custody-checkpoint.js';
import type { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import { evidenceKey } from '../../evidence/packet/evidence-key.js';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { testConfig } from '../support/services.js';

/**
 * Signed checkpoints between exports: a scheduled job on real BullMQ and Redis signs a checkpoint
 * of each chain that grew since its last one, and leaves unchanged chains alone.
 */
describe('scheduled custody checkpoints', () => {
  let app: RunningCasegraph;
  let ledger: CustodyLedger;
  const grown = `checkpoint-grown-${crypto.randomUUID()}`;
  const quiet = `checkpoint-quiet-${crypto.randomUUID()}`;
  const artifact = 'cd'.repeat(32);

  beforeAll(async () => {
    app = await startCasegraph(
      testConfig({ CASEGRAPH_WORKERS: 'true', CASEGRAPH_CHECKPOINT_INTERVAL_MS: '500' }),
    );
    ledger = app.services.custody;
    await app.runtime.graph.write('UNWIND $ids AS id MERGE (c:Case {id: id}) SET c.number = id', {
      ids: [grown, quiet],
    });
  }, 120_000);
  afterAll(() => app?.stop());

  const append = (caseId: string, n: number) =>
    ledger.append({
      caseId,
      type: 'VIEWED',
      actorId: 'user-checkpoint',
      artifactHashes: [artifact],
      details: { n },
    });

  /** Waits until the case's newest checkpoint covers event `seq`. */
  async function checkpointAt(caseId: string, seq: number): Promise<CustodyCheckpoint[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const checkpoints = await ledger.checkpoints(caseId);
      if (checkpoints.at(-1)?.seq === seq) return checkpoints;
      if (Date.now() > deadline)
        throw new Error(`no checkpoint at ${seq} for ${caseId}: ${JSON.stringify(checkpoints)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('signs a checkpoint of a grown chain with the department key, and again after it grows', async () => {
    await append(grown, 1);
    await append(grown, 2);
    await append(quiet, 1);
    const first = await checkpointAt(grown, 2);
    expect(first).toHaveLength(1);
    const key = evidenceKey(app.runtime.config);
    expect(first[0]!.keyFingerprint).toBe(key.fingerprint);
    expect(checkCheckpoints(first, await ledger.list(grown), key.publicKey)).toEqual([]);

    await checkpointAt(quiet, 1);
    await append(grown, 3);
    const second = await checkpointAt(grown, 3);
    expect(second.map((c) => c.seq)).toEqual([2, 3]);
    // Several scheduled runs have passed since the quiet chain's checkpoint; it still has one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await ledger.checkpoints(quiet)).map((c) => c.seq)).toEqual([1]);
    expect((await ledger.checkpoints(grown)).map((c) => c.seq)).toEqual([2, 3]);
  });
});
