import { lookOf, type KindShape } from './graph-kinds';

/** SVG outlines of the canvas's node shapes, in a 20×20 box. */
function ShapeMark({ shape, colour }: { shape: KindShape; colour: string }) {
  const common = { fill: colour, stroke: '#111827', strokeWidth: 1 };
  switch (shape) {
    case 'ellipse':
      return <circle cx="10" cy="10" r="8" {...common} />;
    case 'round-rectangle':
      return <rect x="2" y="3" width="16" height="14" rx="4" {...common} />;
    case 'rectangle':
      return <rect x="4" y="4" width="12" height="12" {...common} />;
    case 'diamond':
      return <polygon points="10,1 19,10 10,19 1,10" {...common} />;
    case 'hexagon':
      return <polygon points="5,2 15,2 19,10 15,18 5,18 1,10" {...common} />;
    case 'octagon':
      return <polygon points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6" {...common} />;
  }
}

/** One swatch: the shape in its colour, as on the canvas. */
export function LegendMark({ kind, colour }: { kind: string; colour?: string }) {
  const look = lookOf(kind);
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" className="legend-mark">
      <ShapeMark shape={look.shape} colour={colour ?? look.colour} />
    </svg>
  );
}

/** What each shape and colour on the graph stands for, for the kinds drawn, with their counts. */
export function GraphLegend({ counts }: { counts: readonly [string, number][] }) {
  return (
    <ul className="graph-legend" aria-label="Legend">
      {counts.map(([kind, n]) => (
        <li key={kind}>
          <LegendMark kind={kind} /> {lookOf(kind).name} ({n})
        </li>
      ))}
      <li>
        <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" className="legend-mark">
          <line x1="2" y1="10" x2="26" y2="10" stroke="#f59e0b" strokeWidth="4" />
        </svg>{' '}
        Found path
      </li>
    </ul>
  );
}
