import crypto from 'node:crypto';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

const SEARCH = `query($c: ID!, $q: String!) { searchPosts(caseId: $c, query: $q) {
  words hits { ref text authorRef authorHandle authorName captureIds score } } }`;
const BEHIND = `query($c: ID!, $s: [String!]!) { artifactCaptures(caseId: $c, sha256s: $s) {
  sha256 captureId kind platform targetValue } }`;
const sha = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/**
 * Searching a case's posts over the API, on real Neo4j through the accent-folding index of
 * migration 014: words found with or without accents, punctuation read as text, only the case's
 * own posts and captures, and a case out of reach answering NOT_FOUND.
 */
describe('searching a case’s posts', () => {
  let app: RunningCasegraph;
  const unit = `SRCH-${Date.now()}`;
  const password = 'Search-posts-pass-7';
  let analyst: GqlClient;
  let outsider: GqlClient;
  let caseId = '';
  let otherCaseId = '';

  /**
   * Posts as the ingest leaves them: a capture of the case stored one artifact and read each post
   * (an Observation it OBSERVED), and the author's profile likewise.
   */
  async function seedPosts(forCase: string, tag: string, posts: { id: string; text: string }[]) {
    await app.runtime.graph.write(
      `MATCH (c:Case {id: $caseId})
       MERGE (a:Account {platform: 'mastodon', platformId: $tag + '-author'})
       MERGE (c)-[:CONTAINS]->(a)
       CREATE (k:Capture {id: $tag + '-cap', caseId: $caseId, platform: 'mastodon', status: 'CAPTURED',
               targetValue: $tag + '_author', startedAt: $at})
       CREATE (c)-[:HAS_CAPTURE]->(k)
       MERGE (art:Artifact {sha256: $artifact})
       CREATE (k)-[:PRODUCED {name: 'api/statuses.json', kind: 'RESPONSE'}]->(art)
       CREATE (profile:Observation {hash: $tag + '-profile', kind: 'ACCOUNT', handle: $tag + '_author',
               displayName: 'Author ' + $tag})
       CREATE (profile)-[:OF]->(a) CREATE (k)-[:OBSERVED {caseId: $caseId, at: $at}]->(profile)
       CREATE (k)-[:CAPTURED]->(a)
       WITH c, a, k UNWIND $posts AS row
       MERGE (p:Post {platform: 'mastodon', platformId: row.id})
       CREATE (o:Observation {hash: row.id + '-reading', kind: 'POST', text: row.text, postedAt: $at})
       CREATE (o)-[:OF]->(p) CREATE (k)-[:OBSERVED {caseId: $caseId, at: $at}]->(o)
       MERGE (a)-[:POSTED]->(p) MERGE (c)-[:CONTAINS]->(p) MERGE (k)-[:CAPTURED]->(p)`,
      { caseId: forCase, tag, posts, artifact: sha(`artifact-${tag}`), at: '2026-11-30T10:00:00.000Z' },
    );
  }

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
    const ids: Record<string, string> = {};
    for (const [username, role] of [
      [`det-${unit}`, 'DETECTIVE'],
      [`ana-${unit}`, 'ANALYST'],
      [`out-${unit}`, 'ANALYST'],
    ] as const) {
      ids[username] = (
        await app.services.userAdmin.create({ username, displayName: username, role, unit, password })
      ).id;
    }
    const detective = new GqlClient(app.url);
    await detective.login(`det-${unit}`, password);
    const open = async (number: string) =>
      (
        await detective.query(
          'mutation($n: String!) { createCase(input: { number: $n, title: "Search", purpose: MISSING_PERSON }) { id } }',
          { n: number },
        )
      ).data!.createCase.id as string;
    caseId = await open(`${unit}-A`);
    otherCaseId = await open(`${unit}-B`);
    const analystId = ids[`ana-${unit}`];
    await detective.query('mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }', {
      c: caseId,
      u: analystId,
    });
    await seedPosts(caseId, `${unit}a`, [
      { id: `${unit}-1`, text: 'Seen with José near the café on Main St. (8:30pm)' },
      { id: `${unit}-2`, text: 'The shooting video was reposted again' },
      { id: `${unit}-3`, text: 'Nothing to do with anyone' },
    ]);
    await seedPosts(otherCaseId, `${unit}b`, [{ id: `${unit}-9`, text: 'Jose at the cafe, other case' }]);
    analyst = new GqlClient(app.url);
    await analyst.login(`ana-${unit}`, password);
    outsider = new GqlClient(app.url);
    await outsider.login(`out-${unit}`, password);
  }, 120_000);
  afterAll(() => app?.stop());

  const hits = async (q: string) => {
    const result = await analyst.query(SEARCH, { c: caseId, q });
    expect(result.errors).toBeUndefined();
    return result.data!.searchPosts as {
      words: string[];
      hits: { ref: string; text: string; authorHandle: string; authorName: string; captureIds: string[] }[];
    };
  };

  it('finds a post by words typed without its accents, and only this case’s posts', async () => {
    const found = await hits('jose cafe');
    expect(found.words).toEqual(['jose', 'cafe']);
    expect(found.hits.map((h) => h.ref)).toEqual([`post:mastodon:${unit}-1`]);
    expect(found.hits[0]).toMatchObject({
      authorHandle: `${unit}a_author`,
      authorName: `Author ${unit}a`,
      captureIds: [`${unit}a-cap`],
    });
    // Typed with the accents, the same post.
    expect((await hits('José')).hits.map((h) => h.ref)).toEqual([`post:mastodon:${unit}-1`]);
  });

  it('requires every word, reads prefixes and phrases, and takes punctuation as text', async () => {
    expect((await hits('jose shooting')).hits).toEqual([]);
    expect((await hits('shoot*')).hits.map((h) => h.ref)).toEqual([`post:mastodon:${unit}-2`]);
    expect((await hits('"video was reposted"')).hits.map((h) => h.ref)).toEqual([`post:mastodon:${unit}-2`]);
    expect((await hits('"reposted was video"')).hits).toEqual([]);
    // Lucene syntax a detective may type by accident: a field query, brackets, a lone quote.
    expect((await hits('Main St. (8:30pm')).hits.map((h) => h.ref)).toEqual([`post:mastodon:${unit}-1`]);
    expect((await hits('text:jose')).hits).toEqual([]);
    expect((await hits('café"')).hits.map((h) => h.ref)).toEqual([`post:mastodon:${unit}-1`]);
  });

  it('says in words what is wrong with a query that has nothing to search', async () => {
    const result = await analyst.query(SEARCH, { c: caseId, q: ' ?! ' });
    expect(GqlClient.code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Type at least one word to search the posts for.');
    const long = await analyst.query(SEARCH, { c: caseId, q: 'a b c d e f g h i j k l m' });
    expect(long.errors?.[0]?.message).toMatch(/at most 12 words/);
  });

  it('answers NOT_FOUND for a case out of reach, for the search and for the files behind evidence', async () => {
    const search = await outsider.query(SEARCH, { c: caseId, q: 'jose' });
    expect(GqlClient.code(search)).toBe('NOT_FOUND');
    expect(search.data ?? null).toBeNull();
    const behind = await outsider.query(BEHIND, { c: caseId, s: [sha(`artifact-${unit}a`)] });
    expect(GqlClient.code(behind)).toBe('NOT_FOUND');
  });

  it('follows a file’s SHA-256 to the capture of this case that stored it, never another case’s', async () => {
    const result = await analyst.query(BEHIND, {
      c: caseId,
      s: [sha(`artifact-${unit}a`), sha(`artifact-${unit}b`), 'not-a-hash'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.artifactCaptures).toEqual([
      {
        sha256: sha(`artifact-${unit}a`),
        captureId: `${unit}a-cap`,
        kind: 'RESPONSE',
        platform: 'mastodon',
        targetValue: `${unit}a_author`,
      },
    ]);
    const tooMany = await analyst.query(BEHIND, {
      c: caseId,
      s: Array.from({ length: 101 }, (_, i) => sha(`${i}`)),
    });
    expect(GqlClient.code(tooMany)).toBe('BAD_USER_INPUT');
  });
});
