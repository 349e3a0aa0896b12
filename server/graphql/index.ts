import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../common/paths.js';
import type { GraphqlModule } from '../app.js';
import type { AccessContext } from '../auth/case-access.js';
import type { Runtime } from '../runtime.js';
import type { GraphqlPart } from './module.js';
import { systemModule } from './modules/system.module.js';
import { makeExecutableSchemaFromSdl, type ResolverMap } from './schema-builder.js';

/** What every resolver receives: the services, and who is asking (null when signed out). */
export interface RequestContext extends AccessContext {
  readonly runtime: Runtime;
}

function modulesDir(): string {
  return path.join(projectRoot(), 'server', 'graphql', 'modules');
}

/** The parts that make up the API, in schema order. */
function parts(_runtime: Runtime): GraphqlPart[] {
  return [systemModule()];
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

/** The GraphQL schema, resolvers and per-request context of casegraph. */
export function buildGraphqlModule(runtime: Runtime): GraphqlModule<RequestContext> {
  const list = parts(runtime);
  return {
    schema: makeExecutableSchemaFromSdl(schemaSdl(list), mergeResolvers(list)),
    context: async () => ({ runtime, graph: runtime.graph, user: null }),
  };
}
