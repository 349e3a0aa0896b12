import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient, type GqlResult } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

/**
 * Documents built to cost the server more than they could ever be worth, sent over real HTTP: each
 * must be refused quickly with a client error, before any resolver runs.
 */
describe('GraphQL abuse', () => {
  let app: RunningCasegraph;
  const password = 'Abuse-resistant-password-3';
  const unit = `ABU-${Date.now()}`;
  let det: GqlClient;
  let caseId = '';
  /** Posts a document and reports the HTTP status beside the body, giving up after `ms`. */
  const post = async (url: string, query: string, variables: Record<string, unknown> = {}, ms = 5_000) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: det.cookieHeader },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(ms),
    });
    return { status: response.status, body: (await response.json()) as GqlResult };
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await app.services.userAdmin.create({
      username: `det-${unit}`,
      displayName: 'det',
      role: 'DETECTIVE',
      unit,
      password,
    });
    det = new GqlClient(app.url);
    await det.login(`det-${unit}`, password);
    const created = await det.query(
      `mutation { createCase(input: { number: "${unit}", title: "Abused case", purpose: ONLINE_CRIME }) { id } }`,
    );
    caseId = (created.data as { createCase: { id: string } }).createCase.id;
  });
  afterAll(() => app.stop());

  it('refuses a fragment cycle as a validation failure, not a server error', async () => {
    const { status, body } = await post(
      app.url,
      `query { ...A } fragment A on Query { version ...B } fragment B on Query { version ...A }`,
    );
    expect(status).toBe(400);
    expect(GqlClient.code(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/cannot spread fragment "A" within itself/i);
  });

  it('refuses an unknown fragment as a validation failure', async () => {
    const { status, body } = await post(app.url, `query { ...Missing version }`);
    expect(status).toBe(400);
    expect(GqlClient.code(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses fragments that spread exponentially without expanding them', async () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Case { id title }`
        : `fragment F${i} on Case { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    const { status, body } = await post(
      app.url,
      `query($id: ID!) { case(id: $id) { ...F0 } }\n${fragments}`,
      {
        id: caseId,
      },
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(status).toBe(400);
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(GqlClient.code(body));
    expect(body.data).toBeUndefined();
  });

  it('refuses 120 aliased analysis fields in one request', async () => {
    const fields = Array.from({ length: 120 }, (_, i) => `a${i}: centralAccounts(caseId: $c) { ref }`);
    const { status, body } = await post(app.url, `query($c: ID!) { ${fields.join(' ')} }`, { c: caseId });
    expect(status).toBe(400);
    expect(GqlClient.code(body)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toBe('query exceeds maximum of 10 aliases (found 120)');
    expect(body.data).toBeUndefined();
  });

  it('counts list sizes given as variables in the cost of a query', async () => {
    const NESTED = `query($n: Int) { cases(first: $n) { nodes { accounts(first: $n) { ref handle } } } }`;
    const small = await post(app.url, NESTED, { n: 5 });
    expect(small.body.errors).toBeUndefined();
    const huge = await post(app.url, NESTED, { n: 5_000 });
    expect(huge.status).toBe(400);
    expect(GqlClient.code(huge.body)).toBe('BAD_USER_INPUT');
    expect(huge.body.errors?.[0]?.message).toMatch(/too costly/);
    // The same sizes written in the document are refused alike.
    const literal = await post(app.url, NESTED.replace(/\$n\b(?!:)/g, '5000').replace('($n: Int)', ''));
    expect(GqlClient.code(literal.body)).toBe('BAD_USER_INPUT');
  });

  it('refuses a document nested deeper than any screen needs', async () => {
    const deepest = `{ case(id: "${caseId}") { captures { artifacts { sha256 } } } }`;
    expect((await post(app.url, deepest)).body.errors).toBeUndefined();
    const ofTypes = 'ofType { '.repeat(8);
    const { status, body } = await post(
      app.url,
      `{ __type(name: "Case") { fields { type { ${ofTypes} name ${'} '.repeat(8)} } } } }`,
    );
    expect(status).toBe(400);
    expect(GqlClient.code(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document of more tokens than any screen sends', async () => {
    const { status, body } = await post(app.url, `{ ${'__typename '.repeat(5_000)} }`);
    expect(status).toBe(400);
    expect(GqlClient.code(body)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers introspection outside production and refuses it in production', async () => {
    const INTROSPECT = '{ __schema { queryType { name } } }';
    expect((await post(app.url, INTROSPECT)).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const production = await startCasegraph(
      testConfig({ CASEGRAPH_WORKERS: 'false', NODE_ENV: 'production' }),
    );
    try {
      const schema = await post(production.url, INTROSPECT);
      expect(schema.status).toBe(400);
      expect(GqlClient.code(schema.body)).toBe('GRAPHQL_VALIDATION_FAILED');
      const type = await post(production.url, '{ __type(name: "Case") { fields { name } } }');
      expect(GqlClient.code(type.body)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await post(production.url, '{ version }')).body.data?.version).toBeTruthy();
    } finally {
      await production.stop();
    }
  });
});
