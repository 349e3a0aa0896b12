/**
 * The limits that need the request's variables, as one Apollo plugin: once the operation is known,
 * its cost. A refusal answers HTTP 400 before any resolver runs.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { checkQueryCost } from './query-cost.js';

/** The Apollo plugin enforcing the cost limit of LIMITS. */
export function protectionPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const variables = rc.request.variables ?? {};
          checkQueryCost(rc.schema, rc.document, rc.operation, variables);
        },
      };
    },
  };
}
