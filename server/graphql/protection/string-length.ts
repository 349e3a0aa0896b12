/**
 * A length limit on every string the API takes, checked against the schema before any resolver
 * runs, so a field added tomorrow is covered without anyone listing it. Strings are found where
 * they are written in the document and inside the variables, at any depth of lists and inputs;
 * each is measured against the schema coordinate it is given to (`PredicateInput.facts`,
 * `Mutation.closeCase(reason:)`), whose own limit STRING_LIMITS may raise or lower. The document
 * is read once per parsed document (Apollo keeps them): what it writes out is checked then, and
 * where each variable goes is noted, so a request only walks its variables.
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

/** A place a variable is given to: the type expected there, and its schema coordinate. */
interface Usage {
  readonly variable: string;
  readonly type: GraphQLInputType;
  readonly coordinate: string;
}

/** What a document fixes about an operation: its own strings' verdict, and its variables' places. */
interface Plan {
  readonly written: GraphQLError | null;
  readonly usages: readonly Usage[];
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

/** A value written in the document: its strings are checked, its variables' places noted. */
function planValue(node: ValueNode, type: GraphQLInputType, coordinate: string, usages: Usage[]): void {
  const named = isNonNullType(type) ? type.ofType : type;
  switch (node.kind) {
    case Kind.VARIABLE:
      usages.push({ variable: node.name.value, type, coordinate });
      return;
    case Kind.STRING:
      return checkString(node.value, coordinate);
    case Kind.LIST:
      if (isListType(named))
        for (const item of node.values) planValue(item, named.ofType, coordinate, usages);
      return;
    case Kind.OBJECT:
      if (!isInputObjectType(named)) return;
      for (const field of node.fields) {
        const definition = named.getFields()[field.name.value];
        if (definition) planValue(field.value, definition.type, `${named.name}.${field.name.value}`, usages);
      }
      return;
    default:
      return;
  }
}

/** Reads the operation and every fragment once each, so fragments spread often cost nothing extra. */
function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Plan {
  const usages: Usage[] = [];
  const roots = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  try {
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
            planValue(node.value, argument.type, `${owner}(${argument.name}:)`, usages);
          },
        }),
      );
    }
    // A variable left out takes the default the operation writes out for it, checked here once.
    const defaults = new Map<string, ValueNode>();
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
    }
    for (const usage of usages) {
      const fallback = defaults.get(usage.variable);
      if (fallback) planValue(fallback, usage.type, usage.coordinate, []);
    }
  } catch (error) {
    if (error instanceof GraphQLError) return { written: error, usages: [] };
    throw error;
  }
  return { written: null, usages };
}

/** The string-length limit of one server, remembering what each parsed operation fixes. */
export class StringLengthLimit {
  private readonly plans = new WeakMap<OperationDefinitionNode, Plan>();

  /** Throws BAD_USER_INPUT (HTTP 400), naming the field, at the first string over its limit. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): void {
    let plan = this.plans.get(operation);
    if (!plan) this.plans.set(operation, (plan = planOf(schema, document, operation)));
    if (plan.written) throw plan.written;
    for (const usage of plan.usages) {
      const value = variables[usage.variable];
      if (value !== undefined) checkJson(value, usage.type, usage.coordinate);
    }
  }
}
