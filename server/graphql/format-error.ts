import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isAppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';

const log = logger('graphql');

/** Codes Apollo itself produces for bad requests; they are safe to show as they are. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Turns AppErrors into `extensions.code` and masks everything unknown, so no stack trace, Cypher
 * or file path reaches a client. It never throws.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
    const original = unwrapResolverError(error);
    // AppError('INTERNAL') is a bug report, not an answer: its message may name internals, so it is
    // masked like any unknown error.
    if (isAppError(original) && original.code !== 'INTERNAL') {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: original.code, ...publicDetails(original.details) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && APOLLO_CLIENT_CODES.has(code)) {
      // The input limits name the field they refused (`PredicateInput.facts`), as domain errors do.
      const field = formatted.extensions?.field;
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
      };
    }
    log.error({ err: (original as Error)?.message, path: formatted.path }, 'unexpected error in a resolver');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  } catch {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
}

function publicDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // Only plain JSON-able data the domain chose to attach (field names, reasons, clauses).
  return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
}
