import type { Resolvers } from './generated/graphql-types.js';
import type { ResolverMap } from './schema-builder.js';

/**
 * One slice of the API: an SDL file in server/graphql/modules/ (using `extend type Query` /
 * `extend type Mutation` for its root fields) and the resolvers for it. Each feature area owns one.
 */
export interface GraphqlPart {
  readonly sdlFile: string;
  readonly resolvers: ResolverMap;
}

/**
 * A part whose resolvers are checked against the types generated from the SDL (`npm run codegen`):
 * a renamed field, a wrong argument or a wrong result type fails the type check.
 */
export function graphqlPart<C>(sdlFile: string, resolvers: Resolvers<C>): GraphqlPart {
  return { sdlFile, resolvers: resolvers as ResolverMap };
}
