/**
 * Why a collection failed, in words a detective understands. The technical message (URL, HTTP
 * status, parser complaint) stays beside it as the detail, one click away in the workspace and
 * kept on the FAILED capture, since it is what a support request or a court needs.
 */
import type { CollectionTarget } from '../../common/collection-types.js';
import { isAppError } from '../../common/errors.js';

export interface FailureInWords {
  /** One sentence, no URL or code. */
  readonly words: string;
  /** The error as raised: code and message. */
  readonly detail: string;
}

/** The host a failure names, for "on this server" sentences. */
function hostOf(details: Readonly<Record<string, unknown>>): string | null {
  try {
    return typeof details.url === 'string' ? new URL(details.url).host : null;
  } catch {
    return null;
  }
}

/** A missing account or page: which one depends on what was asked for. */
function notFound(target: CollectionTarget, status: unknown, host: string | null): string {
  const where = host ? ` on ${host}` : ' on this server';
  const what =
    target.kind === 'handle' ? 'account' : target.kind === 'url' ? 'page' : `${target.kind} ${target.value}`;
  const gone = status === 410 ? ' (the platform says it was deleted)' : '';
  return `the ${what} does not exist${where}${gone}; check the spelling, or it may have been deleted or renamed`;
}

/** The sentence for one error code. */
function wordsFor(code: string, target: CollectionTarget, details: Readonly<Record<string, unknown>>) {
  const host = hostOf(details);
  const status = typeof details.status === 'number' ? details.status : null;
  switch (code) {
    case 'NOT_FOUND':
      return notFound(target, status, host);
    case 'RATE_LIMITED':
      return `the platform${host ? ` (${host})` : ''} asked us to slow down`;
    case 'FETCH_REFUSED':
      return 'casegraph refused to connect: the address is not a public one it may reach, or the authority for this collection no longer holds';
    case 'GATE_DENIED':
      return 'the legality gate refused the collection when it was about to run (an authorization may have expired or been revoked)';
    case 'PAYLOAD_INVALID':
      return `the platform answered something casegraph cannot read as ${target.platform}; the address may not be a ${target.platform} one`;
    case 'LIMIT_EXCEEDED':
      return 'the platform sent more than casegraph accepts for one collection (too large, or too many redirects)';
    case 'FETCH_FAILED':
      if (status !== null && status >= 500) return `the platform's server had a fault (HTTP ${status})`;
      if (status === 401 || status === 403) return 'the platform refused access: the content is not public';
      if (status !== null) return `the platform refused the request (HTTP ${status})`;
      return `the platform${host ? ` (${host})` : ''} could not be reached`;
    default:
      return 'casegraph failed while storing the collection; the detail below is for your administrator';
  }
}

/** The failure of a collect job, in words and in full. */
export function failureInWords(error: unknown, target: CollectionTarget): FailureInWords {
  const code = isAppError(error) ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  const details = isAppError(error) ? error.details : {};
  return { words: wordsFor(code, target, details), detail: `${code}: ${message}` };
}
