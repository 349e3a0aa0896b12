/**
 * Every repository of the case graph, built once per process over one Neo4j client. Only the
 * composition root calls this; services and handlers receive just the repositories they use.
 */
import type { GraphClient } from '../../graph/graph-client.js';
import { CaptureIngestRepository } from '../../graph/ingest/capture-ingest.repository.js';
import { AnalysisRepository } from '../../graph/repositories/analysis.repository.js';
import { AuditRepository } from '../../graph/repositories/audit.repository.js';
import { AuthorizationRepository } from '../../graph/repositories/authorization.repository.js';
import { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import { CaseContentRepository } from '../../graph/repositories/case-content.repository.js';
import { CaseRepository } from '../../graph/repositories/case.repository.js';
import { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import { ExportRepository } from '../../graph/repositories/export.repository.js';
import { GateDecisionRepository } from '../../graph/repositories/gate-decision.repository.js';
import { LinkRepository } from '../../graph/repositories/link.repository.js';
import { PacketSourceRepository } from '../../graph/repositories/packet-source.repository.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';

export interface Repositories {
  readonly analysis: AnalysisRepository;
  readonly audit: AuditRepository;
  readonly authorizations: AuthorizationRepository;
  readonly caseAccess: CaseAccessRepository;
  readonly cases: CaseRepository;
  readonly content: CaseContentRepository;
  readonly custody: CustodyRepository;
  readonly decisions: GateDecisionRepository;
  readonly exports: ExportRepository;
  readonly ingest: CaptureIngestRepository;
  readonly links: LinkRepository;
  readonly packetSource: PacketSourceRepository;
  readonly users: UserRepository;
}

/** The repositories over `graph`. */
export function buildRepositories(graph: GraphClient): Repositories {
  return {
    analysis: new AnalysisRepository(graph),
    audit: new AuditRepository(graph),
    authorizations: new AuthorizationRepository(graph),
    caseAccess: new CaseAccessRepository(graph),
    cases: new CaseRepository(graph),
    content: new CaseContentRepository(graph),
    custody: new CustodyRepository(graph),
    decisions: new GateDecisionRepository(graph),
    exports: new ExportRepository(graph),
    ingest: new CaptureIngestRepository(graph),
    links: new LinkRepository(graph),
    packetSource: new PacketSourceRepository(graph),
    users: new UserRepository(graph),
  };
}
