/**
 * casegraph's composition root: one place per process (API and worker alike) that builds the
 * repositories, the evidence store, the custody ledger and every service once, from the runtime's
 * long-lived connections. The GraphQL layer and the job handlers are built from what this returns
 * and hand each piece only what it uses; nothing else constructs a repository or a service.
 */
import { ownServiceEndpoints, type ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import { platformCollectors } from '../../collectors/all-collectors.js';
import { createCollectorRegistry, type CollectorRegistry } from '../../collectors/registry.js';
import type { Ed25519Key } from '../../common/ed25519-key.js';
import { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { evidenceKey } from '../../evidence/packet/evidence-key.js';
import { trustedKeysOf, type TrustedKey } from '../../evidence/packet/trusted-keys.js';
import { AnalysisService } from '../analysis/analysis.service.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { AuthService } from '../auth/auth.service.js';
import { UserAdminService } from '../auth/user-admin.service.js';
import { AuthorizationService } from '../gate/authorization.service.js';
import { GateRecordService } from '../gate/gate-record.service.js';
import { custodyDecisionRecorder } from '../linking/link-custody.js';
import { LinkService } from '../linking/link.service.js';
import type { Runtime } from '../runtime.js';
import { CaseService } from '../services/case.service.js';
import { CollectionService } from '../services/collection.service.js';
import { ExportService } from '../services/export.service.js';
import { buildRepositories, type Repositories } from './repositories.js';

/** Everything a casegraph process serves with, built once. */
export interface Services {
  readonly runtime: Runtime;
  readonly repos: Repositories;
  readonly store: EvidenceStore;
  readonly custody: CustodyLedger;
  /** The department's evidence-signing key (packets, custody checkpoints). */
  readonly evidenceKey: Ed25519Key;
  /** The keys packets may be signed with to verify: this installation's and trusted departments'. */
  readonly trustedKeys: readonly TrustedKey[];
  readonly collectors: CollectorRegistry;
  /** casegraph's own HTTP, Redis and Bolt endpoints: no collector request reaches them. */
  readonly forbiddenEndpoints: ForbiddenEndpoints;
  readonly gateRecords: GateRecordService;
  readonly authorizations: AuthorizationService;
  readonly collections: CollectionService;
  readonly exports: ExportService;
  readonly cases: CaseService;
  readonly auth: AuthService;
  readonly userAdmin: UserAdminService;
  readonly links: LinkService;
  readonly analysis: AnalysisService;
  readonly auditTrail: AuditTrail;
}

/** Builds the services of this process over the runtime's connections. */
export function composeServices(runtime: Runtime): Services {
  const { graph, config, gate, queue } = runtime;
  const repos = buildRepositories(graph);
  const signingKey = evidenceKey(config);
  const custody = new CustodyLedger(repos.custody);
  const collectors = createCollectorRegistry(platformCollectors(), config.collectorOptions);
  const gateRecords = new GateRecordService({
    gate: () => gate.current(),
    decisions: repos.decisions,
    authorizations: repos.authorizations,
    signer: gate.signer,
  });
  return {
    runtime,
    repos,
    store: new EvidenceStore(runtime.evidenceDir),
    custody,
    evidenceKey: signingKey,
    trustedKeys: trustedKeysOf(config, signingKey),
    collectors,
    forbiddenEndpoints: ownServiceEndpoints({
      http: { host: config.host, port: config.port },
      redisUrl: runtime.redisUrl,
      boltUri: runtime.embeddedNeo4j?.uri ?? config.neo4j.uri,
    }),
    gateRecords,
    authorizations: new AuthorizationService(repos.authorizations, () => gate.current()),
    collections: new CollectionService(gateRecords, repos.decisions, queue, collectors),
    exports: new ExportService(gateRecords, repos.exports, queue),
    cases: new CaseService(repos.cases, repos.content, repos.users),
    auth: new AuthService(repos.users),
    userAdmin: new UserAdminService(repos.users),
    links: new LinkService(repos.links, custodyDecisionRecorder(custody)),
    analysis: new AnalysisService(repos.analysis),
    auditTrail: new AuditTrail(repos.audit),
  };
}
