/**
 * How each kind of node looks on the case graph, in one table the canvas and its legend both read,
 * so the legend always tells the truth about the drawing. Colours keep a 4.5:1 contrast with the
 * white label background and differ in shape as well as colour, for readers who tell colours apart
 * poorly.
 */

/** Shapes cytoscape draws that the legend can draw too. */
export type KindShape = 'ellipse' | 'round-rectangle' | 'rectangle' | 'diamond' | 'hexagon' | 'octagon';

export interface KindLook {
  /** What the legend calls the kind. */
  readonly name: string;
  readonly shape: KindShape;
  readonly colour: string;
  /** Width and height on the canvas, in graph units. */
  readonly size: number;
}

export const KIND_LOOKS: Readonly<Record<string, KindLook>> = {
  person: { name: 'Person', shape: 'ellipse', colour: '#b3261e', size: 46 },
  account: { name: 'Account', shape: 'round-rectangle', colour: '#1d4ed8', size: 36 },
  post: { name: 'Post', shape: 'rectangle', colour: '#4b5563', size: 22 },
  media: { name: 'Media (thumbnail)', shape: 'round-rectangle', colour: '#7c3aed', size: 44 },
  hashtag: { name: 'Hashtag', shape: 'diamond', colour: '#047857', size: 26 },
  url: { name: 'Link', shape: 'hexagon', colour: '#b45309', size: 26 },
  group: { name: 'Group', shape: 'octagon', colour: '#be185d', size: 38 },
};

const UNKNOWN: KindLook = { name: 'Other', shape: 'ellipse', colour: '#6b7280', size: 28 };

/** The look of a kind; kinds the table does not know are drawn grey. */
export const lookOf = (kind: string): KindLook => KIND_LOOKS[kind] ?? UNKNOWN;

/** Colours for communities (the analyst's picture), distinct from each other; more wrap around. */
export const COMMUNITY_COLOURS = [
  '#1d4ed8',
  '#b3261e',
  '#047857',
  '#b45309',
  '#7c3aed',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
] as const;
