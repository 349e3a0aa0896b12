import { casegraphVersion } from '../../../common/paths.js';
import type { GraphqlPart } from '../module.js';

/** Fields about casegraph itself. */
export function systemModule(): GraphqlPart {
  return {
    sdlFile: 'system.graphql',
    resolvers: { Query: { version: () => casegraphVersion() }, Mutation: { _noop: () => null } },
  };
}
