/**
 * `casegraph fsck [--json]`: checks that the evidence store, the case graph and the custody ledger
 * agree (consistency-check.ts) and prints what it found. It reads the running installation's
 * Neo4j (NEO4J_URI and NEO4J_PASSWORD, as a worker is given them) and its evidence directory, and
 * changes nothing. Exit status: 0 consistent (orphans alone are reported, not failed), 1 not
 * consistent, 64 wrong arguments, 78 bad configuration, 70 Neo4j did not answer.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../common/config.js';
import { isAppError } from '../../common/errors.js';
import { ExitCode } from '../../common/exit-codes.js';
import { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { GraphClient } from '../../graph/graph-client.js';
import { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import { FsckRepository } from '../../graph/repositories/fsck.repository.js';
import { checkConsistency, consistent, describeReport } from './consistency-check.js';

export const FSCK_USAGE = `usage: casegraph fsck [--json]

Checks that the evidence store, the case graph and the custody ledger agree: stored objects no
capture names (orphans), artifacts missing from the store, captures without their CAPTURED custody
event or with two, custody naming other artifacts than the capture, requests captured twice, and
every case's custody chain. Needs NEO4J_URI and NEO4J_PASSWORD; reads <data dir>/evidence.
`;

function fail(message: string, code: ExitCode): ExitCode {
  process.stderr.write(`casegraph fsck: ${message}\n`);
  return code;
}

/** Runs the check; returns the exit status. */
export async function runFsck(argv: string[]): Promise<ExitCode> {
  let json: boolean;
  try {
    const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } } });
    json = Boolean(values.json);
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${FSCK_USAGE}`, ExitCode.Usage);
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!isAppError(error)) throw error;
    return fail(error.message, ExitCode.ConfigInvalid);
  }
  const { uri, user, password, database } = config.neo4j;
  if (!uri || !password) {
    return fail(
      'set NEO4J_URI and NEO4J_PASSWORD to the Neo4j of the installation to check',
      ExitCode.ConfigInvalid,
    );
  }
  const graph = GraphClient.connect({ uri, user, password, database });
  try {
    await graph.waitUntilReady(15_000);
    const custody = new CustodyLedger(new CustodyRepository(graph));
    const store = new EvidenceStore(path.join(config.dataDir, 'evidence'));
    const report = await checkConsistency(store, new FsckRepository(graph), (id) => custody.list(id));
    process.stdout.write(`${json ? JSON.stringify(report, null, 2) : describeReport(report)}\n`);
    return consistent(report) ? ExitCode.Ok : ExitCode.Failed;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return fail(error.message, ExitCode.ServiceFailed);
  } finally {
    await graph.close();
  }
}
