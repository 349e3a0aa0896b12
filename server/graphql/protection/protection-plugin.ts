/**
 * The limits that need the request's variables, as one Apollo plugin: once the operation is known,
 * its cost and the length of every string it passes. Each refusal answers HTTP 400 before any
 * resolver runs.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { QueryCostLimit } from './query-cost.js';
import { StringLengthLimit } from './string-length.js';

/** The Apollo plugin enforcing the cost and string-length limits of LIMITS. */
export function protectionPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  const lengths = new StringLengthLimit();
  const cost = new QueryCostLimit();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const variables = rc.request.variables ?? {};
          lengths.check(rc.schema, rc.document, rc.operation, variables);
          cost.check(rc.schema, rc.document, rc.operation, variables);
        },
      };
    },
  };
}
