import type { RunningCasegraph } from '../../server/casegraph.js';
import { MASTODON } from '../../demo/platforms/scenario.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * One account, one node, on real Neo4j through the pipeline and the API: an account a detective
 * added by hand, or a post mentioned by handle, is the account a capture reads under the
 * platform's own id, with every tie, note and mention it had.
 */
describe('one account, one node', () => {
  let env: CollectingCasegraph;
  let app: RunningCasegraph;
  let caseId: string;
  let personId: string;

  beforeAll(async () => {
    env = await startCollectingCasegraph('IDENT-1');
    ({ app, caseId } = env);
  }, 60_000);
  afterAll(() => env.stop());

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const answer = await env.detective.query(query, { c: caseId, ...variables });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!;
  };
  const addAccount = async (input: Record<string, string>) =>
    (await gql('mutation($c: ID!, $i: NewAccountInput!) { addAccount(caseId: $c, input: $i) }', { i: input }))
      .addAccount as string;
  const read = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
    app.runtime.graph.read<T>(cypher, { caseId, ...params });

  it("merges a hand-added account into the one a capture reads, keeping the person's tie and the notes", async () => {
    personId = (
      await gql('mutation($c: ID!) { addPerson(caseId: $c, input: { name: "Alice Doe", role: MISSING }) }')
    ).addPerson as string;
    const byHand = await addAccount({ platform: 'mastodon', handle: '@Alice' });
    expect(byHand).toBe('account:mastodon:handle:alice');
    // The same account written out with its instance, this suite's own fixture server: no other
    // suite's capture can merge that placeholder before this one does.
    const instance = `alice@${new URL(env.fixtures.url).host}`;
    expect(await addAccount({ platform: 'mastodon', handle: instance })).toBe(
      `account:mastodon:handle:${instance}`,
    );
    await gql(
      'mutation($c: ID!, $p: ID!, $a: String!) { tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: 0.9, basis: "Named by her mother") }',
      { p: personId, a: byHand },
    );
    await gql('mutation($c: ID!, $a: String!) { annotate(caseId: $c, ref: $a, text: "Posts daily") }', {
      a: byHand,
    });

    const { job } = await env.collect(MASTODON.handle);
    expect(job.state).toBe('completed');
    const captureId = job.captureId as string;

    const accounts = await read<{ id: string; mergedFrom: string[]; by: string[] }>(
      `MATCH (:Case {id: $caseId})-[:CONTAINS]->(a:Account {platform: 'mastodon', handleLower: 'alice'})
       RETURN a.platformId AS id, a.mergedFrom AS mergedFrom, a.mergedByCapture AS by`,
    );
    expect(accounts.map((a) => a.id)).toEqual([MASTODON.accountId]);
    // The account and its placeholders are identity nodes shared by every case in the run, so
    // the capture named for a merge may be another case's that read alice first (the full run has
    // shown this even for this suite's own handle@host). What stays this case's own is checked
    // after: no placeholder left in the case, and the tie and the notes moved.
    const { mergedFrom, by } = accounts[0]!;
    expect(by).toHaveLength(mergedFrom.length);
    expect(mergedFrom).toContain(`handle:${instance}`);
    for (const capture of by) expect(capture).toMatch(/^capture-[0-9a-f-]+-\d+$/);
    expect(
      await read(
        "MATCH (:Case {id: $caseId})-[:CONTAINS]->(a:Account {platform: 'mastodon'}) WHERE a.platformId STARTS WITH 'handle:alice' RETURN a",
      ),
    ).toEqual([]);
    // This case's reading of the one account is this capture's, whoever else read alice.
    const shown = await gql('query($c: ID!) { case(id: $c) { accounts { platformId observedBy } } }');
    expect(
      shown.case.accounts.filter((a: { platformId: string }) => a.platformId === MASTODON.accountId),
    ).toEqual([{ platformId: MASTODON.accountId, observedBy: captureId }]);
    const ties = await read(
      'MATCH (:Person {id: $personId})-[u:USES]->(a:Account) RETURN a.platformId AS id, u.basis AS basis, u.confidence AS confidence',
      { personId },
    );
    expect(ties).toEqual([{ id: MASTODON.accountId, basis: 'Named by her mother', confidence: 0.9 }]);
    const notes = await read(
      'MATCH (n:Annotation)-[:ABOUT]->(a:Account) WHERE a.platformId = $id RETURN n.text AS text',
      {
        id: MASTODON.accountId,
      },
    );
    expect(notes).toEqual([{ text: 'Posts daily' }]);
  });

  it('finds a path from the person to her post through the one account', async () => {
    const found = await gql(
      'query($c: ID!, $from: String!, $to: String!) { shortestPath(caseId: $c, from: $from, to: $to) { length nodes { ref } edges { type } } }',
      { from: `person:${personId}`, to: `post:mastodon:${MASTODON.status.tagged}` },
    );
    expect(found.shortestPath).toEqual({
      length: 2,
      nodes: [
        { ref: `person:${personId}` },
        { ref: `account:mastodon:${MASTODON.accountId}` },
        { ref: `post:mastodon:${MASTODON.status.tagged}` },
      ],
      edges: [{ type: 'USES' }, { type: 'POSTED' }],
    });
    const listed = await gql('query($c: ID!) { case(id: $c) { accounts { handle personIds } } }');
    expect(listed.case.accounts.filter((a: { handle: string }) => a.handle === 'alice')).toEqual([
      { handle: 'alice', personIds: [personId] },
    ]);
  });

  it('adds by hand, by handle, by handle@instance or by URL, the account the case already holds', async () => {
    const host = new URL(env.fixtures.url).host;
    const same = `account:mastodon:${MASTODON.accountId}`;
    expect(await addAccount({ platform: 'mastodon', handle: 'ALICE' })).toBe(same);
    expect(await addAccount({ platform: 'mastodon', handle: `@alice@${host}` })).toBe(same);
    expect(await addAccount({ platform: 'mastodon', url: `${env.fixtures.url}/@alice` })).toBe(same);
    expect(
      await read(
        // This case's accounts only: other suites leave hand-added alices of their own cases.
        "MATCH (:Case {id: $caseId})-[:CONTAINS]->(a:Account {platform: 'mastodon'}) WHERE a.platformId STARTS WITH 'handle:alice' OR a.platformId STARTS WITH 'url:' RETURN a",
      ),
    ).toEqual([]);
  });

  it('merges placeholders by URL and by handle@instance too, and moves a mention by handle', async () => {
    const ingest = app.services.repos.ingest;
    const capture = (id: string) => ({
      id,
      decisionId: 'none',
      caseId,
      status: 'CAPTURED',
      platform: 'reddit',
    });
    const post = {
      authorId: 'acct-1',
      url: null,
      text: 'ping u/Erin',
      postedAt: '2026-11-01T00:00:00.000Z',
      editedAt: null,
      lang: null,
      title: null,
      detailsJson: null,
      source: null,
    };
    await addAccount({ platform: 'reddit', url: 'https://www.reddit.com/user/erin/' });
    const first = {
      caseId,
      platform: 'reddit',
      capture: capture(`cap-${Date.now()}-1`),
      artifacts: [],
      accounts: [
        {
          platformId: 'acct-1',
          handle: 'poster',
          displayName: null,
          url: null,
          bio: null,
          avatarUrl: null,
          createdAt: null,
          detailsJson: null,
          source: null,
        },
      ],
      posts: [{ ...post, platformId: 'post-1' }],
      media: [],
      hashtags: [],
      urls: [],
      mentions: [{ postId: 'post-1', accountId: null, handle: 'Erin' }],
      links: [],
    };
    await ingest.ingest(first);
    // Nobody named erin is in the case under a platform id yet: the mention keeps the handle.
    expect(
      await read("MATCH (:Post {platformId: 'post-1'})-[:MENTIONS]->(a:Account) RETURN a.platformId AS id"),
    ).toEqual([{ id: 'handle:erin' }]);
    const erin = {
      platformId: 't2_erin',
      handle: 'erin',
      displayName: null,
      url: 'https://www.reddit.com/user/erin/',
      bio: null,
      avatarUrl: null,
      createdAt: null,
      detailsJson: null,
      source: 'a'.repeat(64),
    };
    await ingest.ingest({
      ...first,
      capture: capture(`cap-${Date.now()}-2`),
      accounts: [erin],
      posts: [],
      mentions: [],
    });
    const merged = await read<{ mergedFrom: string[] }>(
      "MATCH (a:Account {platform: 'reddit', platformId: 't2_erin'}) RETURN a.mergedFrom AS mergedFrom",
    );
    expect(merged[0]?.mergedFrom.sort()).toEqual(['handle:erin', 'url:https://www.reddit.com/user/erin/']);
    expect(
      await read("MATCH (:Post {platformId: 'post-1'})-[:MENTIONS]->(a:Account) RETURN a.platformId AS id"),
    ).toEqual([{ id: 't2_erin' }]);
    // Now the case holds erin by id: a later mention by handle is that account straight away.
    await ingest.ingest({
      ...first,
      capture: capture(`cap-${Date.now()}-3`),
      posts: [{ ...post, platformId: 'post-2' }],
      mentions: [{ postId: 'post-2', accountId: null, handle: 'ERIN' }],
    });
    expect(
      await read("MATCH (:Post {platformId: 'post-2'})-[:MENTIONS]->(a:Account) RETURN a.platformId AS id"),
    ).toEqual([{ id: 't2_erin' }]);
    expect(
      await read(
        "MATCH (:Case {id: $caseId})-[:CONTAINS]->(a:Account {platform: 'reddit'}) WHERE a.platformId STARTS WITH 'handle:' OR a.platformId STARTS WITH 'url:' RETURN a",
      ),
    ).toEqual([]);
  });
});
