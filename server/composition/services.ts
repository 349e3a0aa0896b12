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
import { HistoryService } from '../history/history.service.js';
import { PostSearchService } from '../search/post-search.service.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { AuthService } from '../auth/auth.service.js';
import { UserAdminService } from '../auth/user-admin.service.js';
import { AuthorizationService } from '../gate/authorization.service.js';
import { GateRecordService } from '../gate/gate-record.service.js';
import { custodyDecisionRecorder } from '../linking/link-custody.js';
import { composeLifecycle, type LifecycleServices } from '../lifecycle/lifecycle-services.js';
import { LinkService } from '../linking/link.service.js';
import type { Runtime } from '../runtime.js';
import { CaseService } from '../services/case.service.js';
import { CollectionService } from '../services/collection.service.js';
import { ExportService } from '../services/export.service.js';
import { PersonService } from '../services/person.service.js';
import { composeWatches, type Watches } from '../watches/compose-watches.js';
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
  readonly persons: PersonService;
  readonly auth: AuthService;
  readonly userAdmin: UserAdminService;
  readonly links: LinkService;
  readonly analysis: AnalysisService;
  /** Versions of accounts and posts in a case, and its changes feed. */
  readonly history: HistoryService;
  readonly postSearch: PostSearchService;
  readonly auditTrail: AuditTrail;
  /** Review and purge, legal holds, case status (server/lifecycle/). */
  readonly lifecycle: LifecycleServices;
  /** Watches: the service the API calls, and the runner of their scheduled runs. */
  readonly watches: Watches;
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
  const store = new EvidenceStore(runtime.evidenceDir);
  const collections = new CollectionService(gateRecords, repos.decisions, queue, collectors);
  const auditTrail = new AuditTrail(repos.audit);
  return {
    runtime,
    repos,
    store,
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
    collections,
    exports: new ExportService(gateRecords, repos.exports, queue),
    cases: new CaseService(repos.cases, repos.content, repos.users),
    persons: new PersonService(repos.persons, custody),
    auth: new AuthService(repos.users),
    userAdmin: new UserAdminService(repos.users),
    links: new LinkService(repos.links, custodyDecisionRecorder(custody)),
    analysis: new AnalysisService(repos.analysis),
    history: new HistoryService(repos.history),
    postSearch: new PostSearchService(repos.postSearch),
    auditTrail,
    lifecycle: composeLifecycle({ repos, custody, store, gateRecords, department: config.organization.name }),
    watches: composeWatches({
      config,
      queue: queue.raw,
      watches: repos.watches,
      collections,
      audit: auditTrail,
      maxDays: () => gate.current().policy.document.authorizationMaxDays,
    }),
  };
}
