/** A detective for benchmarks that go through the API: created in the graph, signed in over HTTP. */
import type { GraphClient } from '../graph/graph-client.js';
import { UserRepository } from '../graph/repositories/user.repository.js';
import { UserAdminService } from '../server/auth/user-admin.service.js';

export const BENCH_PASSWORD = 'Bench-password-2026';

/** Creates the user and returns its session cookie (`name=value`) for requests to `url`. */
export async function benchDetective(graph: GraphClient, url: string, username: string): Promise<string> {
  await new UserAdminService(new UserRepository(graph)).create({
    username,
    displayName: 'Bench',
    role: 'DETECTIVE',
    unit: 'BENCH',
    password: BENCH_PASSWORD,
  });
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      variables: { u: username, p: BENCH_PASSWORD },
    }),
  });
  const cookie = login.headers.get('set-cookie');
  if (!cookie) throw new Error(`${username} could not sign in: ${await login.text()}`);
  return cookie.split(';')[0]!;
}
