/**
 * The one HTTP layer every collector uses. Before each request it re-verifies the job's signed
 * gate decision (it may have expired since the job was queued), then resolves and checks the
 * address, connects to exactly that IP, caps size and time, and follows redirects under the same
 * checks. Each exchange is returned whole so it can be preserved as evidence.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
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

/** Throws FETCH_REFUSED unless the job's decision verifies and covers this platform and method. */
function checkDecision({ platform, decision }: GuardedFetchOptions): DecisionClaims {
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
      res = await sendOnce(url, address, init.method ?? 'GET', headers, signal, options.limits.maxBytes);
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
      chain.push({ url: url.href, status: res.status, location });
      url = new URL(location, url);
      continue;
    }
    const endedAt = new Date();
    const exchange: RawExchange = {
      request: { method: init.method ?? 'GET', url: url.href, headers },
      response: res,
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

type RawResponse = RawExchange['response'];

/** One request pinned to the checked IP; redirects are not followed here. */
function sendOnce(
  url: URL,
  address: ResolvedAddress,
  method: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  maxBytes: number,
): Promise<RawResponse> {
  // Host header and TLS SNI keep the name; only the connection goes to the pinned address.
  const lookup = ((_host, opts, callback) => {
    if (opts.all) callback(null, [address]);
    else callback(null, address.address, address.family);
  }) as LookupFunction;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    const req = transport.request(
      {
        protocol: url.protocol,
        hostname: bareHost(url),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        lookup,
        servername: bareHost(url),
        signal,
        agent: false,
      },
      (res) => readCapped(url, res, maxBytes, req, resolve, reject),
    );
    req.on('error', reject);
    req.end();
  });
}

function readCapped(
  url: URL,
  res: http.IncomingMessage,
  maxBytes: number,
  req: http.ClientRequest,
  resolve: (r: RawResponse) => void,
  reject: (e: unknown) => void,
): void {
  const tooBig = (): void => {
    req.destroy();
    reject(
      new AppError('LIMIT_EXCEEDED', `${url.href}: response larger than ${maxBytes} bytes`, {
        url: url.href,
        maxBytes,
        retryable: false,
      }),
    );
  };
  // A declared length over the cap is refused before reading a byte of the body.
  if (Number(res.headers['content-length'] ?? 0) > maxBytes) return tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  res.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) return tooBig();
    chunks.push(chunk);
  });
  res.on('error', reject);
  res.on('end', () => {
    resolve({
      status: res.statusCode ?? 0,
      statusText: res.statusMessage ?? '',
      headers: flattenHeaders(res.headers),
      httpVersion: res.httpVersion,
      body: Buffer.concat(chunks),
    });
  });
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
