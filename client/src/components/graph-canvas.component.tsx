import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { graphql } from '../gql';
import type { DrawnEdgeFragment, DrawnNodeFragment } from '../gql/graphql';
import { announceFocus, announceNone, ARROWS, neighbourToward } from './graph-keyboard';
import { drawnLabels } from './graph-labels';
import { graphStyle, LABEL_PX, LABEL_WIDTH_PX, layoutOf, readableFontSize } from './graph-style';

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
const NO_COLOURS: ReadonlyMap<string, string> = new Map();
/** Past this many nodes only persons, accounts and the like keep readable labels when zoomed out. */
const ALL_LABELS_UP_TO = 60;

export interface GraphCanvasProps {
  graph: DrawnGraph;
  /** A node chosen by tap or Enter: its details open. */
  onSelect: (ref: string) => void;
  /** The node chosen elsewhere (the address, timeline, search); it is selected and brought into view. */
  selected?: string | null;
  /** Nodes filtered out of view. */
  hidden?: ReadonlySet<string>;
  /** Nodes of a found path; they and the relationships between them are drawn in the path colour. */
  highlighted?: ReadonlySet<string>;
  /** Nodes the user pinned: a new layout leaves them where they are. */
  pinned?: ReadonlySet<string>;
  /** Changing it lays the unpinned nodes out again. */
  layoutVersion?: number;
  /** A media node's thumbnail address (null: none). */
  thumbnail?: (ref: string) => string | null;
  /** Colours replacing the kinds' (the analyst's communities), by reference. */
  colours?: ReadonlyMap<string, string>;
  /** What the canvas is called for screen readers. */
  name?: string;
}

/**
 * The case graph, drawn by cytoscape outside React's state: elements are added in one batch and
 * big graphs get a grid layout, so thousands of elements stay responsive. Fit and zoom buttons,
 * labels kept readable at any zoom, and a keyboard path: Tab into the canvas, arrows move between
 * neighbours, Enter opens the details, each move announced.
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, onSelect, selected = null, hidden = NONE, highlighted = NONE, pinned = NONE } = props;
  const { layoutVersion = 0, thumbnail, colours = NO_COLOURS, name = 'Case graph' } = props;
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const focused = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const edges = useMemo(() => {
    const refs = new Set(graph.nodes.map((n) => n.ref));
    return graph.edges.filter((e) => refs.has(e.from) && refs.has(e.to));
  }, [graph]);
  const thumbnailOf = useRef(thumbnail);
  thumbnailOf.current = thumbnail;

  useEffect(() => {
    if (!container.current) return;
    const labels = drawnLabels(graph);
    const instance = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.ref, label: labels.get(n.ref) ?? n.ref, kind: n.kind } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.type } })),
      ],
      style: graphStyle(
        (ref) => thumbnailOf.current?.(ref) ?? null,
        (ref) => colours.get(ref),
      ),
      layout: layoutOf(graph.nodes.length),
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: graph.nodes.length > 1000,
      hideEdgesOnViewport: graph.nodes.length > 1000,
    });
    // On a big graph only the nodes people steer by (persons, accounts, media, groups) keep
    // readable labels zoomed out; posts, tags and links show theirs from 100 % zoom.
    const scaled =
      graph.nodes.length <= ALL_LABELS_UP_TO
        ? 'node'
        : 'node[kind != "post"][kind != "url"][kind != "hashtag"]';
    // Font and line width grow together as the view zooms out, so labels keep their size on screen.
    const keepReadable = () => {
      const font = readableFontSize(instance.zoom());
      instance
        .style()
        .selector(scaled)
        .style({ 'font-size': font, 'text-max-width': `${(LABEL_WIDTH_PX * font) / LABEL_PX}px` })
        .update();
    };
    instance.on('zoom', keepReadable);
    keepReadable();
    instance.on('tap', 'node', (event) => onSelect(event.target.id() as string));
    // Marks the first frame drawn, for tests and the render-time benchmark to wait on.
    instance.one('render', () => container.current?.setAttribute('data-rendered', 'true'));
    cy.current = instance;
    focused.current = null;
    const element = container.current;
    return () => {
      element.removeAttribute('data-rendered');
      instance.destroy();
      cy.current = null;
    };
  }, [graph, edges, onSelect, colours]);

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
  }, [graph, hidden, colours]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements('.path').removeClass('path');
      const nodes = instance.nodes().filter((n) => highlighted.has(n.id()));
      nodes.addClass('path');
      nodes.edgesWith(nodes).addClass('path');
    });
  }, [graph, highlighted, colours]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance
      .nodes(':locked')
      .filter((n) => !pinned.has(n.id()))
      .unlock();
    for (const ref of pinned) instance.getElementById(ref).lock();
  }, [graph, pinned, colours]);

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
    bringIntoView(instance, node);
  }, [graph, selected, colours]);

  /** Moves the keyboard's place to `node`, shows it and says where it is. */
  function focusNode(instance: Core, node: NodeSingular) {
    instance.nodes('.focused').removeClass('focused');
    node.addClass('focused');
    focused.current = node.id();
    bringIntoView(instance, node);
    setAnnouncement(announceFocus(node));
  }

  function onFocus() {
    const instance = cy.current;
    if (!instance || (focused.current && !instance.getElementById(focused.current).empty())) return;
    const shown = instance.nodes().filter((n) => n.visible());
    const start = (selected ? shown.filter((n) => n.id() === selected) : shown.filter(() => false))
      .union(shown.filter('[kind = "person"]'))
      .union(shown.filter('[kind = "account"]'))
      .union(shown);
    const first = start.first() as NodeSingular;
    if (first.nonempty()) focusNode(instance, first);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const instance = cy.current;
    if (!instance || !focused.current) return;
    const node = instance.getElementById(focused.current) as NodeSingular;
    if (node.empty()) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const next = neighbourToward(node, direction);
      if (next) focusNode(instance, next);
      else setAnnouncement(announceNone(node, direction));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(node.id());
      setAnnouncement(`Details of ${node.data('label') as string} opened beside the graph.`);
    }
  }

  return (
    <div className="graph-frame">
      {graph.nodes.length === 0 && (
        <div className="graph-empty" role="note">
          <p>
            <strong>Nothing on the graph yet.</strong> Add the person the case is about and the accounts you
            know, or collect from a platform with the form below: every person, account, post and media file
            the case holds appears here, joined by who posted, mentioned or shared what.
          </p>
        </div>
      )}
      <div className="graph-controls" role="toolbar" aria-label="Graph view">
        <button type="button" onClick={() => cy.current?.fit(undefined, 48)}>
          Fit
        </button>
        <button type="button" aria-label="Zoom in" onClick={() => zoomBy(cy.current, 1.25)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => zoomBy(cy.current, 0.8)}>
          −
        </button>
      </div>
      <div
        ref={container}
        className="graph-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={`${name} with ${graph.nodes.length} nodes and ${edges.length} relationships. Arrow keys move between neighbours, Enter opens details.`}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcement">
        {announcement}
      </p>
    </div>
  );
}

/** Zooms about the canvas's centre, as the buttons do. */
function zoomBy(instance: Core | null, factor: number) {
  if (!instance) return;
  const level = Math.min(instance.maxZoom(), Math.max(instance.minZoom(), instance.zoom() * factor));
  instance.zoom({ level, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
}

/** Pans so that `node` is on screen with room around it; a node already in view stays put. */
function bringIntoView(instance: Core, node: cytoscape.CollectionReturnValue | NodeSingular) {
  const box = node.renderedBoundingBox({ includeLabels: true });
  const margin = 24;
  const inside =
    box.x1 >= margin &&
    box.y1 >= margin &&
    box.x2 <= instance.width() - margin &&
    box.y2 <= instance.height() - margin;
  if (!inside) instance.center(node);
}
