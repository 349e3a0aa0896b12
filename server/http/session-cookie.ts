/** Reading the session cookie outside GraphQL, for routes that answer more to some users. */
import type { Request } from 'express';
import { SESSION_COOKIE } from '../graphql/index.js';

/** The `casegraph_session` cookie's token, or undefined when the request carries none. */
export function sessionTokenOf(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      // A malformed cookie is no session; it must not turn the answer into a 500.
      return undefined;
    }
  }
  return undefined;
}
