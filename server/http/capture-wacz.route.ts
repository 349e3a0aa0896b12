/**
 * GET /cases/:caseId/captures/:captureId/capture.wacz: one capture's WARC as a signed WACZ 1.1.1,
 * for a user who may read the case (any other case answers 404, as if it did not exist). Made on
 * request from the stored WARC, never kept (it would be a second copy of it), sent as an
 * attachment under a sandboxing CSP, and recorded as a VIEWED event naming the WARC.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import type { CustodyRecorder } from '../../common/custody-types.js';
import { casegraphVersion } from '../../common/paths.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import { waczKey } from '../../evidence/wacz/wacz-key.js';
import { writeWacz } from '../../evidence/wacz/wacz-writer.js';
import type { PacketSourceRepository } from '../../graph/repositories/packet-source.repository.js';
import { requireCaseAccess } from '../auth/case-access.js';
import { auditRoute } from './http-audit.js';
import { sendEvidenceError, type EvidenceRouteDeps } from './http-errors.js';

export interface CaptureWaczDeps extends EvidenceRouteDeps {
  readonly store: EvidenceStore;
  readonly source: PacketSourceRepository;
  readonly custody: CustodyRecorder;
  readonly dataDir: string;
}

export function mountCaptureWacz(app: Express, deps: CaptureWaczDeps): void {
  const { store, source, custody, caseAccess } = deps;
  app.get('/cases/:caseId/captures/:captureId/capture.wacz', async (req, res) => {
    const file = path.join(deps.dataDir, 'tmp', `wacz-${crypto.randomUUID()}.wacz`);
    try {
      const caseId = String(req.params.caseId);
      const captureId = String(req.params.captureId);
      const user = await requireCaseAccess({ user: await deps.userOf(req), caseAccess }, caseId, 'read');
      const [capture] = await source.captures(caseId, [captureId]);
      const warc = capture?.artifacts.find((a) => a.kind === 'WARC');
      if (!capture || !warc || !store.has(warc.sha256)) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeWacz(
        {
          warcs: [{ filename: `${capture.id}.warc.gz`, open: () => store.open(warc.sha256), ...warc }],
          title: `Capture ${capture.id}`,
          description: `The WARC of capture ${capture.id}, as collected.`,
          software: { name: 'casegraph', version: casegraphVersion() },
          key: waczKey({ dataDir: deps.dataDir }),
        },
        file,
      );
      await custody.append({
        caseId,
        type: 'VIEWED',
        actorId: user.id,
        artifactHashes: [warc.sha256],
        details: { download: 'capture.wacz', captureId },
      });
      await auditRoute(deps.audit, req, user, {
        action: 'GET capture WACZ',
        outcome: 'DONE',
        caseId,
        subjectType: 'Capture',
        subjectId: captureId,
      });
      res.setHeader('Content-Type', 'application/octet-stream');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${capture.id.replace(/[^\w.-]/g, '_')}.wacz"`,
      );
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Length', String(fs.statSync(file).size));
      const stream = fs.createReadStream(file);
      stream.on('close', () => void fs.promises.rm(file, { force: true }));
      stream.pipe(res);
    } catch (error) {
      await fs.promises.rm(file, { force: true });
      sendEvidenceError(res, error);
    }
  });
}
