import { AppError } from '../../common/errors.js';
import type { DecisionRow, LinkRepository } from '../../graph/repositories/link.repository.js';
import { corpusStats, evidenceItems, generateCandidates, scorePair } from './candidate-generator.js';
import type { AccountProfile, LinkCandidate } from './linking-types.js';
import { prepareProfile } from './prepared-profile.js';
import { buildProfiles } from './profile-builder.js';

/** Who works a case and which cases they may see (from the case/auth layer). */
export interface AnalystScope {
  readonly userId: string;
  readonly caseId: string;
  /** Every case the analyst may see, including `caseId`. */
  readonly visibleCaseIds: readonly string[];
}

/** A recorded decision, handed to the custody ledger and the audit trail. */
export interface LinkDecisionRecord {
  readonly kind: 'CONFIRMED' | 'REJECTED';
  readonly caseId: string;
  readonly actor: string;
  readonly at: string;
  readonly candidate: LinkCandidate;
  readonly reason: string | null;
}

/**
 * Where a decision is recorded beyond the graph: the LINKED custody event (over the candidate's
 * artifact hashes) and the audit entry. The GraphQL layer supplies the real ledger and audit.
 */
export type LinkDecisionRecorder = (record: LinkDecisionRecord) => Promise<void>;

export const MAX_CANDIDATES = 500;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/** A rejected pair comes back only when its evidence has an item the rejection did not see. */
function hasNewEvidence(candidate: LinkCandidate, rejection: DecisionRow): boolean {
  const seen = new Set(rejection.evidenceItems ?? []);
  return evidenceItems(candidate.features).some((item) => !seen.has(item));
}

/** Suggests, confirms and rejects links between accounts, remembering every decision. */
export class LinkService {
  constructor(
    private readonly links: LinkRepository,
    private readonly recordDecision: LinkDecisionRecorder,
  ) {}

  private async profiles(scope: AnalystScope): Promise<AccountProfile[]> {
    const cases = [...new Set([scope.caseId, ...scope.visibleCaseIds])];
    const [accounts, posts] = await Promise.all([this.links.accounts(cases), this.links.posts(cases)]);
    return buildProfiles(accounts, posts);
  }

  /** Candidate links involving the case's accounts, minus confirmed pairs and still-valid rejections. */
  async candidates(scope: AnalystScope, limit = 50): Promise<LinkCandidate[]> {
    if (limit < 1 || limit > MAX_CANDIDATES) {
      throw new AppError('LIMIT_EXCEEDED', `limit must be between 1 and ${MAX_CANDIDATES}`);
    }
    const profiles = await this.profiles(scope);
    const focus = new Set(profiles.filter((p) => p.caseIds.includes(scope.caseId)).map((p) => p.key));
    const { candidates } = generateCandidates(profiles, { focus });
    const decided = new Map<string, DecisionRow[]>();
    const involved = [...new Set(candidates.flatMap((c) => [c.a, c.b]))];
    for (const d of await this.links.decisions(involved)) {
      const k = pairKey(d.a, d.b);
      decided.set(k, [...(decided.get(k) ?? []), d]);
    }
    return candidates
      .filter((c) => {
        const rows = decided.get(pairKey(c.a, c.b)) ?? [];
        if (rows.some((r) => r.kind === 'SAME_OPERATOR')) return false;
        return rows.every((r) => hasNewEvidence(c, r));
      })
      .slice(0, limit);
  }

  /** The pair as it scores now, over everything the analyst may see. */
  private async currentPair(scope: AnalystScope, a: string, b: string): Promise<LinkCandidate> {
    if (a === b) throw new AppError('BAD_USER_INPUT', 'an account cannot be linked to itself');
    const profiles = await this.profiles(scope);
    const x = profiles.find((p) => p.key === a);
    const y = profiles.find((p) => p.key === b);
    if (!x || !y) throw new AppError('NOT_FOUND', 'both accounts must belong to cases you may see');
    if (!x.caseIds.includes(scope.caseId) && !y.caseIds.includes(scope.caseId)) {
      throw new AppError('BAD_USER_INPUT', `neither account belongs to case ${scope.caseId}`);
    }
    return scorePair(prepareProfile(x), prepareProfile(y), corpusStats(profiles.map(prepareProfile)));
  }

  private async decide(
    kind: LinkDecisionRecord['kind'],
    scope: AnalystScope,
    pair: { a: string; b: string; reason?: string | null },
  ): Promise<LinkDecisionRecord> {
    const candidate = await this.currentPair(scope, pair.a, pair.b);
    const at = new Date().toISOString();
    const reason = pair.reason ?? null;
    await this.links.saveDecisions(kind === 'CONFIRMED' ? 'SAME_OPERATOR' : 'REJECTED_LINK', [
      {
        a: candidate.a,
        b: candidate.b,
        score: candidate.score,
        featuresJson: JSON.stringify(candidate.features),
        fingerprint: candidate.fingerprint,
        evidenceItems: evidenceItems(candidate.features),
        decidedBy: scope.userId,
        decidedAt: at,
        caseId: scope.caseId,
        reason,
      },
    ]);
    const record: LinkDecisionRecord = {
      kind,
      caseId: scope.caseId,
      actor: scope.userId,
      at,
      candidate,
      reason,
    };
    await this.recordDecision(record);
    return record;
  }

  /** Confirms that one operator runs both accounts: a SAME_OPERATOR relationship, with the analyst's reason. */
  async confirm(scope: AnalystScope, a: string, b: string, reason?: string): Promise<LinkDecisionRecord> {
    return this.decide('CONFIRMED', scope, { a, b, reason: reason ?? null });
  }

  /** Rejects the pair; it stays out of suggestions until new evidence appears. */
  async reject(scope: AnalystScope, a: string, b: string, reason?: string): Promise<LinkDecisionRecord> {
    return this.decide('REJECTED', scope, { a, b, reason: reason ?? null });
  }
}
