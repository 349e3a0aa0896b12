/**
 * The demo's people and case: one user per role, and a missing-person case with its detective,
 * analyst and prosecutor assigned, the missing girl and a friend tied to their accounts, a capture
 * from every fixture platform (demo-collections.ts; the girl's account under a daily watch) and an
 * evidence packet of them.
 * Idempotent: a second demo start finds everything in place.
 */
import { toSessionUser } from '../auth/auth.service.js';
import { DEMO_USERS } from '../auth/user-admin.service.js';
import type { SessionUser } from '../auth/session-user.js';
import type { Services } from '../composition/services.js';
import { collectDemoTargets } from './demo-collections.js';

/** What the demo prints for a newcomer: the case to open and who to sign in as. */
export interface SeededDemo {
  readonly caseNumber: string;
  readonly logins: readonly { role: string; username: string; password: string }[];
}

export const DEMO_CASE_NUMBER = 'DEMO-2026-0042';

/** The persons of the demo case, each tied to the account they are known to use. */
async function addDemoPersons(services: Services, detective: SessionUser, caseId: string): Promise<void> {
  const cases = services.cases;
  const alice = await cases.addPerson(detective, caseId, { name: 'Alice Doe', role: 'MISSING' });
  const aliceAccount = await cases.addAccount(caseId, { platform: 'mastodon', handle: 'alice' });
  await services.persons.tie(detective, caseId, alice, aliceAccount, {
    confidence: 0.9,
    basis: 'Named by her mother in the missing-person report',
  });
  const carol = await cases.addPerson(detective, caseId, { name: 'Carol Ames', role: 'WITNESS' });
  const carolAccount = await cases.addAccount(caseId, { platform: 'bluesky', handle: 'carol.bsky.social' });
  await services.persons.tie(detective, caseId, carol, carolAccount, {
    confidence: 0.7,
    basis: "Alice's friend; gave her handle when interviewed",
  });
}

/** Seeds the demo users and case; `fixturesUrl` is where the loopback fixture platforms answer. */
export async function seedDemo(services: Services, fixturesUrl: string): Promise<SeededDemo> {
  const { users, cases } = services.repos;
  await services.userAdmin.seedDemoUsers();
  const service = services.cases;
  const detective = toSessionUser((await users.byUsername('detective'))!);

  const existing = await cases.list({ userId: detective.id, search: DEMO_CASE_NUMBER, limit: 1 });
  if (!existing[0]) {
    const created = await service.create(detective, {
      number: DEMO_CASE_NUMBER,
      title: 'Missing teenager last seen near the riverfront',
      purpose: 'MISSING_PERSON',
      description: 'Demo case: the accounts below live on the loopback fixture platforms.',
    });
    for (const username of ['analyst', 'prosecutor']) {
      await service.assign(detective, created.id, (await users.byUsername(username))!.id);
    }
    await addDemoPersons(services, detective, created.id);
    await collectDemoTargets(services, created.id, detective, fixturesUrl);
    await services.exports.start(detective, {
      caseId: created.id,
      reason: 'Demo: the packet a prosecutor receives for the missing-person report',
      captureIds: null,
    });
  }
  return {
    caseNumber: DEMO_CASE_NUMBER,
    logins: DEMO_USERS.map((u) => ({ role: u.role, username: u.username, password: u.password })),
  };
}
