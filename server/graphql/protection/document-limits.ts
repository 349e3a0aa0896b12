/**
 * The limits on a document's shape: graphql-js's own token limit while parsing, then, as validation
 * rules beside graphql-js's, GraphQL Armor's depth, alias and directive limits, and no schema
 * introspection where the config turns it off. Armor counts each fragment once however often it is spread, and stops at a cycle, so neither a
 * fragment cycle nor fragments spread exponentially can outlast graphql-js reporting them.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { LIMITS } from './limits.js';

/**
 * Armor throws its refusal by default, which escapes graphql-js's validation as a server error;
 * reported instead, it answers as GRAPHQL_VALIDATION_FAILED among the other validation errors,
 * in casegraph's words (the depth message keeps the wording of the depth rule it replaced).
 */
function reportAs(limit: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(new GraphQLError(`query exceeds ${limit}${found ? ` (found ${found})` : ''}`));
      },
    ],
  };
}

/**
 * Parsing stops at the token limit: parsing and validating cost time in proportion to a document's
 * tokens (some validation rules more), whatever the document asks for.
 */
export const protectionParseOptions: ParseOptions = { maxTokens: LIMITS.maxTokens };

/** The validation rules that protect the API, beyond graphql-js's specified ones. */
export function protectionRules(options: { readonly introspection: boolean }): ValidationRule[] {
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: LIMITS.maxDepth,
      flattenFragments: true,
      ...reportAs(`maximum operation depth of ${LIMITS.maxDepth}`),
    }),
    maxAliasesRule({ n: LIMITS.maxAliases, ...reportAs(`maximum of ${LIMITS.maxAliases} aliases`) }),
    maxDirectivesRule({
      n: LIMITS.maxDirectives,
      ...reportAs(`maximum of ${LIMITS.maxDirectives} directives`),
    }),
  ];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
