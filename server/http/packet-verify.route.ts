/**
 * POST /packets/verify: a signed-in user uploads an evidence packet (the zip as the request body)
 * and gets casegraph's verdict, the same checks as `casegraph verify` against the same trusted
 * keys, plus whether the packet was signed with this department's own key. The upload is kept in a private temporary file only while it
 * is checked.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Express, Request } from 'express';
import type { CustodyEvent } from '../../common/custody-types.js';
import { AppError } from '../../common/errors.js';
import { verifyPacket } from '../../evidence/packet/packet-verifier.js';
import type { TrustedKey } from '../../evidence/packet/trusted-keys.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { SessionUser } from '../auth/session-user.js';
import type { Role } from '../auth/roles.js';
import { auditRoute } from './http-audit.js';
import { sendEvidenceError } from './http-errors.js';

/**
 * Who may have casegraph check a packet, and how large a one: the roles that handle packets, with
 * a cap each (prosecutors receive whole cases; larger packets are checked with `casegraph verify`).
 */
export const UPLOAD_CAP_BYTES: Partial<Record<Role, number>> = {
  PROSECUTOR: 4 * 2 ** 30,
  SUPERVISOR: 2 * 2 ** 30,
  DETECTIVE: 1 * 2 ** 30,
};

/** Copies the request body to `file`, refusing more than `max` bytes. */
async function receive(req: Request, file: string, max: number): Promise<void> {
  let received = 0;
  const counter = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      received += chunk.length;
      if (received > max) throw new AppError('LIMIT_EXCEEDED', `a packet of more than ${max} bytes`);
      yield chunk;
    }
  };
  await pipeline(req, counter, fs.createWriteStream(file, { mode: 0o600 }));
}

export interface PacketVerifyDeps {
  readonly userOf: (req: Request) => Promise<SessionUser | null>;
  /** Uploads wait under `<dataDir>/tmp` while they are checked. */
  readonly dataDir: string;
  /** SHA-256 fingerprint of this department's evidence-signing key. */
  readonly departmentKey: string;
  /** The keys a packet may be signed with to be valid: this department's and trusted others'. */
  readonly trustedKeys: readonly TrustedKey[];
  readonly audit: AuditTrail;
  /**
   * The case's custody chain now, for a user who reaches the case (null otherwise), so a packet
   * made before a purge is told which of its files were purged since.
   */
  readonly currentChain: (user: SessionUser, caseId: string) => Promise<readonly CustodyEvent[] | null>;
}

/** The signed-in user and their upload cap; FORBIDDEN for a role that does not handle packets. */
async function uploader(deps: PacketVerifyDeps, req: Request): Promise<{ user: SessionUser; cap: number }> {
  const user = await deps.userOf(req);
  if (!user) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const cap = UPLOAD_CAP_BYTES[user.role];
  if (!cap) throw new AppError('FORBIDDEN', 'only detectives, supervisors and prosecutors check packets');
  const declared = Number(req.get('content-length') ?? 0);
  if (declared > cap)
    throw new AppError('LIMIT_EXCEEDED', `a ${user.role.toLowerCase()} may upload at most ${cap} bytes`);
  return { user, cap };
}

export function mountPacketVerify(app: Express, deps: PacketVerifyDeps): void {
  const ours = deps.departmentKey;
  const dir = path.join(deps.dataDir, 'tmp');
  app.post('/packets/verify', async (req, res) => {
    const file = path.join(dir, `verify-${crypto.randomUUID()}.zip`);
    let user: SessionUser | null = null;
    try {
      const allowed = await uploader(deps, req);
      user = allowed.user;
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      await receive(req, file, allowed.cap);
      const signedIn = user;
      const verdict = await verifyPacket(file, {
        trust: { keys: deps.trustedKeys },
        currentChain: (caseId) => deps.currentChain(signedIn, caseId),
      });
      await auditRoute(deps.audit, req, user, {
        action: 'POST packets/verify',
        outcome: 'DONE',
        caseId: null,
        subjectType: 'Packet',
        subjectId: verdict.keyFingerprint ?? null,
        detail: verdict.valid ? 'VALID' : 'NOT VALID',
      });
      res.json({
        ...verdict,
        signedByThisDepartment: verdict.keyFingerprint === ours,
        departmentKeyFingerprint: ours,
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'LIMIT_EXCEEDED') {
        req.resume();
        res.status(413).json({ error: error.message });
      } else if (error instanceof AppError && error.code === 'FORBIDDEN') {
        req.resume();
        res.status(403).json({ error: error.message });
      } else sendEvidenceError(res, error);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
}
