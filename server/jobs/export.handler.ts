/** The export job: builds the packet and keeps the Export node's status in step with it. */
import { isAppError } from '../../common/errors.js';
import { buildPacket, type PacketDeps } from '../../evidence/packet/packet-builder.js';
import type { ExportRepository } from '../../graph/repositories/export.repository.js';
import type { JobHandler } from './job-types.js';

export interface ExportDeps {
  readonly exports: ExportRepository;
  readonly packet: PacketDeps;
}

/** The handler of the `export` job. */
export function buildExportHandler(deps: ExportDeps): JobHandler<'export'> {
  const { exports } = deps;
  return async (data, job) => {
    await exports.update(data.exportId, { status: 'RUNNING' });
    await job.updateProgress({ stage: 'packing' });
    try {
      const bag = await buildPacket(deps.packet, {
        exportId: data.exportId,
        caseId: data.caseId,
        requestedBy: data.requestedBy,
        captureIds: data.captureIds,
      });
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
