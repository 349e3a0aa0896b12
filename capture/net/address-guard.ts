/**
 * Which addresses a collector may reach. Only public unicast addresses pass, unless the host name
 * or the IP is on the configured allowlist (tests and the demo allowlist their loopback fixture
 * server). The check runs on the resolved IP, and the request is then pinned to that IP, so a DNS
 * answer cannot change between the check and the connection.
 */
import dns from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { AppError } from '../../common/errors.js';

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

/**
 * Resolves the URL's host and returns the address to connect to; throws FETCH_REFUSED when any
 * answer is non-public and neither the host nor that IP is allowlisted.
 */
export async function resolveGuarded(url: URL, allowlist: readonly string[]): Promise<ResolvedAddress> {
  const host = bareHost(url);
  const answers: ResolvedAddress[] = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }]
    : await lookupAll(host);
  const hostAllowed = allowlist.includes(host);
  for (const answer of answers) {
    const range = nonPublicRange(answer.address);
    if (range !== null && !hostAllowed && !allowlist.includes(answer.address)) {
      throw new AppError('FETCH_REFUSED', `refused ${host}: ${answer.address} is a ${range} address`, {
        url: url.href,
        address: answer.address,
        range,
        retryable: false,
      });
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
