/**
 * The cytoscape stylesheet of the case graph. Sizes are in graph units; the canvas keeps labels at
 * least LABEL_PX on screen by growing their font as the view zooms out (see readableFontSize).
 */
import type cytoscape from 'cytoscape';
import { lookOf } from './graph-kinds';

/** The smallest label a reader is asked to read, in CSS pixels. */
export const LABEL_PX = 12;

/** The font size, in graph units, that draws a label LABEL_PX tall at this zoom (never smaller). */
export const readableFontSize = (zoom: number) => Math.max(LABEL_PX, LABEL_PX / zoom);

/** A label's widest line, in CSS pixels on screen, before it is cut with an ellipsis. */
export const LABEL_WIDTH_PX = 150;

const look = (n: cytoscape.NodeSingular) => lookOf(n.data('kind') as string);

/** The stylesheet; `thumbnail` gives a media node's image address, `colour` a node's override. */
export function graphStyle(
  thumbnail: (ref: string) => string | null,
  colour: (ref: string) => string | undefined,
): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: (n: cytoscape.NodeSingular) => look(n).shape,
        width: (n: cytoscape.NodeSingular) => look(n).size,
        height: (n: cytoscape.NodeSingular) => look(n).size,
        'background-color': (n: cytoscape.NodeSingular) => colour(n.id()) ?? look(n).colour,
        'font-size': LABEL_PX,
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_WIDTH_PX}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        // Labels too small to read are not drawn (posts' labels on big graphs, zoomed out).
        'min-zoomed-font-size': LABEL_PX - 0.5,
        'border-width': 1,
        'border-color': '#111827',
      },
    },
    {
      selector: 'node[kind = "media"]',
      style: {
        'background-image': (n: cytoscape.NodeSingular) => thumbnail(n.id()) ?? 'none',
        'background-fit': 'cover',
        'background-clip': 'node',
        'border-width': 3,
        'border-color': (n: cytoscape.NodeSingular) => colour(n.id()) ?? look(n).colour,
      },
    },
    { selector: 'edge', style: { width: 1.5, 'line-color': '#9ca3af', 'curve-style': 'haystack' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
    { selector: 'node.hidden', style: { display: 'none' } },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#f59e0b' } },
    { selector: 'edge.path', style: { width: 5, 'line-color': '#f59e0b' } },
    { selector: 'node:locked', style: { 'border-style': 'double', 'border-width': 5 } },
    {
      // The keyboard's place: a ring as visible as the page's focus outline.
      selector: 'node.focused',
      style: {
        'overlay-color': '#f59e0b',
        'overlay-opacity': 0.45,
        'overlay-padding': 8,
        'z-index': 10,
      },
    },
  ];
}

/**
 * Force-directed with room for labels on graphs a person reads node by node (weak gravity and
 * strong repulsion spread the nodes over the canvas instead of a knot in its middle); a grid past
 * that, which stays fast.
 */
export const layoutOf = (nodes: number): cytoscape.LayoutOptions =>
  nodes > 500
    ? { name: 'grid', padding: 48 }
    : ({
        name: 'cose',
        animate: false,
        padding: 48,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 60_000,
        nodeOverlap: 40,
        gravity: 0.2,
        componentSpacing: 80,
        numIter: 1500,
      } as cytoscape.LayoutOptions);
