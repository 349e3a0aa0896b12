/**
 * The one rule for how many rows a list argument (`first`, `limit`, `maxNodes`) may ask for:
 * absent means the field's default; more than the field's maximum is served as the maximum (a
 * client asking for "all" still gets an answer); zero, negative or fractional is refused, naming the
 * argument, since it can only be a mistake.
 */
import { AppError } from '../../common/errors.js';

export function pageSize(
  value: number | null | undefined,
  field: string,
  fallback: number,
  max: number,
): number {
  if (value === null || value === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(value) || value < 1) {
    throw new AppError('BAD_USER_INPUT', `${field}: a whole number from 1 to ${max}`, { field });
  }
  return Math.min(value, max);
}
