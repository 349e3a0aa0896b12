/**
 * Graph analysis for analysts: paths, neighbourhoods, communities, central accounts and the spread
 * of a media file, all inside one case and all bounded, so no question loads an unbounded graph.
 */
import { AppError } from '../../common/errors.js';
import type {
  AnalysisRepository,
  GraphEdgeRow,
  GraphNodeRow,
  SpreadRow,
} from '../../graph/repositories/analysis.repository.js';
import {
  centralAccounts,
  communities,
  interactionGraph,
  type CentralAccount,
  type CommunityResult,
} from './interaction-graph.js';
import { parseNodeRef } from './node-ref.js';

/** The bounds every analysis respects; the GraphQL layer may lower them, never raise them. */
export const ANALYSIS_LIMITS = {
  maxHops: 12,
  maxNeighbourhoodHops: 3,
  maxNeighbourhoodNodes: 2_000,
  /** Interaction edges loaded for communities and centrality. */
  maxEdges: 50_000,
  maxCentral: 200,
} as const;

export interface PathResult {
  readonly length: number;
  readonly nodes: readonly GraphNodeRow[];
  readonly edges: readonly GraphEdgeRow[];
}

function bounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError('LIMIT_EXCEEDED', `${name} must be an integer between ${min} and ${max}`);
  }
  return value;
}

/** Answers analysts' structural questions about one case. */
export class AnalysisService {
  constructor(private readonly repo: AnalysisRepository) {}

  private async node(caseId: string, ref: string) {
    const parsed = parseNodeRef(ref);
    // Not in the case and not existing look the same: the case boundary must not leak.
    if (!(await this.repo.inCase(caseId, parsed)))
      throw new AppError('NOT_FOUND', `${ref} is not in this case`);
    return parsed;
  }

  /** A node's facts and the captures behind them. */
  async nodeDetail(caseId: string, ref: string) {
    // The read itself checks membership, so no separate inCase round trip is needed.
    const detail = await this.repo.detail(caseId, parseNodeRef(ref));
    if (!detail) throw new AppError('NOT_FOUND', `${ref} is not in this case`);
    return { ref, propertiesJson: JSON.stringify(detail.properties, null, 2), ...detail };
  }

  /** The shortest path between two nodes of the case, or null when none is within `maxHops`. */
  async shortestPath(
    caseId: string,
    from: string,
    to: string,
    options: { maxHops?: number; includeTopics?: boolean } = {},
  ): Promise<PathResult | null> {
    const maxHops = bounded('maxHops', options.maxHops ?? 8, 1, ANALYSIS_LIMITS.maxHops);
    const [s, t] = [await this.node(caseId, from), await this.node(caseId, to)];
    if (from === to) throw new AppError('BAD_USER_INPUT', 'a path needs two different nodes');
    const path = await this.repo.shortestPath(caseId, s, t, maxHops, options.includeTopics ?? false);
    return path ? { length: path.edges.length, ...path } : null;
  }

  /** Everything within `hops` of a node; LIMIT_EXCEEDED rather than a silently cut answer. */
  async neighbourhood(caseId: string, ref: string, hops = 1, maxNodes = 200) {
    bounded('hops', hops, 1, ANALYSIS_LIMITS.maxNeighbourhoodHops);
    bounded('maxNodes', maxNodes, 1, ANALYSIS_LIMITS.maxNeighbourhoodNodes);
    const start = await this.node(caseId, ref);
    // Each new node arrives over at least one relationship, so maxNodes × 4 rows is ample.
    const result = await this.repo.neighbourhood(caseId, start, hops, maxNodes * 4);
    if (result.truncated || result.nodes.length > maxNodes) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `the ${hops}-hop neighbourhood of ${ref} has more than ${maxNodes} nodes; ask for fewer hops`,
      );
    }
    return { nodes: result.nodes, edges: result.edges };
  }

  private async graph(caseId: string, maxEdges: number) {
    bounded('maxEdges', maxEdges, 1, ANALYSIS_LIMITS.maxEdges);
    const rows = await this.repo.interactions(caseId, maxEdges + 1);
    if (rows.length > maxEdges) {
      throw new AppError(
        'LIMIT_EXCEEDED',
        `case ${caseId} has more than ${maxEdges} interaction edges; analyse a narrower case`,
      );
    }
    return interactionGraph(rows);
  }

  /** Communities of the case's interaction graph (Louvain). */
  async communities(caseId: string, maxEdges: number = ANALYSIS_LIMITS.maxEdges): Promise<CommunityResult> {
    return communities(await this.graph(caseId, maxEdges));
  }

  /** The most central accounts of the case (betweenness, then degree). */
  async centralAccounts(
    caseId: string,
    limit = 20,
    maxEdges: number = ANALYSIS_LIMITS.maxEdges,
  ): Promise<CentralAccount[]> {
    bounded('limit', limit, 1, ANALYSIS_LIMITS.maxCentral);
    return centralAccounts(await this.graph(caseId, maxEdges), limit);
  }

  /** Who posted the media file, first to last, and who reposted those posts. */
  async mediaSpread(caseId: string, sha256: string): Promise<SpreadRow[]> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('BAD_USER_INPUT', 'sha256 must be 64 hex digits');
    await this.node(caseId, `media:${sha256}`);
    const rows = await this.repo.mediaSpread(caseId, sha256);
    // A post that both carries the file and reposts an upload is reported once, as an upload.
    const uploads = new Set(rows.filter((r) => r.kind === 'UPLOAD').map((r) => r.post));
    const seen = new Set<string>();
    return rows.filter((r) => {
      const key = `${r.post}|${r.kind}`;
      if ((r.kind === 'REPOST' && uploads.has(r.post)) || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
