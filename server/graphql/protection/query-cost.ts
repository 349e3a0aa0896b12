/**
 * The cost of the operation about to run, counted by graphql-query-complexity with the request's
 * variables, so a list size passed as `$first` counts like one written in the document. It runs
 * once the operation is known, because validation rules never see variables. Where no variable can
 * change the cost (list sizes written out, as the workspace writes them), it is counted once per
 * parsed document, which Apollo keeps, rather than on every request.
 */
import {
  BREAK,
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ASSUMED_LIST_SIZE, FIELD_COSTS, LIMITS, LIST_SIZE_ARGUMENTS } from './limits.js';

/** The rows a field asks for: its list-size argument as coerced, or 1 for a field without one. */
function rowsAsked(
  args: Record<string, unknown>,
  field: { args: readonly { name: string; defaultValue: unknown }[] },
): number {
  for (const name of LIST_SIZE_ARGUMENTS) {
    const argument = field.args.find((a) => a.name === name);
    if (!argument) continue;
    // An explicit null leaves the resolver its default page, which the schema states.
    const value = args[name] ?? argument.defaultValue;
    return typeof value === 'number' ? Math.max(1, value) : ASSUMED_LIST_SIZE;
  }
  return 1;
}

/** A field costs its own price (1 unless listed) plus its selection, times the rows it asks for. */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  (FIELD_COSTS[`${type.name}.${field.name}`] ?? 1) + rowsAsked(args, field) * childComplexity;

function tooCostly(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/**
 * The operation's cost in units, or null when its variables do not fit their types (execution
 * refuses those itself, with its own message). Throws BAD_USER_INPUT past maxCostNodes selections.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | null {
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return null;
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operation.name ? { operationName: operation.name.value } : {}),
      estimators: [estimator],
      maxQueryNodes: LIMITS.maxCostNodes,
    });
  } catch (error) {
    // The count stops at maxCostNodes selections (fragments spread over and over reach them fast):
    // a document that large is too costly as such. Anything else is a fault of ours, not the client's.
    if (!(error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)))
      throw error;
    throw tooCostly(`query too costly: more than ${LIMITS.maxCostNodes} selections to count`);
  }
}

function usesVariable(node: ASTNode): boolean {
  let found = false;
  visit(node, {
    Variable() {
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Whether a variable sets a list size or decides, through @include or @skip, what is selected. */
function costDependsOnVariables(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const sizes: readonly string[] = LIST_SIZE_ARGUMENTS;
  const roots = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  return roots.some((root) => {
    let found = false;
    visit(root, {
      Field(node) {
        found ||= (node.arguments ?? []).some((a) => sizes.includes(a.name.value) && usesVariable(a.value));
        return found ? BREAK : undefined;
      },
      Directive(node) {
        found ||= ['include', 'skip'].includes(node.name.value) && usesVariable(node);
        return found ? BREAK : undefined;
      },
    });
    return found;
  });
}

/** The cost limit of one server, remembering the cost of each operation no variable can change. */
export class QueryCostLimit {
  private readonly fixed = new WeakMap<OperationDefinitionNode, number>();

  /** Throws BAD_USER_INPUT (HTTP 400) when the operation would cost more than allowed. */
  check(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): void {
    const cost = this.fixed.get(operation) ?? queryCost(schema, document, operation, variables);
    if (cost === null) return;
    if (!this.fixed.has(operation) && !costDependsOnVariables(document, operation)) {
      this.fixed.set(operation, cost);
    }
    if (cost > LIMITS.maxCost) {
      throw tooCostly(
        `query too costly: about ${cost} units where ${LIMITS.maxCost} are allowed; ask for fewer rows`,
      );
    }
  }
}
