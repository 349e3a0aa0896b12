import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { GraphCanvas, type DrawnGraph } from '../components/graph-canvas.component';
import { lookOf } from '../components/graph-kinds';
import { drawnLabels } from '../components/graph-labels';
import { GraphLegend, LegendMark } from '../components/graph-legend.component';
import { graphql } from '../gql';
import { paths } from '../paths';
import { toggled } from '../toggled';
import { NodeDetails } from './node-details.view';

type DrawnNode = DrawnGraph['nodes'][number];

const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($c: ID!, $ref: String!) {
    neighbourhood(caseId: $c, ref: $ref, hops: 1, maxNodes: 500) {
      nodes {
        ...DrawnNode
      }
      edges {
        ...DrawnEdge
      }
    }
  }
`);
const PATH = graphql(`
  query ShortestPath($c: ID!, $from: String!, $to: String!) {
    shortestPath(caseId: $c, from: $from, to: $to, includeTopics: true) {
      length
      nodes {
        ...DrawnNode
      }
      edges {
        ...DrawnEdge
      }
    }
  }
`);

/** The platform in an account's or post's reference (`account:<platform>:<id>`); null for others. */
const platformOf = (node: DrawnNode) => (/^(account|post):/.test(node.ref) ? node.ref.split(':')[1]! : null);

/** `base` with the nodes and relationships of `more` it lacks. */
function merged(base: DrawnGraph, more: DrawnGraph): DrawnGraph {
  const refs = new Set(base.nodes.map((n) => n.ref));
  const edgeKey = (e: DrawnGraph['edges'][number]) => `${e.from}|${e.type}|${e.to}`;
  const edges = new Set(base.edges.map(edgeKey));
  return {
    nodes: [...base.nodes, ...more.nodes.filter((n) => !refs.has(n.ref))],
    edges: [...base.edges, ...more.edges.filter((e) => !edges.has(edgeKey(e)))],
  };
}

/**
 * The case graph with what an investigator does to it: filter by kind and platform, find a node,
 * expand a node's neighbourhood, find the path between two nodes, pin nodes and lay out the rest,
 * and read the selected node's facts and the captures behind them.
 */
export function GraphPanel({
  caseId,
  graph,
  selected,
  onSelect,
  onOpenCapture,
}: {
  caseId: string;
  graph: DrawnGraph;
  selected: string | null;
  onSelect: (ref: string) => void;
  onOpenCapture: (captureId: string) => void;
}) {
  const [added, setAdded] = useState<DrawnGraph>({ nodes: [], edges: [] });
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<string>>(new Set());
  const [hiddenPlatforms, setHiddenPlatforms] = useState<ReadonlySet<string>>(new Set());
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [pathStart, setPathStart] = useState<string | null>(null);
  const [path, setPath] = useState<{ refs: ReadonlySet<string>; text: string } | null>(null);
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const shown = useMemo(() => merged(graph, added), [graph, added]);
  const kinds = useMemo(() => count(shown.nodes, (n) => n.kind), [shown]);
  const platforms = useMemo(() => count(shown.nodes, platformOf), [shown]);
  const hidden = useMemo(
    () =>
      new Set(
        shown.nodes
          .filter((n) => hiddenKinds.has(n.kind) || hiddenPlatforms.has(platformOf(n) ?? ''))
          .map((n) => n.ref),
      ),
    [shown, hiddenKinds, hiddenPlatforms],
  );
  const chosen = shown.nodes.find((n) => n.ref === selected);
  const labels = useMemo(() => drawnLabels(shown), [shown]);
  const thumbnail = useCallback(
    (ref: string) => (ref.startsWith('media:') ? paths.artifact(caseId, ref.slice('media:'.length)) : null),
    [caseId],
  );
  const degree = selected ? shown.edges.filter((e) => e.from === selected || e.to === selected).length : 0;

  async function run(step: () => Promise<void>) {
    setError(null);
    setMessage(null);
    try {
      await step();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const expand = (ref: string) =>
    run(async () => {
      const found = (await request(NEIGHBOURHOOD, { c: caseId, ref })).neighbourhood;
      const before = shown.nodes.length;
      const next = merged(added, found);
      setAdded(next);
      setMessage(`${merged(graph, next).nodes.length - before} nodes added around the selection.`);
    });

  const findPath = (from: string, to: string) =>
    run(async () => {
      const found = (await request(PATH, { c: caseId, from, to })).shortestPath;
      if (!found) {
        setPath(null);
        setMessage('No path joins these two nodes within 8 steps.');
        return;
      }
      setAdded((current) => merged(current, found));
      setPath({
        refs: new Set(found.nodes.map((n) => n.ref)),
        text: found.nodes.map((n) => n.label ?? n.ref).join(' → '),
      });
    });

  function find(event: FormEvent) {
    event.preventDefault();
    const needle = search.trim().toLowerCase();
    const match = shown.nodes.find(
      (n) => !hidden.has(n.ref) && `${n.label ?? ''} ${n.ref}`.toLowerCase().includes(needle),
    );
    setMessage(match ? null : 'No shown node matches.');
    if (match) onSelect(match.ref);
  }

  return (
    <div>
      <div className="graph-tools">
        <ShownValues
          legend="Kinds"
          name="show"
          counts={kinds}
          hidden={hiddenKinds}
          onToggle={setHiddenKinds}
          mark={(kind) => <LegendMark kind={kind} />}
        />
        {platforms.length > 0 && (
          <ShownValues
            legend="Platforms"
            name="platform"
            counts={platforms}
            hidden={hiddenPlatforms}
            onToggle={setHiddenPlatforms}
          />
        )}
        <form role="search" aria-label="Find in graph" onSubmit={find}>
          <label>
            Find a node
            <input
              type="search"
              name="graphSearch"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <button type="submit">Find</button>
        </form>
        <button type="button" onClick={() => setLayoutVersion((v) => v + 1)}>
          Lay out again
        </button>
      </div>
      {shown.nodes.length > 0 && <GraphLegend counts={kinds} />}
      <GraphCanvas
        graph={shown}
        thumbnail={thumbnail}
        onSelect={onSelect}
        selected={selected}
        hidden={hidden}
        highlighted={path?.refs}
        pinned={pinned}
        layoutVersion={layoutVersion}
      />
      {message && <p role="status">{message}</p>}
      <ErrorAlert message={error} />
      {path && (
        <p className="path-found" role="status">
          Path: {path.text}{' '}
          <button type="button" className="link" onClick={() => setPath(null)}>
            Clear path
          </button>
        </p>
      )}
      <aside className="card" aria-label="Selected node">
        {chosen ? (
          <>
            <h2>{labels.get(chosen.ref) ?? chosen.label ?? chosen.ref}</h2>
            <p>
              {lookOf(chosen.kind).name} · <code>{chosen.ref}</code> · {degree} relationship
              {degree === 1 ? '' : 's'} shown
            </p>
            <div className="toolbar">
              <button type="button" onClick={() => void expand(chosen.ref)}>
                Expand neighbourhood
              </button>
              <button type="button" onClick={() => setPinned((s) => toggled(s, chosen.ref))}>
                {pinned.has(chosen.ref) ? 'Unpin' : 'Pin'}
              </button>
              {pathStart && pathStart !== chosen.ref ? (
                <button type="button" onClick={() => void findPath(pathStart, chosen.ref)}>
                  Path from the marked node to here
                </button>
              ) : (
                <button type="button" onClick={() => setPathStart(chosen.ref)}>
                  {pathStart === chosen.ref ? 'Marked as path start' : 'Mark as path start'}
                </button>
              )}
            </div>
            <NodeDetails caseId={caseId} nodeRef={chosen.ref} onOpenCapture={onOpenCapture} />
          </>
        ) : (
          <p>
            Select a node (click it, or Tab into the graph, move with the arrow keys and press Enter) to see
            its details.
          </p>
        )}
      </aside>
    </div>
  );
}

/** One checkbox per value (with its node count); unchecking a value hides its nodes. */
function ShownValues({
  legend,
  name,
  counts,
  hidden,
  onToggle,
  mark,
}: {
  legend: string;
  name: string;
  counts: [string, number][];
  hidden: ReadonlySet<string>;
  onToggle: (update: (current: ReadonlySet<string>) => ReadonlySet<string>) => void;
  /** A swatch drawn before each value (the kinds' legend marks). */
  mark?: (value: string) => ReactNode;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {counts.map(([value, n]) => (
        <label key={value} className="inline">
          <input
            type="checkbox"
            name={`${name}-${value}`}
            checked={!hidden.has(value)}
            onChange={() => onToggle((current) => toggled(current, value))}
          />
          {mark?.(value)}
          {value} ({n})
        </label>
      ))}
    </fieldset>
  );
}

/** How many nodes have each value of `key`, sorted by value; nodes without one are left out. */
function count(nodes: readonly DrawnNode[], key: (n: DrawnNode) => string | null): [string, number][] {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const value = key(n);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}
