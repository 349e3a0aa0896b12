import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import { projectRoot } from '../../common/paths.js';
import type { GraphqlModule } from '../app.js';
import { AccessCache } from '../auth/access-cache.js';
import { mountArtifactDownload } from '../http/artifact-download.route.js';
import { mountCaptureWacz } from '../http/capture-wacz.route.js';
import { mountPacketVerify } from '../http/packet-verify.route.js';
import { mountExportDownload } from '../http/export-download.route.js';
import type { Services } from '../composition/services.js';
import { CaseReadCache } from './case-read-cache.js';
import type { GraphqlPart } from './module.js';
import { auditPlugin, type AuditedContext } from './audit-plugin.js';
import { analysisModule } from './modules/analysis.module.js';
import { auditModule } from './modules/audit.module.js';
import { captureModule } from './modules/capture.module.js';
import { authModule, sessionResolver, type SessionContext } from './modules/auth.module.js';
import { caseLoaders, caseModule, type CaseContext } from './modules/case.module.js';
import { collectionModule } from './modules/collection.module.js';
import { exportModule } from './modules/export.module.js';
import { gateModule } from './modules/gate.module.js';
import { historyModule } from './modules/history.module.js';
import { lifecycleModule } from './modules/lifecycle.module.js';
import { linkingModule } from './modules/linking.module.js';
import { notificationModule } from './modules/notification.module.js';
import { personModule } from './modules/person.module.js';
import { searchModule } from './modules/search.module.js';
import { systemModule } from './modules/system.module.js';
import { watchModule } from './modules/watch.module.js';
import { protectionPlugin } from './protection/protection-plugin.js';
import { protectionParseOptions, protectionRules } from './protection/document-limits.js';
import { makeExecutableSchemaFromSdl, type ResolverMap } from './schema-builder.js';

/** What every resolver receives: who is asking (null when signed out), the cookie, the case guard. */
export interface RequestContext extends SessionContext, CaseContext, AuditedContext {}

export const SESSION_COOKIE = 'casegraph_session';

function modulesDir(): string {
  return path.join(projectRoot(), 'server', 'graphql', 'modules');
}

/** The parts that make up the API, in schema order, each given only what it uses. */
function parts(services: Services, access: AccessCache): GraphqlPart[] {
  const { repos, runtime } = services;
  const reads = new CaseReadCache(runtime.contentGeneration);
  return [
    systemModule(),
    authModule({ auth: services.auth, admin: services.userAdmin, access }),
    auditModule(repos.audit),
    caseModule({
      cases: repos.cases,
      content: repos.content,
      service: services.cases,
      reads,
      closing: services.lifecycle.status,
    }),
    gateModule({
      gate: runtime.gate,
      decisions: repos.decisions,
      authorizations: repos.authorizations,
      workflow: services.authorizations,
      collections: services.collections,
    }),
    collectionModule(services.collections),
    exportModule(services.exports),
    linkingModule({ links: repos.links, service: services.links }),
    personModule({ persons: repos.persons, service: services.persons }),
    notificationModule({ authorizations: repos.authorizations, users: repos.users, gate: runtime.gate }),
    analysisModule(services.analysis, reads),
    historyModule(services.history),
    searchModule({ posts: services.postSearch, artifactCaptures: repos.artifactCaptures }),
    captureModule({ source: repos.packetSource, decisions: repos.decisions, custody: services.custody }),
    lifecycleModule({ ...services.lifecycle, access }),
    watchModule(services.watches.service),
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

/** The GraphQL schema, resolvers, extra routes and per-request context of casegraph. */
export function buildGraphqlModule(services: Services): GraphqlModule<RequestContext> {
  const { repos, runtime } = services;
  const access = new AccessCache();
  const list = parts(services, access);
  const userFor = sessionResolver(services.auth, access);
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: runtime.config.cookieSecure,
    path: '/',
  };
  return {
    schema: makeExecutableSchemaFromSdl(schemaSdl(list), mergeResolvers(list)),
    parseOptions: protectionParseOptions,
    validationRules: protectionRules({ introspection: runtime.config.introspection }),
    plugins: [protectionPlugin<RequestContext>(), auditPlugin<RequestContext>(services.auditTrail)],
    routes: (app) => {
      const userOf = (req: Request) => userFor(readCookie(req, SESSION_COOKIE));
      const evidence = { caseAccess: repos.caseAccess, userOf, audit: services.auditTrail };
      mountExportDownload(app, { ...evidence, exports: repos.exports, dataDir: runtime.config.dataDir });
      mountArtifactDownload(app, {
        ...evidence,
        store: services.store,
        source: repos.packetSource,
        custody: services.custody,
      });
      mountCaptureWacz(app, {
        ...evidence,
        store: services.store,
        source: repos.packetSource,
        custody: services.custody,
        dataDir: runtime.config.dataDir,
      });
      mountPacketVerify(app, {
        userOf,
        dataDir: runtime.config.dataDir,
        departmentKey: services.evidenceKey.fingerprint,
        trustedKeys: services.trustedKeys,
        audit: services.auditTrail,
        currentChain: async (user, caseId) =>
          (await repos.caseAccess.reaches(user.id, user.role, caseId)) ? services.custody.list(caseId) : null,
      });
    },
    context: async (req: Request, res: Response) => {
      const sessionToken = readCookie(req, SESSION_COOKIE);
      return {
        user: await userFor(sessionToken),
        caseAccess: repos.caseAccess,
        access,
        sessionToken,
        origin: { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 300) ?? null },
        caseLoaders: caseLoaders(repos.cases),
        setSession: (token, expiresAt) =>
          res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
        clearSession: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
      };
    },
  };
}
