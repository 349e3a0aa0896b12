/**
 * A cost limit for queries: each field costs 1, and a field's selection costs as many times over
 * as the `first`/`limit`/`maxNodes` it asks for (lists default to 50). A query that would fan out
 * to millions of rows is refused before it runs, with a message saying what it would cost.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

const LIST_ARGS = new Set(['first', 'limit', 'maxNodes']);
const DEFAULT_LIST = 50;

function multiplier(args: readonly { name: { value: string }; value: { kind: string } }[]): number {
  for (const arg of args) {
    if (!LIST_ARGS.has(arg.name.value)) continue;
    const value = arg.value as { kind: string; value?: string };
    return value.kind === Kind.INT ? Math.max(1, Number(value.value)) : DEFAULT_LIST;
  }
  return 1;
}

function cost(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += 1 + multiplier(selection.arguments ?? []) * cost(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += cost(selection.selectionSet, fragments, seen);
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      total += cost(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value]));
    }
  }
  return total;
}

/** A validation rule refusing operations that cost more than `max`. */
export function costLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const total = cost(node.selectionSet, fragments, new Set());
        if (total > max) {
          context.reportError(
            new GraphQLError(
              `query too costly: about ${total} units where ${max} are allowed; ask for fewer rows`,
              {
                nodes: [node],
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ),
          );
        }
      },
    };
  };
}
