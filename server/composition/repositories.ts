/**
 * Every repository of the case graph, built once per process over one Neo4j client. Only the
 * composition root calls this; services and handlers receive just the repositories they use.
 */
import type { GraphClient } from '../../graph/graph-client.js';
import { HistoryRepository } from '../../graph/changes/history.repository.js';
import { CaptureIngestRepository } from '../../graph/ingest/capture-ingest.repository.js';
import { AnalysisRepository } from '../../graph/repositories/analysis.repository.js';
import { ArtifactCaptureRepository } from '../../graph/repositories/artifact-capture.repository.js';
import { AuditRepository } from '../../graph/repositories/audit.repository.js';
import { AuthorizationRepository } from '../../graph/repositories/authorization.repository.js';
import { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import { CaseContentRepository } from '../../graph/repositories/case-content.repository.js';
import { CaseRepository } from '../../graph/repositories/case.repository.js';
import { CustodyRepository } from '../../graph/repositories/custody.repository.js';
import { CaptureOutcomeRepository } from '../../graph/repositories/capture-outcome.repository.js';
import { ExportRepository } from '../../graph/repositories/export.repository.js';
import { GateDecisionRepository } from '../../graph/repositories/gate-decision.repository.js';
import { LinkRepository } from '../../graph/repositories/link.repository.js';
import { PersonRepository } from '../../graph/repositories/person.repository.js';
import { PacketSourceRepository } from '../../graph/repositories/packet-source.repository.js';
import { PostSearchRepository } from '../../graph/repositories/post-search.repository.js';
import { LifecycleCaseRepository } from '../../graph/repositories/lifecycle-case.repository.js';
import { LegalHoldRepository } from '../../graph/repositories/lifecycle-hold.repository.js';
import { PreservationLetterRepository } from '../../graph/repositories/lifecycle-letter.repository.js';
import { LifecycleRepository } from '../../graph/repositories/lifecycle.repository.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { WatchRepository } from '../../graph/repositories/watch.repository.js';

export interface Repositories {
  readonly analysis: AnalysisRepository;
  readonly artifactCaptures: ArtifactCaptureRepository;
  readonly audit: AuditRepository;
  readonly authorizations: AuthorizationRepository;
  readonly caseAccess: CaseAccessRepository;
  readonly cases: CaseRepository;
  readonly content: CaseContentRepository;
  readonly custody: CustodyRepository;
  readonly decisions: GateDecisionRepository;
  readonly exports: ExportRepository;
  readonly ingest: CaptureIngestRepository;
  readonly history: HistoryRepository;
  readonly captureOutcomes: CaptureOutcomeRepository;
  readonly links: LinkRepository;
  readonly packetSource: PacketSourceRepository;
  readonly persons: PersonRepository;
  readonly postSearch: PostSearchRepository;
  readonly users: UserRepository;
  readonly lifecycle: LifecycleRepository;
  readonly holds: LegalHoldRepository;
  readonly caseStatus: LifecycleCaseRepository;
  readonly letters: PreservationLetterRepository;
  readonly watches: WatchRepository;
}

/** The repositories over `graph`. */
export function buildRepositories(graph: GraphClient): Repositories {
  return {
    analysis: new AnalysisRepository(graph),
    artifactCaptures: new ArtifactCaptureRepository(graph),
    audit: new AuditRepository(graph),
    authorizations: new AuthorizationRepository(graph),
    caseAccess: new CaseAccessRepository(graph),
    cases: new CaseRepository(graph),
    content: new CaseContentRepository(graph),
    custody: new CustodyRepository(graph),
    decisions: new GateDecisionRepository(graph),
    exports: new ExportRepository(graph),
    ingest: new CaptureIngestRepository(graph),
    history: new HistoryRepository(graph),
    captureOutcomes: new CaptureOutcomeRepository(graph),
    links: new LinkRepository(graph),
    packetSource: new PacketSourceRepository(graph),
    persons: new PersonRepository(graph),
    postSearch: new PostSearchRepository(graph),
    users: new UserRepository(graph),
    lifecycle: new LifecycleRepository(graph),
    holds: new LegalHoldRepository(graph),
    caseStatus: new LifecycleCaseRepository(graph),
    letters: new PreservationLetterRepository(graph),
    watches: new WatchRepository(graph),
  };
}
