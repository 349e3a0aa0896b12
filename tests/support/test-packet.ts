/**
 * A real evidence packet for the packet tests: a Mastodon account and a web page captured from
 * the loopback fixture platforms, then exported by an assigned prosecutor through ExportService
 * and the export job, on real Neo4j, Redis and Chromium.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_PAGES } from '../../demo/platforms/web.fixture.js';
import { packetPath } from '../../evidence/packet/packet-builder.js';
import type { Trust } from '../../evidence/packet/packet-verifier.js';
import type { ExportRecord } from '../../graph/repositories/export.repository.js';
import type { SessionUser } from '../../server/auth/session-user.js';
import { startCollectingCasegraph, type CollectingCasegraph } from './collecting-casegraph.js';
import { tempDir } from './services.js';

export interface TestPacket {
  readonly env: CollectingCasegraph;
  readonly prosecutor: SessionUser;
  readonly exportId: string;
  /** The packet zip as the export job wrote it. */
  readonly file: string;
  /** The bag folder, unzipped. */
  readonly bagDir: string;
  /** The keys this installation trusts. */
  readonly trust: Trust;
  /** Starts another export of the case and waits for it to end. */
  exportAgain(reason: string): Promise<ExportRecord>;
}

export const EXPORT_REASON = 'Discovery packet for the preliminary hearing in State v. Doe';

/** Waits for an export job to end, DONE or FAILED. */
async function settled(env: CollectingCasegraph, exportId: string): Promise<ExportRecord> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const record = await env.app.services.repos.exports.byId(exportId);
    if (record.status === 'DONE' || record.status === 'FAILED') return record;
    if (Date.now() > deadline) throw new Error(`export ${exportId} still ${record.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Captures, exports and unzips; `caseNumber` must be unique within the run; `config` adds to it. */
export async function buildTestPacket(
  caseNumber: string,
  config?: Parameters<typeof startCollectingCasegraph>[1],
): Promise<TestPacket> {
  const env = await startCollectingCasegraph(caseNumber, config);
  const api = await env.collect('alice');
  if (api.job.state !== 'completed') throw new Error(`capture failed: ${JSON.stringify(api.job)}`);
  const web = await env.collect('', {
    platform: 'web',
    kind: 'url',
    value: `${env.fixtures.url}${WEB_PAGES.article}`,
    scope: 'ACCOUNT',
    method: 'PUBLIC_WEB',
  });
  if (web.job.state !== 'completed') throw new Error(`web capture failed: ${JSON.stringify(web.job)}`);
  const prosecutor = await env.app.services.userAdmin.create({
    username: `ada-${caseNumber.toLowerCase()}`,
    displayName: 'ADA Jordan Blake',
    role: 'PROSECUTOR',
    rank: 'Assistant District Attorney',
    badge: 'P-3318',
    password: 'Packet-pass-2026',
  });
  await env.detective.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
    c: env.caseId,
    u: prosecutor.id,
  });
  const exportAgain = async (reason: string) => {
    const started = await env.app.services.exports.start(prosecutor, {
      caseId: env.caseId,
      reason,
      captureIds: null,
    });
    return settled(env, started.id);
  };
  const done = await exportAgain(EXPORT_REASON);
  if (done.status !== 'DONE') throw new Error(`export failed: ${done.error}`);
  const file = packetPath(env.app.runtime.config.dataDir, done.id);
  const out = tempDir('packet');
  execFileSync('unzip', ['-q', file, '-d', out]);
  return {
    env,
    prosecutor,
    exportId: done.id,
    file,
    bagDir: path.join(out, fs.readdirSync(out)[0]!),
    trust: { keys: env.app.services.trustedKeys },
    exportAgain,
  };
}
