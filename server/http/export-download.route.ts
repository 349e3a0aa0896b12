/**
 * GET /exports/:id/packet.zip: the packet, for a signed-in user who may export its case. Anyone
 * else gets 404, as if the export did not exist.
 */
import fs from 'node:fs';
import type { Express, Request } from 'express';
import { logger } from '../../common/logger.js';
import { packetPath } from '../../evidence/packet/packet-builder.js';
import { ExportRepository } from '../../graph/repositories/export.repository.js';
import { requireCaseAccess } from '../auth/case-access.js';
import type { SessionUser } from '../auth/session-user.js';
import type { Runtime } from '../runtime.js';
import { sendEvidenceError } from './http-errors.js';

const log = logger('export');

/** Mounts the download route; `userOf` resolves the request's session. */
export function mountExportDownload(
  app: Express,
  runtime: Runtime,
  userOf: (req: Request) => Promise<SessionUser | null>,
): void {
  const exports = new ExportRepository(runtime.graph);
  app.get('/exports/:id/packet.zip', async (req, res) => {
    try {
      const record = await exports.byId(String(req.params.id));
      const user = await requireCaseAccess(
        { user: await userOf(req), graph: runtime.graph },
        record.caseId,
        'export',
      );
      const file = packetPath(runtime.config.dataDir, record.id);
      if (record.status !== 'DONE' || !fs.existsSync(file)) {
        res.status(409).json({ error: `export ${record.id} is ${record.status.toLowerCase()}` });
        return;
      }
      log.info({ exportId: record.id, user: user.username }, 'packet downloaded');
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
