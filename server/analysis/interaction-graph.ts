/**
 * The interaction graph of a case in memory (graphology): accounts as nodes, one undirected edge
 * per interacting pair weighted by how often they interacted. Communities (Louvain) and
 * centrality (degree, betweenness) are computed here, away from Neo4j, over a bounded edge list.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { InteractionRow } from '../../graph/repositories/analysis.repository.js';

// Both packages are CommonJS (`module.exports = fn`): the default import is the function itself,
// while their type declarations describe it as `.default`.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

type Graph = UndirectedGraph<{ label: string | null }, { weight: number }>;

export interface Community {
  readonly id: number;
  readonly members: readonly { ref: string; label: string | null }[];
}

export interface CommunityResult {
  readonly modularity: number;
  readonly accounts: number;
  readonly edges: number;
  readonly communities: readonly Community[];
}

export interface CentralAccount {
  readonly ref: string;
  readonly label: string | null;
  /** Distinct accounts it interacted with. */
  readonly degree: number;
  /** Share of shortest paths between other accounts that pass through it (normalized). */
  readonly betweenness: number;
}

/** Builds the undirected, weighted account graph from interaction rows. */
export function interactionGraph(rows: readonly InteractionRow[]): Graph {
  const graph: Graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const row of rows) {
    if (row.a === row.b) continue;
    graph.mergeNode(row.a, { label: row.aLabel });
    graph.mergeNode(row.b, { label: row.bLabel });
    const weight = graph.hasEdge(row.a, row.b) ? graph.getEdgeAttribute(row.a, row.b, 'weight') : 0;
    graph.mergeEdge(row.a, row.b, { weight: weight + row.weight });
  }
  return graph;
}

/** A seeded generator so the same graph always gives the same communities (a court re-runs it). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Louvain communities, largest first; members sorted, so the output is reproducible. */
export function communities(graph: Graph): CommunityResult {
  if (graph.order === 0) return { modularity: 0, accounts: 0, edges: 0, communities: [] };
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seeded(1) });
  const groups = new Map<number, string[]>();
  for (const [node, id] of Object.entries(detailed.communities)) {
    groups.set(id, [...(groups.get(id) ?? []), node]);
  }
  const list = [...groups.values()]
    .map((members) => members.sort())
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!))
    .map((members, id) => ({
      id,
      members: members.map((ref) => ({ ref, label: graph.getNodeAttribute(ref, 'label') as string | null })),
    }));
  return { modularity: detailed.modularity, accounts: graph.order, edges: graph.size, communities: list };
}

/**
 * Accounts ranked by betweenness (who sits between groups), then degree. Betweenness counts hops,
 * not weights: one reply is enough to carry word between two crews.
 */
export function centralAccounts(graph: Graph, limit: number): CentralAccount[] {
  if (graph.order === 0) return [];
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  return graph
    .nodes()
    .map((ref) => ({
      ref,
      label: graph.getNodeAttribute(ref, 'label'),
      degree: graph.degree(ref),
      betweenness: Math.round((betweenness[ref] ?? 0) * 1e6) / 1e6,
    }))
    .sort((x, y) => y.betweenness - x.betweenness || y.degree - x.degree || x.ref.localeCompare(y.ref))
    .slice(0, limit);
}
