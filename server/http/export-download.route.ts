/**
 * GET /exports/:id/packet.zip: the packet, for a signed-in user who may export its case. Anyone
 * else gets 404, as if the export did not exist.
 */
import fs from 'node:fs';
import type { Express } from 'express';
import { logger } from '../../common/logger.js';
import { packetPath } from '../../evidence/packet/packet-builder.js';
import type { ExportRepository } from '../../graph/repositories/export.repository.js';
import { requireCaseAccess } from '../auth/case-access.js';
import { auditRoute } from './http-audit.js';
import { sendEvidenceError, type EvidenceRouteDeps } from './http-errors.js';

const log = logger('export');

export interface ExportDownloadDeps extends EvidenceRouteDeps {
  readonly exports: ExportRepository;
  /** Where packets are kept (see packetPath). */
  readonly dataDir: string;
}

/** Mounts the download route. */
export function mountExportDownload(app: Express, deps: ExportDownloadDeps): void {
  const { exports, caseAccess } = deps;
  app.get('/exports/:id/packet.zip', async (req, res) => {
    try {
      const record = await exports.byId(String(req.params.id));
      const user = await requireCaseAccess(
        { user: await deps.userOf(req), caseAccess },
        record.caseId,
        'export',
      );
      const file = packetPath(deps.dataDir, record.id);
      if (record.status !== 'DONE' || !fs.existsSync(file)) {
        res.status(409).json({ error: `export ${record.id} is ${record.status.toLowerCase()}` });
        return;
      }
      log.info({ exportId: record.id, user: user.username }, 'packet downloaded');
      await auditRoute(deps.audit, req, user, {
        action: 'GET packet',
        outcome: 'DONE',
        caseId: record.caseId,
        subjectType: 'Export',
        subjectId: record.id,
      });
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', `attachment; filename="${record.id}.zip"`);
      if (record.sha256)
        res.setHeader('Digest', `sha-256=${Buffer.from(record.sha256, 'hex').toString('base64')}`);
      fs.createReadStream(file).pipe(res);
    } catch (error) {
      sendEvidenceError(res, error);
    }
  });
}
