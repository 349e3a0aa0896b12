/**
 * A length limit on every string the API takes, checked against the schema before any resolver
 * runs, so a field added tomorrow is covered without anyone listing it. Strings are found where
 * they are written in the document and inside the variables, at any depth of lists and inputs;
 * each is measured against the schema coordinate it is given to (`PredicateInput.facts`,
 * `Mutation.closeCase(reason:)`), whose own limit STRING_LIMITS may raise or lower.
 */
import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { LIMITS, STRING_LIMITS } from './limits.js';

/** Where the values come from: the request's variables, and the operation's defaults for them. */
interface Sources {
  readonly variables: Record<string, unknown>;
  readonly defaults: ReadonlyMap<string, ValueNode>;
}

function checkString(value: string, coordinate: string): void {
  const limit = STRING_LIMITS[coordinate] ?? LIMITS.maxStringLength;
  if (value.length <= limit) return;
  throw new GraphQLError(`${coordinate} is longer than ${limit} characters`, {
    extensions: { code: 'BAD_USER_INPUT', field: coordinate, http: { status: 400 } },
  });
}

/** A variable's JSON value, read against the type of the place it is used. */
function checkJson(value: unknown, type: GraphQLInputType, coordinate: string): void {
  if (isNonNullType(type)) return checkJson(value, type.ofType, coordinate);
  if (isListType(type)) {
    // A single value where a list is expected is taken as a list of one, as execution does.
    for (const item of Array.isArray(value) ? value : [value]) checkJson(item, type.ofType, coordinate);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object' || value === null) return;
    for (const [name, field] of Object.entries(type.getFields())) {
      const fieldValue = (value as Record<string, unknown>)[name];
      if (fieldValue !== undefined) checkJson(fieldValue, field.type, `${type.name}.${name}`);
    }
    return;
  }
  if (typeof value === 'string') checkString(value, coordinate);
}

/** A value written in the document, where variables may stand for any part of it. */
function checkValue(node: ValueNode, type: GraphQLInputType, coordinate: string, sources: Sources): void {
  const named = isNonNullType(type) ? type.ofType : type;
  switch (node.kind) {
    case Kind.VARIABLE: {
      const value = sources.variables[node.name.value];
      const fallback = sources.defaults.get(node.name.value);
      if (value !== undefined) checkJson(value, type, coordinate);
      else if (fallback) checkValue(fallback, type, coordinate, sources);
      return;
    }
    case Kind.STRING:
      return checkString(node.value, coordinate);
    case Kind.LIST:
      if (isListType(named))
        for (const item of node.values) checkValue(item, named.ofType, coordinate, sources);
      return;
    case Kind.OBJECT:
      if (!isInputObjectType(named)) return;
      for (const field of node.fields) {
        const definition = named.getFields()[field.name.value];
        if (definition)
          checkValue(field.value, definition.type, `${named.name}.${field.name.value}`, sources);
      }
      return;
    default:
      return;
  }
}

/** Throws BAD_USER_INPUT (HTTP 400), naming the field, at the first string over its limit. */
export function checkStringLengths(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const sources: Sources = { variables, defaults };
  // The operation and every fragment, each visited once, so fragments spread often cost nothing extra.
  const roots = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const root of roots) {
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (!argument) return;
          const directive = typeInfo.getDirective();
          const owner = directive
            ? `@${directive.name}`
            : `${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`;
          checkValue(node.value, argument.type, `${owner}(${argument.name}:)`, sources);
        },
      }),
    );
  }
}
