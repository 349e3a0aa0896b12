/**
 * The people of the records-lifecycle suites: a supervisor and a prosecutor of the case's unit,
 * an analyst assigned to it, and a detective and a supervisor of another unit who reach nothing
 * of it. Each signs in over real HTTP.
 */
import { UserRepository } from '../../graph/repositories/user.repository.js';
import { UserAdminService } from '../../server/auth/user-admin.service.js';
import type { Role } from '../../server/auth/roles.js';
import type { CollectingCasegraph } from './collecting-casegraph.js';
import { GqlClient } from './graphql-client.js';

export interface LifecycleUsers {
  readonly supervisor: GqlClient;
  readonly prosecutor: GqlClient;
  readonly analyst: GqlClient;
  readonly outsider: GqlClient;
  readonly otherSupervisor: GqlClient;
  readonly ids: Record<'supervisor' | 'prosecutor' | 'analyst' | 'outsider', string>;
}

/** Creates the users (names prefixed by `tag`, unique per suite) and assigns the case's ones. */
export async function lifecycleUsers(env: CollectingCasegraph, tag: string): Promise<LifecycleUsers> {
  const admin = new UserAdminService(new UserRepository(env.app.runtime.graph));
  const password = 'Lifecycle-pass-2026';
  const make = async (name: string, role: Role, unit: string | null) => {
    const user = await admin.create({
      username: `${tag}-${name}`,
      displayName: `${name[0]!.toUpperCase()}${name.slice(1)} ${tag.toUpperCase()}`,
      role,
      password,
      ...(unit ? { unit } : {}),
    });
    const client = new GqlClient(env.app.url);
    await client.login(`${tag}-${name}`, password);
    return { id: user.id, client };
  };
  // The case's unit is CID (collecting-casegraph.ts); the other unit is this suite's own.
  const supervisor = await make('sup', 'SUPERVISOR', 'CID');
  const prosecutor = await make('ada', 'PROSECUTOR', null);
  const analyst = await make('analyst', 'ANALYST', null);
  const outsider = await make('outsider', 'DETECTIVE', `${tag}-OTHER`);
  const otherSupervisor = await make('othersup', 'SUPERVISOR', `${tag}-OTHER`);
  for (const { id } of [prosecutor, analyst]) {
    const done = await env.detective.query(
      'mutation($c: ID!, $u: ID!) { assignUser(caseId: $c, userId: $u) { id } }',
      { c: env.caseId, u: id },
    );
    if (done.errors) throw new Error(JSON.stringify(done.errors));
  }
  return {
    supervisor: supervisor.client,
    prosecutor: prosecutor.client,
    analyst: analyst.client,
    outsider: outsider.client,
    otherSupervisor: otherSupervisor.client,
    ids: { supervisor: supervisor.id, prosecutor: prosecutor.id, analyst: analyst.id, outsider: outsider.id },
  };
}

/** Exports the case (or the captures listed) as the prosecutor, waits for the packet and downloads it. */
export async function exportPacket(
  env: CollectingCasegraph,
  prosecutor: GqlClient,
  reason: string,
  captureIds: readonly string[] | null = null,
): Promise<Buffer> {
  // A connection left idle since the last test may be closed by the server just as fetch reuses
  // it (ECONNRESET before anything is sent); a harmless read first takes that stale connection.
  await prosecutor.query('{ me { id } }').catch(() => undefined);
  const started = await prosecutor.query(
    'mutation($c: ID!, $r: String!, $k: [ID!]) { startExport(caseId: $c, reason: $r, captureIds: $k) { id } }',
    { c: env.caseId, r: reason, k: captureIds },
  );
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  const id = started.data!.startExport.id as string;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    // Reading the status is idempotent: a connection dropped under load is read again.
    const list = await retried(() =>
      prosecutor.query('query($c: ID!) { exports(caseId: $c) { id status downloadPath error } }', {
        c: env.caseId,
      }),
    );
    const mine = (
      list.data?.exports as { id: string; status: string; downloadPath: string; error: string }[]
    ).find((e) => e.id === id);
    if (mine?.status === 'FAILED') throw new Error(`export failed: ${mine.error}`);
    if (mine?.status === 'DONE') {
      const res = await fetch(`${env.app.url}${mine.downloadPath}`, {
        headers: { cookie: prosecutor.cookieHeader },
      });
      return Buffer.from(await res.arrayBuffer());
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the export did not finish in time');
}

/** `read` again after a dropped connection, at most three times. */
async function retried<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * A collection through the API, waited for to its end: on a loaded machine a job may still be
 * running when the shared helper stops waiting.
 */
export async function collectToEnd(env: CollectingCasegraph, handle: string): Promise<Record<string, any>> {
  const { job } = await env.collect(handle);
  const deadline = Date.now() + 300_000;
  let current = job;
  while (current.state !== 'completed' && current.state !== 'failed' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const jobs = await retried(() =>
      env.detective.query('query($c: ID!) { case(id: $c) { captures(first: 5) { id status } } }', {
        c: env.caseId,
      }),
    );
    const done = (jobs.data?.case.captures as { id: string; status: string }[] | undefined)?.find(
      (k) => k.status === 'CAPTURED',
    );
    if (done) current = { state: 'completed', error: null, captureId: done.id };
  }
  return current;
}

/** Has casegraph verify a packet for `client`. */
export async function verifyUpload(env: CollectingCasegraph, client: GqlClient, packet: Buffer) {
  const res = await fetch(`${env.app.url}/packets/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip', cookie: client.cookieHeader },
    body: packet,
  });
  return { status: res.status, verdict: (await res.json()) as Record<string, any> };
}
