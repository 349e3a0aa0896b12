/**
 * The demo's people and case: one user per role, and a missing-person case with its detective,
 * analyst and prosecutor assigned and the accounts to look at on the fixture platforms.
 * Idempotent: a second demo start finds everything in place.
 */
import { toSessionUser } from '../auth/auth.service.js';
import { DEMO_USERS } from '../auth/user-admin.service.js';
import type { Services } from '../composition/services.js';

/** What the demo prints for a newcomer: the case to open and who to sign in as. */
export interface SeededDemo {
  readonly caseNumber: string;
  readonly logins: readonly { role: string; username: string; password: string }[];
}

export const DEMO_CASE_NUMBER = 'DEMO-2026-0042';

/** A first lawful collection, so the demo case opens with captured posts. */
async function collectDemoAccount(services: Services, caseId: string, detectiveId: string): Promise<void> {
  await services.collections.start(
    {
      caseId,
      purpose: 'MISSING_PERSON',
      target: { platform: 'mastodon', kind: 'handle', value: 'alice', scope: 'POSTS' },
      method: 'PUBLIC_API',
      content: 'PUBLIC',
      steps: [],
      device: { kind: 'DEPARTMENT', id: 'DEMO-LAPTOP-01' },
      predicate: {
        reportNumber: 'MP-2026-0042',
        facts:
          'Missing-person report MP-2026-0042: Alice Doe posts publicly as @alice; her last posts may show where she went.',
      },
    },
    detectiveId,
  );
}

/** Seeds the demo users and case. */
export async function seedDemo(services: Services): Promise<SeededDemo> {
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
    const personId = await service.addPerson(detective, created.id, { name: 'Alice Doe', role: 'MISSING' });
    const account = await service.addAccount(created.id, { platform: 'mastodon', handle: 'alice' });
    await service.tieAccount(detective, created.id, personId, account, {
      confidence: 0.9,
      basis: 'Named by her mother in the missing-person report',
    });
    await service.addAccount(created.id, { platform: 'bluesky', handle: 'carol.bsky.social' });
    await collectDemoAccount(services, created.id, detective.id);
  }
  return {
    caseNumber: DEMO_CASE_NUMBER,
    logins: DEMO_USERS.map((u) => ({ role: u.role, username: u.username, password: u.password })),
  };
}
