import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef } from 'react';
import { graphql } from '../gql';
import type { DrawnEdgeFragment, DrawnNodeFragment } from '../gql/graphql';

// What drawing needs of a node and a relationship; every query that brings graph parts asks for these.
graphql(`
  fragment DrawnNode on GraphNode {
    ref
    kind
    label
  }
`);
graphql(`
  fragment DrawnEdge on GraphEdge {
    from
    to
    type
  }
`);

/** Nodes and relationships to draw: a case's graph, with neighbourhoods and paths merged in. */
export interface DrawnGraph {
  readonly nodes: readonly DrawnNodeFragment[];
  readonly edges: readonly DrawnEdgeFragment[];
}

const NONE: ReadonlySet<string> = new Set();

/** Labels long enough to cover their neighbours (hashes, whole posts) are cut; the panel shows them whole. */
const shortLabel = (label: string) => (label.length > 32 ? `${label.slice(0, 30)}…` : label);

/** Force-directed for graphs a person can read node by node; a grid past that, which stays fast. */
const layoutOf = (nodes: number): cytoscape.LayoutOptions =>
  nodes > 500 ? { name: 'grid' } : { name: 'cose', animate: false };

const COLORS: Record<string, string> = {
  person: '#b3261e',
  account: '#1d4ed8',
  post: '#4b5563',
  media: '#7c3aed',
  hashtag: '#047857',
  url: '#b45309',
  group: '#be185d',
};

/**
 * The case graph, drawn by cytoscape outside React's state: elements are added in one batch and
 * big graphs get a grid layout without animation, so thousands of elements stay responsive.
 */
export function GraphCanvas({
  graph,
  onSelect,
  selected = null,
  hidden = NONE,
  highlighted = NONE,
  pinned = NONE,
  layoutVersion = 0,
}: {
  graph: DrawnGraph;
  onSelect: (ref: string) => void;
  /** The node chosen elsewhere (timeline, search); it is selected and brought into view. */
  selected?: string | null;
  /** Nodes filtered out of view. */
  hidden?: ReadonlySet<string>;
  /** Nodes of a found path; they and the relationships between them are drawn in the path colour. */
  highlighted?: ReadonlySet<string>;
  /** Nodes the user pinned: a new layout leaves them where they are. */
  pinned?: ReadonlySet<string>;
  /** Changing it lays the unpinned nodes out again. */
  layoutVersion?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  // Relationships whose two ends are both drawn.
  const edges = useMemo(() => {
    const refs = new Set(graph.nodes.map((n) => n.ref));
    return graph.edges.filter((e) => refs.has(e.from) && refs.has(e.to));
  }, [graph]);

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.ref, label: shortLabel(n.label ?? n.ref), kind: n.kind },
        })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.type } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 10,
            // Labels too small to read are not drawn: zoomed out on thousands of nodes, that is
            // most of the cost of a frame.
            'min-zoomed-font-size': 7,
            'background-color': (n: cytoscape.NodeSingular) => COLORS[n.data('kind') as string] ?? '#6b7280',
          },
        },
        { selector: 'edge', style: { width: 1, 'line-color': '#9ca3af', 'curve-style': 'haystack' } },
        { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111827' } },
        { selector: 'node.hidden', style: { display: 'none' } },
        { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
        { selector: 'edge.path', style: { width: 4, 'line-color': '#f59e0b' } },
        { selector: 'node:locked', style: { shape: 'round-rectangle' } },
      ],
      layout: layoutOf(graph.nodes.length),
      textureOnViewport: graph.nodes.length > 1000,
      hideEdgesOnViewport: graph.nodes.length > 1000,
    });
    instance.on('tap', 'node', (event) => onSelect(event.target.id() as string));
    // Marks the first frame drawn, for tests and the render-time benchmark to wait on.
    instance.one('render', () => container.current?.setAttribute('data-rendered', 'true'));
    cy.current = instance;
    const element = container.current;
    return () => {
      element.removeAttribute('data-rendered');
      instance.destroy();
    };
  }, [graph, edges, onSelect]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    // Only the nodes whose state changes are touched: restyling thousands of nodes costs a frame.
    instance.batch(() => {
      instance
        .nodes('.hidden')
        .filter((n) => !hidden.has(n.id()))
        .removeClass('hidden');
      for (const ref of hidden) instance.getElementById(ref).addClass('hidden');
    });
  }, [graph, hidden]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements('.path').removeClass('path');
      const nodes = instance.nodes().filter((n) => highlighted.has(n.id()));
      nodes.addClass('path');
      nodes.edgesWith(nodes).addClass('path');
    });
  }, [graph, highlighted]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance
      .nodes(':locked')
      .filter((n) => !pinned.has(n.id()))
      .unlock();
    for (const ref of pinned) instance.getElementById(ref).lock();
  }, [graph, pinned]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || layoutVersion === 0) return;
    // Locked (pinned) nodes keep their place; the layout moves the rest around them.
    instance.layout(layoutOf(instance.nodes().length)).run();
  }, [layoutVersion]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !selected) return;
    const node = instance.getElementById(selected);
    if (node.empty() || node.selected()) return;
    instance.$(':selected').unselect();
    node.select();
    instance.center(node);
  }, [graph, selected]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={`Case graph with ${graph.nodes.length} nodes and ${edges.length} relationships`}
    />
  );
}
