import type { InteractionRow } from '../../graph/repositories/analysis.repository.js';
import { centralAccounts, communities, interactionGraph } from '../../server/analysis/interaction-graph.js';
import { parseNodeRef } from '../../server/analysis/node-ref.js';

const row = (a: string, b: string, weight = 1): InteractionRow => ({
  a,
  b,
  aLabel: a,
  bLabel: b,
  kind: 'MENTION',
  weight,
});

// Two triangles (a, b, c) and (x, y, z) that only reach each other through `hub`.
const rows = [
  row('a', 'b'),
  row('b', 'c'),
  row('c', 'a'),
  row('x', 'y'),
  row('y', 'z'),
  row('z', 'x'),
  row('a', 'hub'),
  row('hub', 'x'),
  row('b', 'a', 2),
];

describe('interaction graph', () => {
  it('merges repeated pairs into one weighted, undirected edge', () => {
    const graph = interactionGraph(rows);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(8);
    expect(graph.getEdgeAttribute('a', 'b', 'weight')).toBe(3);
  });

  it('finds the two triangles as communities, the same way every time', () => {
    const first = communities(interactionGraph(rows));
    const second = communities(interactionGraph(rows));
    expect(second).toEqual(first);
    const of = new Map(first.communities.flatMap((c) => c.members.map((m) => [m.ref, c.id] as const)));
    expect(of.get('a')).toBe(of.get('c'));
    expect(of.get('x')).toBe(of.get('z'));
    expect(of.get('a')).not.toBe(of.get('x'));
  });

  it('ranks the bridge first by betweenness', () => {
    const ranked = centralAccounts(interactionGraph(rows), 3);
    expect(ranked[0]?.ref).toBe('hub');
    expect(ranked[0]?.degree).toBe(2);
    expect(
      ranked
        .slice(1)
        .map((r) => r.ref)
        .sort(),
    ).toEqual(['a', 'x']);
  });

  it('answers an empty graph with nothing', () => {
    expect(communities(interactionGraph([])).communities).toEqual([]);
    expect(centralAccounts(interactionGraph([]), 5)).toEqual([]);
  });
});

describe('node references', () => {
  it('parses kind:key and refuses anything else', () => {
    expect(parseNodeRef('account:mastodon:kp1')).toEqual({ kind: 'account', key: 'mastodon:kp1' });
    expect(parseNodeRef('person:p-1')).toEqual({ kind: 'person', key: 'p-1' });
    for (const bad of ['kp1', 'robot:x', 'account:kp1', 'person:']) {
      expect(() => parseNodeRef(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
