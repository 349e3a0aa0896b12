/** The export job: builds the packet and keeps the Export node's status in step with it. */
import { isAppError } from '../../common/errors.js';
import { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { evidenceKey } from '../../evidence/packet/evidence-key.js';
import { buildPacket } from '../../evidence/packet/packet-builder.js';
import { ExportRepository } from '../../graph/repositories/export.repository.js';
import type { JobHandler } from '../jobs/job-types.js';
import type { Runtime } from '../runtime.js';

/** The handler of the `export` job. */
export function buildExportHandler(runtime: Runtime): JobHandler<'export'> {
  const exports = new ExportRepository(runtime.graph);
  return async (data, job) => {
    await exports.update(data.exportId, { status: 'RUNNING' });
    await job.updateProgress({ stage: 'packing' });
    try {
      const bag = await buildPacket(
        {
          graph: runtime.graph,
          store: new EvidenceStore(runtime.evidenceDir),
          custody: new CustodyLedger(runtime.graph),
          config: runtime.config,
          key: evidenceKey(runtime.config),
        },
        {
          exportId: data.exportId,
          caseId: data.caseId,
          requestedBy: data.requestedBy,
          captureIds: data.captureIds,
        },
      );
      await exports.update(data.exportId, {
        status: 'DONE',
        sha256: bag.sha256,
        size: bag.size,
        finishedAt: new Date().toISOString(),
      });
      return { sha256: bag.sha256, size: bag.size };
    } catch (error) {
      await exports.update(data.exportId, {
        status: 'FAILED',
        error: isAppError(error) ? `${error.code}: ${error.message}` : 'the packet could not be built',
        finishedAt: new Date().toISOString(),
      });
      throw error;
    }
  };
}
