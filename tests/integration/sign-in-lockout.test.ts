import crypto from 'node:crypto';
import { startCasegraph, type RunningCasegraph } from '../../server/casegraph.js';
import { GqlClient, type GqlResult } from '../support/graphql-client.js';
import { testConfig } from '../support/services.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }';

/**
 * Sign-in as an attacker tries it over real HTTP: parallel bursts of guesses, and telling names
 * that exist from names that do not by the answer or by its timing.
 */
describe('sign-in lockout', () => {
  let app: RunningCasegraph;
  const password = 'Correct-horse-battery-9';
  const wrong = 'Wrong-password-1234';
  const suffix = crypto.randomBytes(3).toString('hex');

  const login = (username: string, secret: string): Promise<GqlResult> =>
    new GqlClient(app.url).query(LOGIN, { u: username, p: secret });
  const answer = (result: GqlResult) => ({
    code: GqlClient.code(result),
    message: result.errors?.[0]?.message,
    data: result.data?.login ?? null,
  });
  const newUser = async (label: string): Promise<string> => {
    const username = `${label}-${suffix}`;
    await app.services.userAdmin.create({
      username,
      displayName: username,
      role: 'ANALYST',
      unit: 'CID',
      password,
    });
    return username;
  };
  const lock = async (username: string) => {
    for (let i = 0; i < 5; i += 1) await login(username, wrong);
  };

  beforeAll(async () => {
    app = await startCasegraph(testConfig({ CASEGRAPH_WORKERS: 'false' }));
  });
  afterAll(() => app.stop());

  it('refuses the right password sent right after a parallel burst of 30 wrong ones', async () => {
    const username = await newUser('burst');
    const burst = Array.from({ length: 30 }, () => login(username, wrong));
    // Sent while the burst is still being answered, as an attacker's next guess would be.
    await new Promise((resolve) => setImmediate(resolve));
    const right = await login(username, password);
    expect(answer(right)).toMatchObject({ code: 'UNAUTHENTICATED', data: null });
    const answers = (await Promise.all(burst)).map(answer);
    expect(answers.filter((a) => a.data !== null)).toEqual([]);
    // And once everything has settled, the account is locked.
    expect(answer(await login(username, password))).toMatchObject({ code: 'UNAUTHENTICATED', data: null });
  });

  it('gives each of 50 parallel attempts its own number, so none is lost', async () => {
    const username = await newUser('count');
    const now = new Date().toISOString();
    const later = new Date(Date.now() + 60_000).toISOString();
    const counted = await Promise.all(
      Array.from({ length: 50 }, () => app.services.repos.users.countSignInAttempt(username, now, 5, later)),
    );
    expect(counted.map((c) => c!.attempt).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
  });

  it('answers an unknown name, a wrong password and a locked account alike', async () => {
    const open = await newUser('same-open');
    const locked = await newUser('same-locked');
    const answers = [await login(`nobody-${suffix}`, wrong), await login(open, wrong)];
    for (let i = 0; i < 5; i += 1) answers.push(await login(locked, wrong)); // the 5th locks it
    answers.push(await login(locked, password));
    const distinct = new Set(answers.map((a) => JSON.stringify(answer(a))));
    expect([...distinct]).toEqual([
      JSON.stringify({
        code: 'UNAUTHENTICATED',
        message:
          'wrong user name or password, or the account is locked for 15 minutes after 5 wrong passwords',
        data: null,
      }),
    ]);
    // The open account still signs in with its password: one wrong try does not lock it.
    expect(answer(await login(open, password)).data).not.toBeNull();
  });

  it('takes as long to refuse an unknown name or a locked account as a wrong password', async () => {
    const locked = await newUser('time-locked');
    await lock(locked);
    // A fresh account per three wrong tries keeps every "wrong password" sample below the lock.
    const open = await Promise.all([0, 1, 2, 3].map((i) => newUser(`time-open-${i}`)));
    const timed = async (username: string, secret: string) => {
      const started = process.hrtime.bigint();
      await login(username, secret);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const samples = { unknown: [] as number[], wrong: [] as number[], locked: [] as number[] };
    await timed(`warm-${suffix}`, wrong);
    for (let i = 0; i < 11; i += 1) {
      samples.unknown.push(await timed(`nobody-${i}-${suffix}`, wrong));
      samples.wrong.push(await timed(open[i % 4]!, wrong));
      samples.locked.push(await timed(locked, i % 2 ? wrong : password));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const medians = Object.values(samples).map(median);
    // Generous: the property is that no path skips the password hash, which costs tens of ms.
    expect(Math.max(...medians) / Math.min(...medians)).toBeLessThan(1.5);
  });
});
