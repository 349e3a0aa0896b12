/**
 * Steering the case graph from the keyboard: an arrow key moves from the focused node to the
 * neighbour that lies most in that direction on screen, and every move is put in words for a
 * screen reader. Pure functions over cytoscape's collections, so the canvas only wires keys to them.
 */
import type { NodeSingular } from 'cytoscape';
import { lookOf } from './graph-kinds';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const VECTORS: Readonly<Record<Direction, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Shown neighbours of `node`, each once. */
export function shownNeighbours(node: NodeSingular): NodeSingular[] {
  return node
    .neighborhood('node')
    .filter((n) => n.visible())
    .toArray() as NodeSingular[];
}

/**
 * The neighbour of `node` most in `direction`: within 80° of it, the one with the smallest angle,
 * nearer first on a tie; null when no neighbour lies that way.
 */
export function neighbourToward(node: NodeSingular, direction: Direction): NodeSingular | null {
  const [dx, dy] = VECTORS[direction];
  const from = node.position();
  let best: { node: NodeSingular; angle: number; distance: number } | null = null;
  for (const candidate of shownNeighbours(node)) {
    const to = candidate.position();
    const vx = to.x - from.x;
    const vy = to.y - from.y;
    const distance = Math.hypot(vx, vy);
    if (distance === 0) continue;
    const angle = Math.acos((vx * dx + vy * dy) / distance);
    if (angle > (80 * Math.PI) / 180) continue;
    if (
      !best ||
      angle < best.angle - 1e-6 ||
      (Math.abs(angle - best.angle) <= 1e-6 && distance < best.distance)
    )
      best = { node: candidate, angle, distance };
  }
  return best?.node ?? null;
}

/** The node's kind and name, as a screen reader says it: "Account alice". */
export const spoken = (node: NodeSingular) =>
  `${lookOf(node.data('kind') as string).name.replace(/ \(.*\)$/, '')} ${node.data('label') as string}`;

/** What a move to `node` announces: the node, how many neighbours it has, and how to go on. */
export function announceFocus(node: NodeSingular): string {
  const count = shownNeighbours(node).length;
  const around = count === 0 ? 'no neighbours shown' : `${count} neighbour${count === 1 ? '' : 's'}`;
  return `${spoken(node)}, ${around}. Arrow keys move to a neighbour, Enter opens its details.`;
}

/** What a key that leads nowhere announces. */
export const announceNone = (node: NodeSingular, direction: Direction) =>
  `No neighbour ${direction === 'up' ? 'above' : direction === 'down' ? 'below' : `to the ${direction}`} of ${spoken(node)}.`;
