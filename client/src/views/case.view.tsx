import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { NavLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatTime, request, type Me } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { useMarkLinked } from '../components/mark-linked';
import { graphql } from '../gql';
import type { CaseDetailQuery, Role } from '../gql/graphql';
import { CASE_STATUS_LABELS, PURPOSE_LABELS } from '../labels';
import { CASE_TABS, paths, type CaseTab } from '../paths';
import { AnalysisView } from './analyst-analysis.view';
import { AnalystSearch } from './analyst-search.view';
import { AssignPeople } from './assign-people.view';
import { CaseCaptures, collectionsOf } from './case-captures.view';
import { CaseGraphTab } from './case-graph-tab.view';
import { ChangesFeed } from './history.view';
import { CollectPreview } from './collect-preview.view';
import { PersonsPanel } from './persons.view';
import { ExportView } from './export.view';
import { TimelineView } from './timeline.view';
import { WatchesView } from './watches.view';
import { RecordsView } from './records.view';

export type CaseDetail = CaseDetailQuery['case'];

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
        displayName
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
/** Roles that may analyse a case (link candidates, communities). */
const ANALYSTS: readonly Role[] = ['DETECTIVE', 'ANALYST', 'SUPERVISOR'];

/** The tabs this user sees on this case, in order, with their names. */
function tabsFor(me: Me, detail: CaseDetail): [CaseTab, string][] {
  const tabs: [CaseTab, string][] = [
    ['graph', 'Graph'],
    ['timeline', 'Timeline'],
    ['captures', `Captures (${collectionsOf(detail.captures).length})`],
    ['search', 'Search posts'],
    ['history', 'Changes'],
    ['watches', 'Watches'],
    ['records', 'Holds and letters'],
  ];
  if (EDITORS.includes(me.role)) tabs.push(['persons', 'Persons and accounts']);
  if (ANALYSTS.includes(me.role)) tabs.push(['analysis', 'Analysis']);
  if (EXPORTERS.includes(me.role)) tabs.push(['packets', 'Evidence packets']);
  return tabs;
}

/** The case query's key, for views that change the case and want it read again. */
export const caseKey = (caseId: string) => ['case', caseId] as const;

/**
 * One case at /cases/<id>/<tab>/…: who works it, its graph, timeline, captures, search, analysis
 * and packets, and the collect form. The address says which tab, node, capture or export is open,
 * so reload and Back return to it.
 */
export function CaseView({ me }: { me: Me }) {
  const { caseId = '', '*': rest = '' } = useParams();
  const [tab = 'graph', ...sub] = rest.split('/').filter(Boolean);
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const query = useQuery({
    queryKey: caseKey(caseId),
    queryFn: async () => (await request(CASE, { id: caseId })).case,
  });
  const reload = useCallback(
    () => void queries.invalidateQueries({ queryKey: caseKey(caseId) }),
    [queries, caseId],
  );
  const selectOnGraph = useCallback((ref: string) => navigate(paths.node(caseId, ref)), [navigate, caseId]);
  const openCapture = useCallback((id: string) => navigate(paths.capture(caseId, id)), [navigate, caseId]);

  if (query.error) return <ErrorAlert message={query.error.message} />;
  const detail = query.data;
  if (!detail) return <p aria-busy="true">Loading case…</p>;
  const tabs = tabsFor(me, detail);
  const current = (CASE_TABS as readonly string[]).includes(tab) ? (tab as CaseTab) : null;
  const mayCollect = EDITORS.includes(me.role) && detail.status === 'OPEN';
  const selected = search.get('node');

  return (
    <section aria-labelledby="case-title">
      <h1 id="case-title">
        {detail.number} — {detail.title}
      </h1>
      <p>
        {PURPOSE_LABELS[detail.purpose]} <span className="clause">{detail.purposeClause}</span> ·{' '}
        {CASE_STATUS_LABELS[detail.status]} · opened {formatTime(detail.createdAt)}
      </p>
      <p>
        Assigned:{' '}
        {detail.assignees.map((a) => `${a.displayName} — ${a.username} (${a.role.toLowerCase()})`).join(', ')}
      </p>
      {EDITORS.includes(me.role) && <AssignPeople caseId={detail.id} onAssigned={reload} />}
      <nav aria-label="Case views" className="tabs">
        {tabs.map(([id, label]) => (
          <NavLink key={id} to={paths.case(detail.id, id)} aria-current={current === id ? 'page' : undefined}>
            {label}
          </NavLink>
        ))}
      </nav>
      <div className="tab-panel">
        {current === null || !tabs.some(([id]) => id === current) ? (
          <p role="alert">This case has no “{tab}” view for you.</p>
        ) : (
          <CasePanel
            tab={current}
            sub={sub}
            detail={detail}
            selected={selected}
            onSelect={selectOnGraph}
            onOpenCapture={openCapture}
          />
        )}
      </div>
      {mayCollect && <CollectPreview caseId={detail.id} purpose={detail.purpose} onCaptured={reload} />}
    </section>
  );
}

/** The open tab's panel; `sub` is the address below the tab (a capture, an export, a screen). */
function CasePanel({
  tab,
  sub,
  detail,
  selected,
  onSelect,
  onOpenCapture,
}: {
  tab: CaseTab;
  sub: readonly string[];
  detail: CaseDetail;
  selected: string | null;
  onSelect: (ref: string) => void;
  onOpenCapture: (captureId: string) => void;
}) {
  switch (tab) {
    case 'graph':
      return (
        <CaseGraphTab detail={detail} selected={selected} onSelect={onSelect} onOpenCapture={onOpenCapture} />
      );
    case 'timeline':
      return (
        <TimelineView
          caseId={detail.id}
          selected={selected}
          onSelect={onSelect}
          onOpenCapture={onOpenCapture}
        />
      );
    case 'captures':
      return <CaseCaptures detail={detail} captureId={sub[0] ?? null} />;
    case 'packets':
      return <PacketsTab detail={detail} exportId={sub[0] ?? null} />;
    case 'search':
      return <AnalystSearch caseId={detail.id} onSelect={onSelect} onOpenCapture={onOpenCapture} />;
    case 'persons':
      return <PersonsPanel caseId={detail.id} />;
    case 'analysis':
      return <AnalysisView detail={detail} sub={sub} onSelect={onSelect} />;
    case 'history':
      return <ChangesFeed caseId={detail.id} />;
    case 'watches':
      return <WatchesView caseId={detail.id} />;
    case 'records':
      return <RecordsView caseId={detail.id} />;
    default:
      return <p role="alert">This view is not part of this workspace yet.</p>;
  }
}

/** The packets tab; /packets/<exportId> brings that export's row into view. */
function PacketsTab({ detail, exportId }: { detail: CaseDetail; exportId: string | null }) {
  useMarkLinked(exportId ? `tr[data-export-id="${CSS.escape(exportId)}"]` : null);
  return <ExportView caseId={detail.id} captures={detail.captures} />;
}
