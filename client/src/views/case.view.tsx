import { useCallback, useEffect, useState } from 'react';
import { formatTime, gql, PURPOSES, type Me } from '../api';
import { GraphCanvas, type DrawnGraph } from '../components/graph-canvas.component';
import { CollectPreview } from './collect-preview.view';

interface CaseDetail {
  id: string;
  number: string;
  title: string;
  purpose: string;
  purposeClause: string;
  status: string;
  createdAt: string;
  assignees: { username: string; role: string }[];
  persons: { ref: string; name: string; role: string }[];
  accounts: { ref: string; platform: string; handle: string | null; displayName: string | null }[];
  captures: {
    id: string;
    platform: string | null;
    targetValue: string | null;
    status: string | null;
    startedAt: string | null;
  }[];
  graph: DrawnGraph;
}

const CASE = `query($id: ID!) {
  case(id: $id) {
    id number title purpose purposeClause status createdAt
    assignees { username role }
    persons { ref name role }
    accounts(first: 200) { ref platform handle displayName }
    captures(first: 50) { id platform targetValue status startedAt }
    graph(maxNodes: 2000) { nodes { ref kind label } edges { from to type } }
  }
}`;

/** One case: who works it, its persons and accounts, its graph, and the collect form. */
export function CaseView({ me, caseId }: { me: Me; caseId: string }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onSelect = useCallback((ref: string) => setSelected(ref), []);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    gql<{ case: CaseDetail }>(CASE, { id: caseId })
      .then((d) => setDetail(d.case))
      .catch((e: Error) => setError(e.message));
  }, [caseId, version]);

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!detail) return <p aria-busy="true">Loading case…</p>;
  const mayCollect = ['DETECTIVE', 'SUPERVISOR'].includes(me.role) && detail.status === 'OPEN';
  const chosen = detail.graph.nodes.find((n) => n.ref === selected);

  return (
    <section aria-labelledby="case-title">
      <h1 id="case-title">
        {detail.number} — {detail.title}
      </h1>
      <p>
        {PURPOSES.find((p) => p.value === detail.purpose)?.label}{' '}
        <span className="clause">{detail.purposeClause}</span> · {detail.status} · opened{' '}
        {formatTime(detail.createdAt)}
      </p>
      <p>Assigned: {detail.assignees.map((a) => `${a.username} (${a.role.toLowerCase()})`).join(', ')}</p>
      <div className="case-layout">
        <div>
          <GraphCanvas graph={detail.graph} onSelect={onSelect} />
          <aside className="card" aria-label="Selected node">
            {chosen ? (
              <>
                <h2>{chosen.label ?? chosen.ref}</h2>
                <p>
                  {chosen.kind} · <code>{chosen.ref}</code>
                </p>
              </>
            ) : (
              <p>Select a node to see its details.</p>
            )}
          </aside>
        </div>
        <div>
          <h2>Persons</h2>
          <ul>
            {detail.persons.map((p) => (
              <li key={p.ref}>
                {p.name} ({p.role.toLowerCase()})
              </li>
            ))}
          </ul>
          <h2>Accounts</h2>
          <ul>
            {detail.accounts.map((a) => (
              <li key={a.ref}>
                {a.platform}: {a.handle ?? a.displayName ?? a.ref}
              </li>
            ))}
          </ul>
          <h2>Captures</h2>
          <ul>
            {detail.captures.map((c) => (
              <li key={c.id}>
                {formatTime(c.startedAt)} · {c.platform} {c.targetValue} · {c.status}
              </li>
            ))}
          </ul>
          {detail.captures.length === 0 && <p>No captures yet.</p>}
        </div>
      </div>
      {mayCollect && <CollectPreview caseId={detail.id} purpose={detail.purpose} onCaptured={reload} />}
    </section>
  );
}
