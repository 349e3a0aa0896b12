import type { GraphClient } from '../../graph/graph-client.js';
import { testGraph } from '../support/services.js';

/** What graph/ hands up from real Neo4j: plain numbers, strings and ISO-8601 times, nothing of the driver's. */
describe('graph values', () => {
  let graph: GraphClient;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  it('turns integers, temporals, lists, maps and nodes into plain values', async () => {
    const [row] = await graph.read<Record<string, unknown>>(
      `RETURN 42 AS small, 9007199254740993 AS big, 1.5 AS float, 'text' AS text, true AS yes, null AS none,
              datetime('2026-01-02T03:04:05.678Z') AS instant, date('2026-01-02') AS day,
              duration('P1DT2H') AS span, [1, 'a', [2]] AS list, {a: {b: 3, when: date('2026-03-04')}} AS map,
              {n: 1} AS record`,
    );
    expect(row).toEqual({
      small: 42,
      big: '9007199254740993',
      float: 1.5,
      text: 'text',
      yes: true,
      none: null,
      instant: '2026-01-02T03:04:05.678Z',
      day: '2026-01-02',
      span: 'P1DT2H',
      list: [1, 'a', [2]],
      map: { a: { b: 3, when: '2026-03-04' } },
      record: { n: 1 },
    });
    const [node] = await graph.write<{ n: Record<string, unknown> }>(
      "CREATE (n:ValueProbe {count: 7, at: datetime('2026-05-06T07:08:09Z')}) WITH n RETURN n",
    );
    expect(node!.n).toMatchObject({ count: 7, at: '2026-05-06T07:08:09.000Z', _labels: ['ValueProbe'] });
    await graph.write('MATCH (n:ValueProbe) DELETE n');
  });
});
