import { AppError } from '../../common/errors.js';
import type { RawExchange } from '../collector.js';

/** Parses an exchange's JSON body with a schema; PAYLOAD_INVALID names the URL. */
export function parseJson<T>(
  exchange: RawExchange,
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
): T {
  let value: unknown;
  try {
    value = JSON.parse(exchange.response.body.toString('utf8'));
  } catch {
    throw new AppError('PAYLOAD_INVALID', `${exchange.request.url} did not answer valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError('PAYLOAD_INVALID', `${exchange.request.url} answered JSON of an unexpected shape`);
  return parsed.data as T;
}
