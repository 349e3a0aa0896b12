/**
 * Serves some parts of the API over real HTTP on a free port, with a context the test chooses:
 * for suites that test one part's rules without the sign-in layer in the way.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request } from 'express';
import { createHttpApp } from '../../server/app.js';
import { schemaSdl } from '../../server/graphql/index.js';
import type { GraphqlPart } from '../../server/graphql/module.js';
import { makeExecutableSchemaFromSdl } from '../../server/graphql/schema-builder.js';
import { CaseAccessRepository } from '../../graph/repositories/case-access.repository.js';
import type { AccessContext } from '../../server/auth/case-access.js';
import type { SessionUser } from '../../server/auth/session-user.js';
import type { Runtime } from '../../server/runtime.js';

export interface PartsServer {
  /** The /graphql URL. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts an HTTP server with just these parts; `context` builds each request's context. */
export async function serveParts<C extends object>(
  runtime: Runtime,
  parts: GraphqlPart[],
  context: (req: Request) => Promise<C>,
): Promise<PartsServer> {
  const schema = makeExecutableSchemaFromSdl(schemaSdl(parts), {
    Query: Object.assign({}, ...parts.map((p) => p.resolvers.Query ?? {})),
    Mutation: Object.assign({}, ...parts.map((p) => p.resolvers.Mutation ?? {})),
  });
  const app = await createHttpApp<C>(runtime.health, { schema, context: (req) => context(req) });
  const server = http.createServer(app.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
    },
  };
}

/**
 * Stands in for the sign-in layer: the user named by the `x-test-user` header, as the graph holds
 * them, with the real per-case guard.
 */
export function headerUser(runtime: Runtime): (req: Request) => Promise<AccessContext> {
  const caseAccess = new CaseAccessRepository(runtime.graph);
  return async (req) => {
    const rows = await runtime.graph.read<{ user: SessionUser }>(
      `MATCH (u:User {id: $id})
       RETURN {id: u.id, username: u.username, displayName: coalesce(u.displayName, u.username),
               role: u.role, unit: u.unit} AS user`,
      { id: req.header('x-test-user') ?? '' },
    );
    return { user: rows[0]?.user ?? null, caseAccess };
  };
}
