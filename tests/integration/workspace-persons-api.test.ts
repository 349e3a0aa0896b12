import type { RunningCasegraph } from '../../server/casegraph.js';
import { MASTODON } from '../../demo/platforms/scenario.js';
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import { GqlClient } from '../support/graphql-client.js';
import { startCollectingCasegraph, type CollectingCasegraph } from '../support/collecting-casegraph.js';

/**
 * Persons and their accounts through the API on real Neo4j: add, change, remove a person; add
 * accounts by handle or URL in the platform's own syntax; tie and untie with basis and confidence,
 * each tie on the custody ledger; and a hand-added account that a capture merges, so the person
 * reaches her own post.
 */
describe('persons and accounts', () => {
  let env: CollectingCasegraph;
  let app: RunningCasegraph;
  let caseId: string;

  beforeAll(async () => {
    env = await startCollectingCasegraph('PERSONS-1');
    ({ app, caseId } = env);
  }, 60_000);
  afterAll(() => env.stop());

  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    env.detective.query(query, { c: caseId, ...variables });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const answer = await ask(query, variables);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!;
  };
  const persons = async () =>
    (
      await gql(
        `query($c: ID!) { case(id: $c) { persons { id name role notes
           ties { account platform handle confidence basis tiedBy } } } }`,
      )
    ).case.persons as {
      id: string;
      name: string;
      role: string;
      notes: string | null;
      ties: { account: string; handle: string; confidence: number; basis: string; tiedBy: string }[];
    }[];
  const custody = () =>
    app.runtime.graph.read<{ type: string; details: string; hashes: string[] }>(
      `MATCH (:Case {id: $caseId})-[:HAS_CUSTODY_EVENT]->(e:CustodyEvent) WHERE e.type IN ['LINKED', 'UNLINKED']
       RETURN e.type AS type, e.detailsJson AS details, e.artifactHashes AS hashes ORDER BY e.seq`,
      { caseId },
    );
  /** Collects a Mastodon handle and waits for its job to end (a busy machine may take minutes). */
  const collectedToTheEnd = async (handle: string) => {
    const started = await gql(
      'mutation($i: CollectionRequestInput!) { startCollection(input: $i) { jobId } }',
      {
        i: {
          caseId,
          purpose: 'ONLINE_CRIME',
          target: { platform: 'mastodon', kind: 'handle', value: handle, scope: 'POSTS' },
          method: 'PUBLIC_API',
          device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
          predicate: {
            reportNumber: '26-0311',
            facts: `Rpt 26-0311: @${handle} posted threats against a witness`,
          },
        },
      },
    );
    const id = started.startCollection.jobId as string;
    const deadline = Date.now() + 240_000;
    for (;;) {
      const job = (
        await gql('query($c: ID!, $id: ID!) { collectionJob(caseId: $c, id: $id) { state captureId } }', {
          id,
        })
      ).collectionJob as { state: string };
      if (job.state === 'completed' || job.state === 'failed' || Date.now() > deadline) return job;
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const addPerson = async (name: string, role: string) =>
    (
      await gql(
        `mutation($c: ID!, $n: String!) { addPerson(caseId: $c, input: { name: $n, role: ${role} }) }`,
        { n: name },
      )
    ).addPerson as string;
  const addAccount = (input: Record<string, string>) =>
    ask('mutation($c: ID!, $i: NewAccountInput!) { addAccount(caseId: $c, input: $i) }', { i: input });

  it('changes a person and removes one, keeping the removed record with who, when and why', async () => {
    const wit = await addPerson('J. Smith', 'WITNESS');
    await gql(
      'mutation($c: ID!, $p: ID!) { updatePerson(caseId: $c, personId: $p, input: { name: "John Smith", role: SUSPECT, notes: "Seen with her" }) }',
      { p: wit },
    );
    expect((await persons()).find((p) => p.id === wit)).toMatchObject({
      name: 'John Smith',
      role: 'SUSPECT',
      notes: 'Seen with her',
    });
    const tooShort = await ask(
      'mutation($c: ID!, $p: ID!) { removePerson(caseId: $c, personId: $p, reason: "x") }',
      {
        p: wit,
      },
    );
    expect(tooShort.errors?.[0]).toMatchObject({
      message: 'reason: say why (at least 3 characters)',
      extensions: { code: 'BAD_USER_INPUT', field: 'reason' },
    });
    await gql(
      'mutation($c: ID!, $p: ID!) { removePerson(caseId: $c, personId: $p, reason: "Entered twice") }',
      {
        p: wit,
      },
    );
    expect((await persons()).map((p) => p.id)).not.toContain(wit);
    const [kept] = await app.runtime.graph.read<{ name: string; why: string; by: string }>(
      `MATCH (:Case {id: $caseId})-[:REMOVED_PERSON]->(p:Person {id: $id})
       RETURN p.name AS name, p.removedReason AS why, p.removedBy AS by`,
      { caseId, id: wit },
    );
    expect(kept).toMatchObject({ name: 'John Smith', why: 'Entered twice', by: expect.any(String) });
    const again = await ask(
      'mutation($c: ID!, $p: ID!) { removePerson(caseId: $c, personId: $p, reason: "Again now") }',
      {
        p: wit,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("refuses accounts not written the platform's way, saying the expected format", async () => {
    const spaced = await addAccount({ platform: 'mastodon', handle: 'alice smith' });
    expect(spaced.errors?.[0]).toMatchObject({
      message:
        'handle: "alice smith" is not a mastodon handle: expected user name, optionally @ and the server (letters, digits, _), e.g. @alice@mastodon.social',
      extensions: { code: 'BAD_USER_INPUT', field: 'handle' },
    });
    const notUrl = await addAccount({ platform: 'web', url: 'ftp://files.example/x' });
    expect(notUrl.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'url' } });
    const webHandle = await addAccount({ platform: 'web', handle: 'someone' });
    expect(webHandle.errors?.[0]?.message).toBe('handle: casegraph reads web by url, not by handle');
    const reddit = await addAccount({ platform: 'reddit', handle: 'u/erin_throwaway' });
    expect(reddit.data?.addAccount).toBe('account:reddit:handle:u/erin_throwaway');
  });

  it('ties and unties with basis and confidence, both on the custody ledger, and the tie survives the merge', async () => {
    const alice = await addPerson('Alice Doe', 'MISSING');
    const byHand = (await addAccount({ platform: 'mastodon', handle: '@alice' })).data!.addAccount as string;
    const tie = (p: string, a: string, basis: string) =>
      ask(
        'mutation($c: ID!, $p: ID!, $a: String!, $b: String!) { tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: 0.8, basis: $b) }',
        { p, a, b: basis },
      );
    expect((await tie(alice, byHand, 'x')).errors?.[0]).toMatchObject({
      message: 'basis: say what the tie rests on (at least 3 characters)',
      extensions: { field: 'basis' },
    });
    expect((await tie(alice, byHand, 'Named by her mother')).data?.tieAccountToPerson).toBe(true);
    expect((await persons()).find((p) => p.id === alice)!.ties).toEqual([
      {
        account: byHand,
        platform: 'mastodon',
        handle: 'alice',
        confidence: 0.8,
        basis: 'Named by her mother',
        tiedBy: 'Det. Pipe',
      },
    ]);

    const job = await collectedToTheEnd(MASTODON.handle);
    expect(job.state).toBe('completed');
    const collected = `account:mastodon:${MASTODON.accountId}`;
    const [tied] = (await persons()).find((p) => p.id === alice)!.ties;
    expect(tied).toMatchObject({ account: collected, basis: 'Named by her mother' });
    const post = `post:mastodon:${MASTODON.status.photos}`;
    const path = await gql(
      'query($c: ID!, $f: String!, $t: String!) { shortestPath(caseId: $c, from: $f, to: $t) { length } }',
      { f: `person:${alice}`, t: post },
    );
    expect(path.shortestPath).toEqual({ length: 2 });

    const untie = await ask(
      'mutation($c: ID!, $p: ID!, $a: String!) { untieAccountFromPerson(caseId: $c, personId: $p, account: $a, reason: "Her brother uses it") }',
      { p: alice, a: collected },
    );
    expect(untie.data?.untieAccountFromPerson).toBe(true);
    expect((await persons()).find((p) => p.id === alice)!.ties).toEqual([]);

    const events = await custody();
    expect(events.map((e) => [e.type, JSON.parse(e.details)])).toEqual([
      [
        'LINKED',
        {
          decision: 'PERSON_USES_ACCOUNT',
          person: `person:${alice}`,
          personName: 'Alice Doe',
          account: byHand,
          confidence: 0.8,
          basis: 'Named by her mother',
        },
      ],
      [
        'UNLINKED',
        {
          decision: 'PERSON_TIE_REMOVED',
          person: `person:${alice}`,
          personName: 'Alice Doe',
          account: collected,
          confidence: 0.8,
          basis: 'Named by her mother',
          reason: 'Her brother uses it',
        },
      ],
    ]);
    // The untie names the payload the collected account was read from.
    expect(events[1]!.hashes.length).toBeGreaterThan(0);
    expect(events[1]!.hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  }, 300_000);

  it('answers NOT_FOUND for a person of a case out of reach', async () => {
    await new UserAdminService(new UserRepository(app.runtime.graph)).create({
      username: 'det-persons-other',
      displayName: 'Det. Other',
      role: 'DETECTIVE',
      unit: 'CID',
      password: 'Other-pass-2026',
    });
    const other = new GqlClient(app.url);
    await other.login('det-persons-other', 'Other-pass-2026');
    const [person] = await persons();
    const answer = await other.query(
      'mutation($c: ID!, $p: ID!) { updatePerson(caseId: $c, personId: $p, input: { name: "Y" }) }',
      { c: caseId, p: person!.id },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await persons())[0]!.name).toBe(person!.name);
  });
});
