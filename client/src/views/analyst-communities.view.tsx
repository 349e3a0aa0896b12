import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { GraphCanvas } from '../components/graph-canvas.component';
import { COMMUNITY_COLOURS } from '../components/graph-kinds';
import { LegendMark } from '../components/graph-legend.component';
import { graphql } from '../gql';
import type { CaseDetail } from './case.view';

const COMMUNITIES = graphql(`
  query Communities($c: ID!) {
    communities(caseId: $c) {
      modularity
      accounts
      edges
      communities {
        id
        members {
          ref
          label
        }
      }
    }
    centralAccounts(caseId: $c, limit: 15) {
      ref
      label
      degree
      betweenness
    }
  }
`);

/** Nodes that belong to no community are drawn pale, so the communities stand out. */
const PALE = '#d1d5db';

/**
 * The case's accounts grouped by whom they interact with (Louvain communities of mentions,
 * replies, reposts and shared media), drawn on the case graph in one colour per community, and
 * the accounts ranked by how many shortest paths between others run through them.
 */
export function AnalystCommunities({
  detail,
  onSelect,
}: {
  detail: CaseDetail;
  onSelect: (ref: string) => void;
}) {
  const query = useQuery({
    queryKey: ['case', detail.id, 'communities'],
    queryFn: () => request(COMMUNITIES, { c: detail.id }),
  });
  const communityOf = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of query.data?.communities.communities ?? [])
      for (const m of c.members) map.set(m.ref, c.id);
    return map;
  }, [query.data]);
  const colours = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of detail.graph.nodes) {
      const community = communityOf.get(node.ref);
      map.set(node.ref, community === undefined ? PALE : colourOf(community));
    }
    return map;
  }, [detail.graph, communityOf]);

  if (query.error) return <ErrorAlert message={query.error.message} />;
  if (!query.data) return <p aria-busy="true">Finding communities…</p>;
  const { communities, centralAccounts } = query.data;
  return (
    <section aria-labelledby="communities-title">
      <h3 id="communities-title">Communities and central accounts</h3>
      <p>
        {communities.communities.length} communities among {communities.accounts} accounts and{' '}
        {communities.edges} interactions (modularity {communities.modularity.toFixed(2)}: above 0.3 the groups
        are clearly apart).
      </p>
      <div className="case-layout">
        <GraphCanvas
          graph={detail.graph}
          onSelect={onSelect}
          colours={colours}
          name="Case graph coloured by community"
        />
        <div>
          <h4>Central accounts</h4>
          <table aria-label="Central accounts">
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col">Account</th>
                <th scope="col">Betweenness</th>
                <th scope="col">Interacts with</th>
              </tr>
            </thead>
            <tbody>
              {centralAccounts.map((a, i) => (
                <tr key={a.ref}>
                  <td>{i + 1}</td>
                  <td>
                    <LegendMark kind="account" colour={colours.get(a.ref) ?? PALE} />{' '}
                    <button type="button" className="link" onClick={() => onSelect(a.ref)}>
                      {a.label ?? a.ref}
                    </button>
                  </td>
                  <td>{a.betweenness.toFixed(3)}</td>
                  <td>{a.degree}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {centralAccounts.length === 0 && <p>No account interacts with another yet.</p>}
          <h4>Communities</h4>
          <ul className="communities">
            {communities.communities.map((c) => (
              <li key={c.id}>
                <LegendMark kind="account" colour={colourOf(c.id)} /> Community {c.id + 1} ({c.members.length}
                ): {c.members.map((m) => m.label ?? m.ref).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

const colourOf = (community: number) => COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]!;
