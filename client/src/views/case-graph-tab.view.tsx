import { Link } from 'react-router';
import { paths } from '../paths';
import type { CaseDetail } from './case.view';
import { GraphPanel } from './graph-panel.view';

/** The graph tab: the case graph with the selected node's details, and the case's persons and accounts. */
export function CaseGraphTab({
  detail,
  selected,
  onSelect,
  onOpenCapture,
}: {
  detail: CaseDetail;
  selected: string | null;
  onSelect: (ref: string) => void;
  onOpenCapture: (captureId: string) => void;
}) {
  return (
    <div className="case-layout">
      <GraphPanel
        caseId={detail.id}
        graph={detail.graph}
        selected={selected}
        onSelect={onSelect}
        onOpenCapture={onOpenCapture}
      />
      <div>
        <h2>Persons</h2>
        <ul>
          {detail.persons.map((p) => (
            <li key={p.ref}>
              <Link to={paths.node(detail.id, p.ref)}>{p.name}</Link> ({p.role.toLowerCase()})
            </li>
          ))}
        </ul>
        {detail.persons.length === 0 && <p>No persons yet.</p>}
        <h2>Accounts</h2>
        <ul>
          {detail.accounts.map((a) => (
            <li key={a.ref}>
              <Link to={paths.node(detail.id, a.ref)}>
                {a.platform}: {a.handle ?? a.displayName ?? a.ref}
              </Link>
            </li>
          ))}
        </ul>
        {detail.accounts.length === 0 && <p>No accounts yet.</p>}
      </div>
    </div>
  );
}
