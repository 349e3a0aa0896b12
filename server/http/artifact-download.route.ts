/**
 * GET /cases/:caseId/artifacts/:sha256: one stored file of a case, for a user who may read the case.
 * Captured pages must never run in casegraph's origin: only images are sent inline; everything else
 * (HTML, WARC, JSON) as an attachment, and every answer carries a sandboxing CSP. Each download is a
 * VIEWED event on the case's custody chain.
 */
import type { Express } from 'express';
import type { CustodyRecorder } from '../../common/custody-types.js';
import type { EvidenceStore } from '../../evidence/evidence-store.js';
import type { PacketSourceRepository } from '../../graph/repositories/packet-source.repository.js';
import { requireCaseAccess } from '../auth/case-access.js';
import { auditRoute } from './http-audit.js';
import { sendEvidenceError, type EvidenceRouteDeps } from './http-errors.js';

const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export interface ArtifactDownloadDeps extends EvidenceRouteDeps {
  readonly store: EvidenceStore;
  readonly source: PacketSourceRepository;
  /** Each download is a VIEWED event. */
  readonly custody: CustodyRecorder;
}

export function mountArtifactDownload(app: Express, deps: ArtifactDownloadDeps): void {
  const { store, source, custody, caseAccess } = deps;
  app.get('/cases/:caseId/artifacts/:sha256', async (req, res) => {
    try {
      const caseId = String(req.params.caseId);
      const sha256 = String(req.params.sha256).toLowerCase();
      const user = await requireCaseAccess({ user: await deps.userOf(req), caseAccess }, caseId, 'read');
      const artifact = /^[0-9a-f]{64}$/.test(sha256)
        ? await source.artifactOfCase(caseId, sha256)
        : undefined;
      if (!artifact || !store.has(sha256)) {
        res.status(404).json({ error: 'not found' });
        return;
      }
      await custody.append({
        caseId,
        type: 'VIEWED',
        actorId: user.id,
        artifactHashes: [sha256],
        details: { download: artifact.name },
      });
      await auditRoute(deps.audit, req, user, {
        action: 'GET artifact',
        outcome: 'DONE',
        caseId,
        subjectType: 'Artifact',
        subjectId: sha256,
      });
      const inline = INLINE.has(artifact.mediaType ?? '');
      res.setHeader('Content-Type', inline ? artifact.mediaType! : 'application/octet-stream');
      res.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${artifact.name.replace(/[^\w.-]/g, '_')}"`,
      );
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Digest', `sha-256=${Buffer.from(sha256, 'hex').toString('base64')}`);
      store.open(sha256).pipe(res);
    } catch (error) {
      sendEvidenceError(res, error);
    }
  });
}
