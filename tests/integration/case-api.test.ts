import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { capturedPosts } from '../support/captured-posts.js';
import { GqlClient } from '../support/graphql-client.js';
import { resetGraph, testConfig } from '../support/services.js';

/** The case API as a browser uses it: real HTTP, a session cookie, real Neo4j behind it. */
describe('case graph API', () => {
  let app: RunningCasegraph;
  const password = 'Correct-horse-battery-9';
  const client = () => new GqlClient(app.url);
  const as = async (username: string) => {
    const c = client();
    await c.login(username, password);
    return c;
  };
  const CREATE = `mutation($input: NewCaseInput!) { createCase(input: $input) { id number status purposeClause } }`;

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    await resetGraph(app.runtime.graph);
    const admin = new UserAdminService(new UserRepository(app.runtime.graph));
    const users: [string, 'DETECTIVE' | 'ANALYST' | 'PROSECUTOR' | 'SUPERVISOR' | 'ADMIN', string | null][] =
      [
        ['det-a', 'DETECTIVE', 'CID'],
        ['det-b', 'DETECTIVE', 'GANG'],
        ['pros', 'PROSECUTOR', null],
        ['sup', 'SUPERVISOR', 'CID'],
        ['root', 'ADMIN', null],
        ['locked', 'ANALYST', 'CID'],
      ];
    for (const [username, role, unit] of users) {
      await admin.create({ username, displayName: username, role, unit, password });
    }
  });
  afterAll(() => app.stop());

  it('signs in with an httpOnly SameSite=Strict cookie, and out again', async () => {
    const c = client();
    await c.login('det-a', password);
    expect(c.lastSetCookie).toMatch(/casegraph_session=[^;]+;.*HttpOnly/i);
    expect(c.lastSetCookie).toMatch(/SameSite=Strict/i);
    expect((await c.query('{ me { username role unit } }')).data?.me).toEqual({
      username: 'det-a',
      role: 'DETECTIVE',
      unit: 'CID',
    });
    await c.query('mutation { logout }');
    expect((await c.query('{ me { username } }')).data?.me).toBeNull();
    expect(GqlClient.code(await c.query('{ cases { nodes { id } } }'))).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five wrong passwords, even against the right one, and says so to nobody', async () => {
    const c = client();
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) {
      const wrong = await c.query(
        'mutation { login(username: "locked", password: "wrong-password-1") { id } }',
      );
      answers.push(`${GqlClient.code(wrong)}: ${wrong.errors?.[0]?.message}`);
    }
    const right = await c.query('mutation($p: String!) { login(username: "locked", password: $p) { id } }', {
      p: password,
    });
    answers.push(`${GqlClient.code(right)}: ${right.errors?.[0]?.message}`);
    // The same answer before and after the lock, so it does not tell an attacker the name is real.
    expect(new Set(answers)).toEqual(
      new Set([
        'UNAUTHENTICATED: wrong user name or password, or the account is locked for 15 minutes after 5 wrong passwords',
      ]),
    );
    expect(right.data).toBeNull();
  });

  it("keeps one detective's case invisible to another, not even its existence", async () => {
    const a = await as('det-a');
    const b = await as('det-b');
    const caseA = (
      await a.query(CREATE, { input: { number: 'A-1001', title: 'Missing teen', purpose: 'MISSING_PERSON' } })
    ).data?.createCase;
    expect(caseA).toMatchObject({ number: 'A-1001', status: 'OPEN', purposeClause: 'SO1301 III.A.2.a' });
    await b.query(CREATE, { input: { number: 'B-2002', title: 'Crew shooting', purpose: 'GANG_ACTIVITY' } });

    const seen = await b.query('query($id: ID!) { case(id: $id) { title } }', { id: caseA.id });
    expect(GqlClient.code(seen)).toBe('NOT_FOUND');
    expect(seen.data).toBeNull();
    const list = await b.query('{ cases { nodes { number } } }');
    expect(list.data?.cases.nodes).toEqual([{ number: 'B-2002' }]);
    // A supervisor sees the unit's cases without being assigned.
    const sup = await as('sup');
    expect((await sup.query('{ cases { nodes { number } } }')).data?.cases.nodes).toEqual([
      { number: 'A-1001' },
    ]);
  });

  it('lets a prosecutor read an assigned case but never edit it or open one', async () => {
    const a = await as('det-a');
    const caseId = (await a.query('{ cases(search: "A-1001") { nodes { id } } }')).data?.cases.nodes[0].id;
    const prosId = (
      await app.runtime.graph.read<{ id: string }>("MATCH (u:User {username: 'pros'}) RETURN u.id AS id")
    )[0]!.id;
    const pros = await as('pros');
    // Refused before the assignment, and readable the moment it is made: access is not remembered stale.
    const before = await pros.query('query($id: ID!) { case(id: $id) { number } }', { id: caseId });
    expect(GqlClient.code(before)).toBe('NOT_FOUND');
    await a.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: caseId,
      u: prosId,
    });
    expect(
      (await pros.query('query($id: ID!) { case(id: $id) { number } }', { id: caseId })).data?.case,
    ).toEqual({
      number: 'A-1001',
    });
    const edit = await pros.query(
      'mutation($c: ID!) { addPerson(caseId: $c, input: { name: "J. Doe", role: SUSPECT }) }',
      { c: caseId },
    );
    expect(GqlClient.code(edit)).toBe('FORBIDDEN');
    const open = await pros.query(CREATE, {
      input: { number: 'P-1', title: 'Mine', purpose: 'ONLINE_CRIME' },
    });
    expect(GqlClient.code(open)).toBe('FORBIDDEN');
  });

  it('shows administrators users, not case content', async () => {
    const root = await as('root');
    expect((await root.query('{ cases { nodes { id } } }')).data?.cases.nodes).toEqual([]);
    const users = (await root.query('{ users { username } }')).data?.users.map(
      (u: { username: string }) => u.username,
    );
    expect(users).toEqual(expect.arrayContaining(['det-a', 'pros', 'root']));
    const det = await as('det-a');
    expect(GqlClient.code(await det.query('{ users { username } }'))).toBe('FORBIDDEN');
  });

  it("ends a disabled user's sessions at once", async () => {
    const b = await as('det-b');
    expect((await b.query('{ me { username } }')).data?.me).toEqual({ username: 'det-b' });
    const root = await as('root');
    const id = (await root.query('{ users { id username } }')).data?.users.find(
      (u: { username: string }) => u.username === 'det-b',
    ).id;
    const disable = 'mutation($id: ID!, $d: Boolean!) { setUserDisabled(id: $id, disabled: $d) { id } }';
    await root.query(disable, { id, d: true });
    expect((await b.query('{ me { username } }')).data?.me).toBeNull();
    expect(GqlClient.code(await b.query('{ cases { nodes { id } } }'))).toBe('UNAUTHENTICATED');
    await root.query(disable, { id, d: false });
  });

  it('adds the same account twice as one node, ties it to a person, and annotates it', async () => {
    const a = await as('det-a');
    const caseId = (await a.query('{ cases(search: "A-1001") { nodes { id } } }')).data?.cases.nodes[0].id;
    const add =
      'mutation($c: ID!, $h: String!) { addAccount(caseId: $c, input: { platform: "mastodon", handle: $h }) }';
    const first = (await a.query(add, { c: caseId, h: '@Alice@kc.social' })).data?.addAccount;
    const second = (await a.query(add, { c: caseId, h: 'alice@kc.social' })).data?.addAccount;
    expect(first).toBe('account:mastodon:handle:alice@kc.social');
    expect(second).toBe(first);
    const nodes = await app.runtime.graph.read<{ n: number }>(
      "MATCH (a:Account {platform: 'mastodon', platformId: 'handle:alice@kc.social'}) RETURN count(a) AS n",
    );
    expect(nodes[0]?.n).toBe(1);

    const personId = (
      await a.query(
        'mutation($c: ID!) { addPerson(caseId: $c, input: { name: "Alice Doe", role: MISSING }) }',
        {
          c: caseId,
        },
      )
    ).data?.addPerson;
    const tied = await a.query(
      'mutation($c: ID!, $p: ID!, $a: String!) { tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: 0.8, basis: "Same photo as the missing-person report") }',
      { c: caseId, p: personId, a: first },
    );
    expect(tied.data?.tieAccountToPerson).toBe(true);
    const note = await a.query(
      'mutation($c: ID!, $r: String!) { annotate(caseId: $c, ref: $r, text: "Seen at the bus station") }',
      {
        c: caseId,
        r: first,
      },
    );
    expect(note.data?.annotate).toMatch(/^note-/);
    const view = await a.query(
      'query($id: ID!) { case(id: $id) { counts { persons accounts } persons { name role } accounts { ref personIds } } }',
      { id: caseId },
    );
    expect(view.data?.case).toEqual({
      counts: { persons: 1, accounts: 1 },
      persons: [{ name: 'Alice Doe', role: 'MISSING' }],
      accounts: [{ ref: first, personIds: [personId] }],
    });
    const drawn = await a.query(
      'query($id: ID!) { case(id: $id) { graph { nodes { ref kind } edges { from to type } } } }',
      {
        id: caseId,
      },
    );
    expect(drawn.data?.case.graph.nodes).toEqual(
      expect.arrayContaining([
        { ref: `person:${personId}`, kind: 'person' },
        { ref: first, kind: 'account' },
      ]),
    );
    expect(drawn.data?.case.graph.edges).toContainEqual({
      from: `person:${personId}`,
      to: first,
      type: 'USES',
    });
    const outside = await a.query(
      'mutation($c: ID!) { annotate(caseId: $c, ref: "account:reddit:nobody", text: "x") }',
      {
        c: caseId,
      },
    );
    expect(GqlClient.code(outside)).toBe('NOT_FOUND');
  });

  it('refuses bad input naming the field, deep queries and costly ones', async () => {
    const a = await as('det-a');
    const bad = await a.query(CREATE, {
      input: { number: 'x', title: 'Missing teen', purpose: 'MISSING_PERSON' },
    });
    expect(GqlClient.code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/^number:/);
    // The schema has no cycles today; the depth rule guards the day it does, so test it directly.
    const deep = await a.query('{ a { b { c { d { e { f { g { h { i { j } } } } } } } } } }');
    expect(deep.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/exceeds maximum operation depth of 8/)]),
    );
    const costly = await a.query(
      '{ cases(first: 200) { nodes { posts(first: 500) { text } timeline(first: 1000) { at } } } }',
    );
    expect(costly.errors?.[0]?.message).toMatch(/query too costly/);
  });

  it('answers posts, full-text search, timeline and a bounded neighbourhood on a case of 10,000 posts', async () => {
    const a = await as('det-a');
    const caseId = (
      await a.query(CREATE, { input: { number: 'BIG-1', title: 'Online threats', purpose: 'ONLINE_CRIME' } })
    ).data?.createCase.id;
    // Collected as one capture of the hub account's 10,000 posts, through the ingest collectors use.
    await app.services.repos.ingest.ingest(
      capturedPosts({
        caseId,
        platform: 'reddit',
        captureId: 'big-capture',
        startedAt: '2026-02-01T00:00:00.000Z',
        author: 'hub',
        posts: Array.from({ length: 10000 }, (_, n) => {
          const i = n + 1;
          return {
            id: `p${i}`,
            text: i % 1000 === 0 ? 'threat near the harbor' : `post ${i}`,
            postedAt: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
          };
        }),
      }),
    );
    const found = await a.query(
      'query($id: ID!) { case(id: $id) { counts { posts } posts(text: "harbor", first: 50) { ref authorHandle } } }',
      {
        id: caseId,
      },
    );
    expect(found.data?.case.counts.posts).toBe(10000);
    expect(found.data?.case.posts).toHaveLength(10);
    expect(found.data?.case.posts[0].authorHandle).toBe('hub');
    const timeline = await a.query('query($id: ID!) { case(id: $id) { timeline(first: 3) { kind ref } } }', {
      id: caseId,
    });
    expect(timeline.data?.case.timeline.map((e: { ref: string }) => e.ref)).toEqual([
      'post:reddit:p1',
      'post:reddit:p2',
      'post:reddit:p3',
    ]);
    const around = await a.query(
      'query($id: ID!) { neighbourhood(caseId: $id, ref: "account:reddit:hub", hops: 1, maxNodes: 500) { nodes { ref } } }',
      { id: caseId },
    );
    // Either a bounded answer or a clear refusal: never 10,000 nodes in one response.
    if (around.errors) expect(GqlClient.code(around)).toBe('LIMIT_EXCEEDED');
    else expect(around.data?.neighbourhood.nodes.length).toBeLessThanOrEqual(500);
  });
});
