import type { ResolverMap } from './schema-builder.js';

/**
 * One slice of the API: an SDL file in server/graphql/modules/ (using `extend type Query` /
 * `extend type Mutation` for its root fields) and the resolvers for it. Each feature area owns one.
 */
export interface GraphqlPart {
  readonly sdlFile: string;
  readonly resolvers: ResolverMap;
}
