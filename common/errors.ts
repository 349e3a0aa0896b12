/**
 * Domain errors. Code throws AppError with a code from this one list; the GraphQL layer turns the
 * code into `extensions.code` and masks anything else as INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'GATE_DENIED',
  'FETCH_REFUSED',
  'FETCH_FAILED',
  'PAYLOAD_INVALID',
  'LIMIT_EXCEEDED',
  'SERVICE_UNAVAILABLE',
  'CONFIG_INVALID',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** For exhaustive switches: the compiler proves this is never reached. */
export function unreachable(value: never): never {
  throw new AppError('INTERNAL', `unreachable case: ${JSON.stringify(value)}`);
}
