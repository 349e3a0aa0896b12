import type { GraphQLObjectType } from 'graphql';
import { buildSchema, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

export type ResolverMap = Record<string, Record<string, GraphQLFieldResolver<unknown, unknown> | unknown>>;

/**
 * Attaches resolvers to a schema built from SDL. Refuses a resolver for a type or field the SDL
 * does not have, so schema and code cannot drift silently.
 */
export function makeExecutableSchemaFromSdl(sdl: string, resolvers: ResolverMap): GraphQLSchema {
  const schema = buildSchema(sdl);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`resolver for unknown type ${typeName}`);
    if (!isObjectType(type)) {
      Object.assign(type, fields);
      continue;
    }
    const objectFields = (type as GraphQLObjectType).getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = objectFields[fieldName];
      if (!field) throw new Error(`resolver for unknown field ${typeName}.${fieldName}`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}
