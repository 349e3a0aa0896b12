/**
 * The one HTTP layer every collector uses. Before each request it re-verifies the job's signed
 * gate decision (it may have expired since the job was queued), then resolves and checks the
 * address, connects to exactly that IP, caps size and time, and follows redirects under the same
 * checks. Each exchange is returned whole so it can be preserved as evidence.
 */
import type {
  DecisionBinding,
  DecisionClaims,
  DecisionVerifier,
  Platform,
} from '../../common/collection-types.js';
import type { Config } from '../../common/config.js';
import { AppError, isAppError } from '../../common/errors.js';
import type {
  CollectLimits,
  FetchInit,
  GuardedFetch,
  HostPacer,
  RawExchange,
  RedirectHop,
} from '../../collectors/collector.js';
import { bareHost, resolveGuarded, type ResolvedAddress } from './address-guard.js';
import type { ForbiddenEndpoints } from './forbidden-endpoints.js';
import { statusError } from './fetch-errors.js';
import type { WireRecord } from '../../common/wire-types.js';
import { sendRecorded } from '../recording/recorded-http.js';

export type { DecisionBinding };
/** The gate's verifier: verified claims, or a thrown error. */
export type ClaimsVerifier = DecisionVerifier;

export interface GuardedFetchOptions {
  /** The platform this fetch serves; the decision must be for it. */
  readonly platform: Platform;
  readonly decision: {
    readonly token: string;
    readonly binding: DecisionBinding;
    readonly verifier: ClaimsVerifier;
  };
  readonly config: Pick<Config, 'fetchAllowlist' | 'userAgent'>;
  /** casegraph's own service endpoints: refused on every hop, allowlisted or not. */
  readonly forbidden: ForbiddenEndpoints;
  readonly limits: Omit<CollectLimits, 'maxPages'>;
  readonly signal?: AbortSignal;
  /** Per-host politeness; every hop of a redirect chain waits its turn at its own host. */
  readonly pacer?: HostPacer;
  /** Roots trusted beside Node's own for HTTPS (CASEGRAPH_EXTRA_CA_FILE); verification stays on. */
  readonly extraCa?: readonly string[];
}

/** Methods that may make network requests at all (a preservation request is a letter). */
const NETWORK_METHODS = new Set(['PUBLIC_API', 'PUBLIC_WEB', 'API_WITH_KEY', 'WITNESS_CONSENT']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A fetch bound to one job's decision, platform, limits and configuration. */
export function createGuardedFetch(options: GuardedFetchOptions): GuardedFetch {
  return async (url, init = {}) => {
    checkDecision(options);
    const timeout = AbortSignal.timeout(options.limits.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    try {
      return await followRedirects(new URL(url), init, options, signal);
    } catch (error) {
      if (isAppError(error)) throw error;
      if (timeout.aborted) {
        throw new AppError(
          'FETCH_FAILED',
          `${url}: no complete answer within ${options.limits.timeoutMs} ms`,
          {
            url,
            reason: 'timeout',
            retryable: true,
          },
        );
      }
      if (signal.aborted) throw new AppError('FETCH_FAILED', `${url}: aborted`, { url, reason: 'aborted' });
      throw new AppError('FETCH_FAILED', `${url}: ${(error as Error).message}`, { url, retryable: true });
    }
  };
}

/**
 * The same decision check as a function of its own, for the page recorder, which asks it before
 * every request a rendered page makes.
 */
export function decisionCheck(options: Pick<GuardedFetchOptions, 'platform' | 'decision'>): () => void {
  return () => void checkDecision(options);
}

/** Throws FETCH_REFUSED unless the job's decision verifies and covers this platform and method. */
function checkDecision({
  platform,
  decision,
}: Pick<GuardedFetchOptions, 'platform' | 'decision'>): DecisionClaims {
  let claims: DecisionClaims;
  try {
    claims = decision.verifier.verify(decision.token, decision.binding);
  } catch (error) {
    throw new AppError('FETCH_REFUSED', `no valid gate decision: ${(error as Error).message}`, {
      reason: 'decision',
      retryable: false,
    });
  }
  if (claims.platform !== platform) {
    throw new AppError('FETCH_REFUSED', `gate decision is for ${claims.platform}, not ${platform}`, {
      reason: 'decision',
      retryable: false,
    });
  }
  if (!NETWORK_METHODS.has(claims.method)) {
    throw new AppError('FETCH_REFUSED', `method ${claims.method} makes no network request`, {
      reason: 'decision',
      retryable: false,
    });
  }
  return claims;
}

async function followRedirects(
  start: URL,
  init: FetchInit,
  options: GuardedFetchOptions,
  signal: AbortSignal,
): Promise<RawExchange> {
  const chain: RedirectHop[] = [];
  let url = start;
  for (;;) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new AppError('FETCH_REFUSED', `refused ${url.protocol} URL`, { url: url.href, retryable: false });
    }
    const address = await resolveGuarded(url, options.config.fetchAllowlist, options.forbidden);
    const headers = requestHeaders(url, init, options.config.userAgent);
    const startedAt = new Date();
    const release = await options.pacer?.acquire(bareHost(url), signal);
    let res: Awaited<ReturnType<typeof sendOnce>>;
    try {
      res = await sendOnce(url, address, init.method ?? 'GET', headers, signal, options);
    } finally {
      await release?.();
    }
    const location = res.headers.location;
    if (REDIRECTS.has(res.status) && location) {
      if (chain.length >= options.limits.maxRedirects) {
        throw new AppError('LIMIT_EXCEEDED', `more than ${options.limits.maxRedirects} redirects`, {
          url: start.href,
          redirectChain: [...chain, { url: url.href, status: res.status, location }],
          retryable: false,
        });
      }
      chain.push({ url: url.href, status: res.status, location, headers: res.wire.rawHeaders });
      url = new URL(location, url);
      continue;
    }
    const endedAt = new Date();
    const { wire, ...response } = res;
    const exchange: RawExchange = {
      request: { method: init.method ?? 'GET', url: url.href, headers },
      response,
      wire,
      serverIp: address.address,
      timing: {
        startedAt: startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        durationMs: endedAt.getTime() - startedAt.getTime(),
      },
      redirectChain: chain,
    };
    const ok = res.status >= 200 && res.status < 300;
    if (!ok && !init.acceptStatus?.includes(res.status)) throw statusError(url.href, res.status, res.headers);
    return exchange;
  }
}

function requestHeaders(url: URL, init: FetchInit, userAgent: string): Record<string, string> {
  return {
    host: url.host,
    'user-agent': userAgent,
    accept: '*/*',
    'accept-encoding': 'identity',
    ...Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
}

type RawResponse = RawExchange['response'] & { readonly wire: WireRecord };

/** One request pinned to the checked IP and kept as received; redirects are not followed here. */
function sendOnce(
  url: URL,
  address: ResolvedAddress,
  method: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  options: Pick<GuardedFetchOptions, 'limits' | 'extraCa'>,
): Promise<RawResponse> {
  return sendRecorded(
    { url, address, method, headers: Object.entries(headers) },
    { maxBytes: options.limits.maxBytes, signal, ...(options.extraCa ? { extraCa: options.extraCa } : {}) },
  );
}
