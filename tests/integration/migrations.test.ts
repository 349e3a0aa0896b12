import { migrate, readMigrations } from '../../graph/migrate.js';
import type { GraphClient } from '../../graph/graph-client.js';
import { testGraph } from '../support/services.js';

describe('schema migrations', () => {
  let graph: GraphClient;
  beforeAll(() => {
    graph = testGraph();
  });
  afterAll(() => graph.close());

  async function schemaSnapshot(): Promise<string[]> {
    const constraints = await graph.read<{ name: string }>(
      'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
    );
    const indexes = await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    return [...constraints.map((c) => `c:${c.name}`), ...indexes.map((i) => `i:${i.name}`)];
  }

  it('are recorded in the graph, one node per migration file', async () => {
    const rows = await graph.read<{ version: number; name: string }>(
      'MATCH (m:Migration) RETURN m.version AS version, m.name AS name ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
  });

  it('applied a second time change nothing', async () => {
    const before = await schemaSnapshot();
    expect(before).toContain('c:post_key');
    expect(before).toContain('i:post_text');
    const applied = await migrate(graph);
    expect(applied).toEqual([]);
    expect(await schemaSnapshot()).toEqual(before);
    const count = await graph.read<{ n: number }>('MATCH (m:Migration) RETURN count(m) AS n');
    expect(count[0]?.n).toBe(readMigrations().length);
  });
});
