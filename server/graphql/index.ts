import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import { projectRoot } from '../../common/paths.js';
import { CustodyLedger } from '../../evidence/custody/custody-ledger.js';
import type { GraphqlModule } from '../app.js';
import { AccessCache } from '../auth/access-cache.js';
import { requireUser } from '../auth/case-access.js';
import { mountArtifactDownload } from '../http/artifact-download.route.js';
import { mountPacketVerify } from '../http/packet-verify.route.js';
import { mountExportDownload } from '../http/export-download.route.js';
import type { Runtime } from '../runtime.js';
import { CaseReadCache } from './case-read-cache.js';
import type { GraphqlPart } from './module.js';
import { AuditRepository } from '../../graph/repositories/audit.repository.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { auditPlugin, type AuditedContext } from './audit-plugin.js';
import { analysisModule } from './modules/analysis.module.js';
import { auditModule } from './modules/audit.module.js';
import { captureModule } from './modules/capture.module.js';
import { authModule, sessionResolver, type SessionContext } from './modules/auth.module.js';
import { caseLoaders, caseModule, type CaseContext } from './modules/case.module.js';
import { collectionModule } from './modules/collection.module.js';
import { exportModule } from './modules/export.module.js';
import { gateModule } from './modules/gate.module.js';
import { linkingModule } from './modules/linking.module.js';
import { systemModule } from './modules/system.module.js';
import { costLimit } from './query-limits.js';
import { makeExecutableSchemaFromSdl, type ResolverMap } from './schema-builder.js';

/** What every resolver receives: the services, who is asking (null when signed out), the cookie. */
export interface RequestContext extends SessionContext, CaseContext, AuditedContext {
  readonly runtime: Runtime;
}

export const SESSION_COOKIE = 'casegraph_session';

function modulesDir(): string {
  return path.join(projectRoot(), 'server', 'graphql', 'modules');
}

/** The parts that make up the API, in schema order. */
function parts(runtime: Runtime, access: AccessCache): GraphqlPart[] {
  const custody = new CustodyLedger(runtime.graph);
  const reads = new CaseReadCache(runtime.contentGeneration);
  return [
    systemModule(),
    authModule(runtime.graph, access),
    auditModule(runtime.graph),
    caseModule(runtime.graph, reads),
    gateModule<RequestContext>(runtime, { requireUser: async (ctx) => requireUser(ctx) }),
    collectionModule(runtime),
    exportModule(runtime),
    linkingModule(runtime, custody),
    analysisModule(runtime, reads),
    captureModule(runtime.graph, custody),
  ];
}

/** All SDL of the API in one string (also read by the type generator). */
export function schemaSdl(list: GraphqlPart[]): string {
  return list.map((p) => fs.readFileSync(path.join(modulesDir(), p.sdlFile), 'utf8')).join('\n');
}

function mergeResolvers(list: GraphqlPart[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const part of list) {
    for (const [type, fields] of Object.entries(part.resolvers)) {
      const target = (merged[type] ??= {});
      for (const [field, resolve] of Object.entries(fields)) {
        if (field in target) throw new Error(`two resolvers for ${type}.${field}`);
        target[field] = resolve;
      }
    }
  }
  return merged;
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The GraphQL schema, resolvers and per-request context of casegraph. */
export function buildGraphqlModule(runtime: Runtime): GraphqlModule<RequestContext> {
  const access = new AccessCache();
  const list = parts(runtime, access);
  const userFor = sessionResolver(runtime.graph, access);
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: runtime.config.cookieSecure,
    path: '/',
  };
  const trail = new AuditTrail(new AuditRepository(runtime.graph));
  return {
    schema: makeExecutableSchemaFromSdl(schemaSdl(list), mergeResolvers(list)),
    validationRules: [depthLimit(8), costLimit(25_000)],
    plugins: [auditPlugin<RequestContext>(trail)],
    routes: (app) => {
      const userOf = (req: Request) => userFor(readCookie(req, SESSION_COOKIE));
      mountExportDownload(app, runtime, userOf);
      mountArtifactDownload(app, runtime, new CustodyLedger(runtime.graph), userOf);
      mountPacketVerify(app, runtime, userOf);
    },
    context: async (req: Request, res: Response) => {
      const sessionToken = readCookie(req, SESSION_COOKIE);
      return {
        runtime,
        graph: runtime.graph,
        user: await userFor(sessionToken),
        access,
        sessionToken,
        origin: { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 300) ?? null },
        caseLoaders: caseLoaders(runtime.graph),
        setSession: (token, expiresAt) =>
          res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
        clearSession: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
      };
    },
  };
}
