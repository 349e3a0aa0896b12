import { useMemo, useState, type FormEvent } from 'react';
import { GraphCanvas, type DrawnGraph } from '../components/graph-canvas.component';
import { toggled } from '../toggled';

/**
 * The case graph with what an investigator does to it: hide kinds of nodes, find a node by its
 * label, and read the selected node's details.
 */
export function GraphPanel({
  graph,
  selected,
  onSelect,
}: {
  graph: DrawnGraph;
  selected: string | null;
  onSelect: (ref: string) => void;
}) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState('');
  const [notFound, setNotFound] = useState(false);
  const kinds = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of graph.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [graph]);
  const chosen = graph.nodes.find((n) => n.ref === selected);
  const degree = selected ? graph.edges.filter((e) => e.from === selected || e.to === selected).length : 0;

  const toggle = (kind: string) => setHidden((current) => toggled(current, kind));

  function find(event: FormEvent) {
    event.preventDefault();
    const needle = search.trim().toLowerCase();
    const match = graph.nodes.find(
      (n) => !hidden.has(n.kind) && `${n.label ?? ''} ${n.ref}`.toLowerCase().includes(needle),
    );
    setNotFound(!match);
    if (match) onSelect(match.ref);
  }

  return (
    <div>
      <div className="graph-tools">
        <fieldset>
          <legend>Show</legend>
          {kinds.map(([kind, count]) => (
            <label key={kind} className="inline">
              <input
                type="checkbox"
                name={`show-${kind}`}
                checked={!hidden.has(kind)}
                onChange={() => toggle(kind)}
              />
              {kind} ({count})
            </label>
          ))}
        </fieldset>
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
          {notFound && <span role="status"> No shown node matches.</span>}
        </form>
      </div>
      <GraphCanvas graph={graph} onSelect={onSelect} selected={selected} hiddenKinds={hidden} />
      <aside className="card" aria-label="Selected node">
        {chosen ? (
          <>
            <h2>{chosen.label ?? chosen.ref}</h2>
            <p>
              {chosen.kind} · <code>{chosen.ref}</code> · {degree} relationship{degree === 1 ? '' : 's'} shown
            </p>
          </>
        ) : (
          <p>Select a node to see its details.</p>
        )}
      </aside>
    </div>
  );
}
