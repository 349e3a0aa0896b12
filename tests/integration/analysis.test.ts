import type { GraphClient } from '../../graph/graph-client.js';
import { AnalysisRepository } from '../../graph/repositories/analysis.repository.js';
import { AnalysisService } from '../../server/analysis/analysis.service.js';
import { seedLinkingCorpus } from '../fixtures/linking-corpus-seed.js';
import { buildLinkingCorpus, CASE_GANG, type LinkingCorpus } from '../fixtures/linking-corpus.js';
import { resetGraph, testGraph } from '../support/services.js';

const acc = (key: string) => `account:${key}`;

describe('graph analysis on a seeded case', () => {
  let graph: GraphClient;
  let corpus: LinkingCorpus;
  let service: AnalysisService;

  beforeAll(async () => {
    graph = testGraph();
    await resetGraph(graph);
    corpus = buildLinkingCorpus();
    await seedLinkingCorpus(graph, corpus);
    service = new AnalysisService(new AnalysisRepository(graph));
  });
  afterAll(() => graph.close());

  it('finds the shortest path between two persons through the bridge, inside the case', async () => {
    const path = await service.shortestPath(CASE_GANG, 'person:person-ace', 'person:person-dagger', {
      maxHops: 10,
    });
    expect(path).not.toBeNull();
    const refs = path!.nodes.map((n) => n.ref);
    // person-ace uses n_ace, who reaches the south crew only through the east crew (a mention of
    // e_bishop, then e_cobra's reply to s_dagger) or through the clip n_blaze reposted: 9 hops.
    expect(path!.length).toBe(9);
    expect(refs[0]).toBe('person:person-ace');
    expect(refs[1]).toBe(acc('mastodon:n_ace'));
    expect(refs.at(-2)).toBe(acc('mastodon:s_dagger'));
    expect(path!.edges[0]?.type).toBe('USES');
    const accounts = refs.filter((r) => r.startsWith('account:'));
    expect(
      accounts.some((r) => corpus.crews.east.map(acc).includes(r) || r === acc('mastodon:n_blaze')),
    ).toBe(true);

    expect(
      await service.shortestPath(CASE_GANG, 'person:person-ace', 'person:person-dagger', { maxHops: 8 }),
    ).toBeNull();
    const crewMates = await service.shortestPath(CASE_GANG, acc('mastodon:n_ace'), acc('mastodon:n_crow'));
    expect(crewMates?.length).toBe(2);
  });

  it('refuses nodes outside the case and unbounded hops', async () => {
    const [, hidden] = corpus.hiddenTwin;
    await expect(service.shortestPath(CASE_GANG, 'person:person-ace', acc(hidden))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      service.shortestPath(CASE_GANG, 'person:person-ace', 'person:person-dagger', { maxHops: 40 }),
    ).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    await expect(service.shortestPath(CASE_GANG, 'nonsense', 'person:x')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('returns a bounded k-hop neighbourhood', async () => {
    const one = await service.neighbourhood(CASE_GANG, 'person:person-dagger', 1);
    expect(one.nodes.map((n) => n.ref).sort()).toEqual([acc('mastodon:s_dagger'), 'person:person-dagger']);
    expect(one.edges).toEqual([{ from: 'person:person-dagger', to: acc('mastodon:s_dagger'), type: 'USES' }]);
    const two = await service.neighbourhood(CASE_GANG, 'person:person-dagger', 2);
    expect(two.nodes.filter((n) => n.kind === 'post').length).toBeGreaterThan(5);
    await expect(service.neighbourhood(CASE_GANG, 'person:person-dagger', 3, 10)).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
    await expect(service.neighbourhood(CASE_GANG, 'person:person-dagger', 4)).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('finds the three crews as communities of the interaction graph', async () => {
    const result = await service.communities(CASE_GANG);
    const communityOf = new Map<string, number>();
    for (const c of result.communities) for (const m of c.members) communityOf.set(m.ref, c.id);
    const ids = (['north', 'east', 'south'] as const).map((crew) => {
      const found = new Set(corpus.crews[crew].map((k) => communityOf.get(acc(k))));
      expect(found.size).toBe(1);
      return [...found][0];
    });
    expect(new Set(ids).size).toBe(3);
    console.log(
      `communities: ${result.communities.length} over ${result.accounts} accounts / ${result.edges} edges, ` +
        `modularity ${result.modularity.toFixed(3)}`,
    );
    expect(result.modularity).toBeGreaterThan(0.4);
  });

  it('ranks the bridging hub first by betweenness', async () => {
    const central = await service.centralAccounts(CASE_GANG, 5);
    console.log(
      `central: ${central.map((c) => `${c.label} ${c.betweenness.toFixed(3)}/${c.degree}`).join(', ')}`,
    );
    expect(central[0]?.ref).toBe(acc(corpus.hub));
    expect(central[0]?.degree).toBe(7);
  });

  it('refuses an interaction graph over the edge limit', async () => {
    await expect(service.communities(CASE_GANG, 10)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    await expect(service.centralAccounts(CASE_GANG, 5, 100_000)).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('orders the spread of a clip: first upload, re-upload, then the repost', async () => {
    const spread = await service.mediaSpread(CASE_GANG, corpus.spreadMedia);
    expect(spread.map((s) => [s.handle, s.kind])).toEqual([
      ['s_dagger', 'UPLOAD'],
      ['e_cobra', 'UPLOAD'],
      ['n_blaze', 'REPOST'],
    ]);
    expect(spread[2]?.via).toBe('post:mastodon:spread-2');
    expect(spread[0]?.artifacts).toHaveLength(1);
    expect(spread.map((s) => s.postedAt)).toEqual([...spread.map((s) => s.postedAt)].sort());
  });

  it('never takes a shortcut through another case', async () => {
    // A post of the other case mentions a north and a south member: two hops in the whole graph.
    await seedLinkingCorpus(graph, {
      posts: [
        {
          author: 'bluesky:did:plc:cf',
          platformId: 'other-shortcut',
          postedAt: '2026-11-21T10:00:00Z',
          text: 'both of you',
          mentions: ['mastodon:n_flint', 'mastodon:s_fury'],
        },
      ],
    });
    const whole = await graph.read<{ hops: number }>(
      `MATCH p = shortestPath((:Account {platformId: 'n_flint'})-[:MENTIONS|POSTED*..12]-(:Account {platformId: 's_fury'}))
       RETURN length(p) AS hops`,
    );
    expect(whole[0]?.hops).toBe(2);
    const inCase = await service.shortestPath(CASE_GANG, acc('mastodon:n_flint'), acc('mastodon:s_fury'), {
      maxHops: 12,
    });
    expect(inCase!.length).toBeGreaterThan(2);
    expect(inCase!.nodes.some((n) => n.ref === 'post:bluesky:other-shortcut')).toBe(false);
  });
});
