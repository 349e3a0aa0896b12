import { useCallback, useEffect, useState } from 'react';
import { formatTime, request, type Me } from '../api';
import { graphql } from '../gql';
import type { CaseDetailQuery, Role } from '../gql/graphql';
import { PURPOSE_LABELS } from '../labels';
import { AssignPeople } from './assign-people.view';
import { CaptureView } from './capture.view';
import { CollectPreview } from './collect-preview.view';
import { ExportView } from './export.view';
import { GraphPanel } from './graph-panel.view';
import { TimelineView } from './timeline.view';
import { ErrorAlert } from '../components/error-alert.component';

type Tab = 'graph' | 'timeline' | 'captures' | 'packets';
type CaseDetail = CaseDetailQuery['case'];

const CASE = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      number
      title
      purpose
      purposeClause
      status
      createdAt
      assignees {
        username
        role
      }
      persons {
        ref
        name
        role
      }
      accounts(first: 200) {
        ref
        platform
        handle
        displayName
      }
      captures(first: 50) {
        ...ExportableCapture
      }
      graph(maxNodes: 2000) {
        nodes {
          ...DrawnNode
        }
        edges {
          ...DrawnEdge
        }
      }
    }
  }
`);

/** Roles that change a case's content (assign, collect); the server refuses the others. */
const EDITORS: readonly Role[] = ['DETECTIVE', 'SUPERVISOR'];
/** Roles that may release evidence packets. */
const EXPORTERS: readonly Role[] = ['DETECTIVE', 'PROSECUTOR', 'SUPERVISOR'];

/** One case: who works it, its graph, timeline, captures and packets, and the collect form. */
export function CaseView({ me, caseId }: { me: Me; caseId: string }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [openCapture, setOpenCapture] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('graph');
  const [error, setError] = useState<string | null>(null);
  const onSelect = useCallback((ref: string) => setSelected(ref), []);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    request(CASE, { id: caseId })
      .then((d) => setDetail(d.case))
      .catch((e: Error) => setError(e.message));
  }, [caseId, version]);

  if (error) return <ErrorAlert message={error} />;
  if (!detail) return <p aria-busy="true">Loading case…</p>;
  const mayEdit = EDITORS.includes(me.role);
  const mayCollect = mayEdit && detail.status === 'OPEN';
  const mayExport = EXPORTERS.includes(me.role);
  const tabs: [Tab, string][] = [
    ['graph', 'Graph'],
    ['timeline', 'Timeline'],
    ['captures', `Captures (${detail.captures.length})`],
    ...(mayExport ? ([['packets', 'Evidence packets']] as [Tab, string][]) : []),
  ];
  const open = (id: string) => {
    setOpenCapture(id);
    setTab('captures');
  };
  const selectOnGraph = (ref: string) => {
    setSelected(ref);
    setTab('graph');
  };

  return (
    <section aria-labelledby="case-title">
      <h1 id="case-title">
        {detail.number} — {detail.title}
      </h1>
      <p>
        {PURPOSE_LABELS[detail.purpose]} <span className="clause">{detail.purposeClause}</span> ·{' '}
        {detail.status} · opened {formatTime(detail.createdAt)}
      </p>
      <p>Assigned: {detail.assignees.map((a) => `${a.username} (${a.role.toLowerCase()})`).join(', ')}</p>
      {mayEdit && <AssignPeople caseId={detail.id} onAssigned={reload} />}
      <div role="tablist" aria-label="Case views" className="tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'graph' && (
          <div className="case-layout">
            <GraphPanel
              caseId={detail.id}
              graph={detail.graph}
              selected={selected}
              onSelect={onSelect}
              onOpenCapture={open}
            />
            <div>
              <h2>Persons</h2>
              <ul>
                {detail.persons.map((p) => (
                  <li key={p.ref}>
                    <button type="button" className="link" onClick={() => setSelected(p.ref)}>
                      {p.name}
                    </button>{' '}
                    ({p.role.toLowerCase()})
                  </li>
                ))}
              </ul>
              {detail.persons.length === 0 && <p>No persons yet.</p>}
              <h2>Accounts</h2>
              <ul>
                {detail.accounts.map((a) => (
                  <li key={a.ref}>
                    <button type="button" className="link" onClick={() => setSelected(a.ref)}>
                      {a.platform}: {a.handle ?? a.displayName ?? a.ref}
                    </button>
                  </li>
                ))}
              </ul>
              {detail.accounts.length === 0 && <p>No accounts yet.</p>}
            </div>
          </div>
        )}
        {tab === 'timeline' && (
          <TimelineView
            caseId={detail.id}
            version={version}
            selected={selected}
            onSelect={selectOnGraph}
            onOpenCapture={open}
          />
        )}
        {tab === 'captures' && (
          <>
            <h2>Captures</h2>
            <ul className="captures">
              {detail.captures.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link" onClick={() => setOpenCapture(c.id)}>
                    {formatTime(c.startedAt)} · {c.platform} {c.targetValue} · {c.status}
                  </button>
                </li>
              ))}
            </ul>
            {detail.captures.length === 0 && <p>No captures yet.</p>}
            {openCapture && (
              <CaptureView caseId={detail.id} captureId={openCapture} onClose={() => setOpenCapture(null)} />
            )}
          </>
        )}
        {tab === 'packets' && <ExportView caseId={detail.id} captures={detail.captures} />}
      </div>
      {mayCollect && <CollectPreview caseId={detail.id} purpose={detail.purpose} onCaptured={reload} />}
    </section>
  );
}
