import type { Response } from 'express';
import { isAppError } from '../../common/errors.js';

/**
 * Answers a failed evidence request: anything the user may not reach is a plain 404, so neither a
 * case nor a file leaks its existence; only a missing sign-in says so.
 */
export function sendEvidenceError(res: Response, error: unknown): void {
  const code = isAppError(error) ? error.code : 'INTERNAL';
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'NOT_FOUND' || code === 'FORBIDDEN' ? 404 : 500;
  res
    .status(status)
    .json({ error: status === 500 ? 'internal error' : status === 401 ? 'sign in first' : 'not found' });
}
