/**
 * Which addresses a collector may reach. Only public unicast addresses pass, unless the endpoint
 * (`host:port`, by name or by IP) is on the configured allowlist (tests and the demo allowlist
 * their loopback fixture server's port); casegraph's own service ports never pass, allowlisted or
 * not. The check runs on the resolved IP, and the request is then pinned to that IP, so a DNS
 * answer cannot change between the check and the connection.
 */
import dns from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../common/errors.js';
import { endpointKey } from '../../common/fetch-allowlist.js';
import type { ForbiddenEndpoints } from './forbidden-endpoints.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** The range name of a non-public IP (`private`, `loopback`, `linkLocal`, ...), or null when public. */
export function nonPublicRange(ip: string): string | null {
  let parsed = ipaddr.parse(ip);
  // ::ffff:10.0.0.1 must be judged as 10.0.0.1, not as an IPv6 address.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/** The host of a URL without IPv6 brackets, lower-cased. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** The port a URL connects to: its own, or its scheme's. */
export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** Every way an allowlist may name this answer: the URL's host, or the IP it resolved to. */
function allowlisted(allowlist: readonly string[], host: string, address: string, port: number): boolean {
  const ip = ipaddr.parse(address);
  const forms = [host, address, ip.toString()];
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) {
    forms.push((ip as ipaddr.IPv6).toIPv4Address().toString());
  }
  // An entry without a port (configuration refuses them, so only code can pass one) keeps its
  // former meaning, the whole host, so lists that callers build in code keep working.
  return forms.some((form) => allowlist.includes(endpointKey(form, port)) || allowlist.includes(form));
}

/** Throws FETCH_REFUSED when an answer is one of casegraph's own services. */
async function refuseOwnService(
  url: URL,
  answers: readonly ResolvedAddress[],
  forbidden: ForbiddenEndpoints,
) {
  const host = bareHost(url);
  const port = effectivePort(url);
  for (const answer of answers) {
    const own = await forbidden.find(host, answer.address, port);
    if (own) {
      throw new AppError(
        'FETCH_REFUSED',
        `refused ${endpointKey(host, port)}: it is casegraph's own ${own.service}, which collectors never reach`,
        {
          url: url.href,
          address: answer.address,
          port,
          reason: 'own-service',
          service: own.service,
          retryable: false,
        },
      );
    }
  }
}

/**
 * Resolves the URL's host and returns the address to connect to; throws FETCH_REFUSED when an
 * answer is one of the `forbidden` endpoints, or is non-public and its `host:port` is not on the
 * allowlist (neither by the URL's host nor by the IP).
 */
export async function resolveGuarded(
  url: URL,
  allowlist: readonly string[],
  forbidden?: ForbiddenEndpoints,
): Promise<ResolvedAddress> {
  const host = bareHost(url);
  const port = effectivePort(url);
  const answers: ResolvedAddress[] = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await lookupAll(host);
  if (forbidden) await refuseOwnService(url, answers, forbidden);
  for (const answer of answers) {
    const range = nonPublicRange(answer.address);
    if (range !== null && !allowlisted(allowlist, host, answer.address, port)) {
      throw new AppError(
        'FETCH_REFUSED',
        `refused ${endpointKey(host, port)}: ${answer.address} is a ${range} address and ${endpointKey(host, port)} is not on the fetch allowlist`,
        { url: url.href, address: answer.address, port, range, retryable: false },
      );
    }
  }
  // Prefer IPv4: fixture and demo servers listen on 127.0.0.1, and most platforms serve both.
  return answers.find((a) => a.family === 4) ?? answers[0]!;
}

async function lookupAll(host: string): Promise<ResolvedAddress[]> {
  try {
    const answers = await dns.lookup(host, { all: true, verbatim: true });
    if (answers.length === 0) throw new Error('no addresses');
    return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } catch (error) {
    throw new AppError('FETCH_FAILED', `cannot resolve ${host}: ${(error as Error).message}`, {
      host,
      retryable: true,
    });
  }
}
