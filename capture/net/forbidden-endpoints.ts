/**
 * casegraph's own services: its HTTP port, the Redis and Neo4j Bolt ports it uses, and any other
 * it learns of later. No collector request may reach one of them, allowlisted or not: a request there
 * would be made with casegraph's own standing (queued jobs and their tokens in Redis, the case
 * graph, casegraph's API). Chromium's DevTools needs no entry: the capture browser speaks it over
 * a pipe, not a port.
 */
import dns from 'node:dns/promises';
import os from 'node:os';
import ipaddr from 'ipaddr.js';

/** One service casegraph runs or uses, as it is reached. */
export interface ServiceEndpoint {
  /** Host name or IP, lower case, without IPv6 brackets. */
  readonly host: string;
  readonly port: number;
  /** What it is, for the refusal's message ("Redis", "Neo4j Bolt", ...). */
  readonly service: string;
}

const bare = (host: string) => host.replace(/^\[|\]$/g, '').toLowerCase();

/** The IP in one form (IPv4-mapped IPv6 as IPv4, IPv6 compressed), or null for a name. */
function canonicalIp(value: string): string | null {
  const host = bare(value);
  return ipaddr.isValid(host) ? ipaddr.process(host).toString() : null;
}

/** Every address this machine answers on, so a service listening on all of them is found. */
function thisMachine(): Set<string> {
  const ips = Object.values(os.networkInterfaces())
    .flat()
    .map((nic) => (nic ? canonicalIp(nic.address) : null));
  return new Set(ips.filter((ip): ip is string => ip !== null));
}

/** True for loopback, unspecified (0.0.0.0 reaches the local host) and this machine's addresses. */
function isLocalIp(ip: string): boolean {
  const range = ipaddr.process(ip).range();
  return range === 'loopback' || range === 'unspecified' || thisMachine().has(ip);
}

/** Whether a host names this machine, without asking DNS. */
function isLocalHostSync(host: string): boolean {
  const ip = canonicalIp(host);
  if (ip) return isLocalIp(ip);
  return host === 'localhost' || host.endsWith('.localhost') || host === os.hostname().toLowerCase();
}

async function addressesOf(host: string): Promise<string[]> {
  const ip = canonicalIp(host);
  if (ip) return [ip];
  try {
    const answers = await dns.lookup(host, { all: true, verbatim: true });
    return answers.map((a) => canonicalIp(a.address)).filter((a): a is string => a !== null);
  } catch {
    // A service whose name does not resolve now cannot be where this request is going.
    return [];
  }
}

/** The endpoints no collector request may reach; built once per process, extended as learnt. */
export class ForbiddenEndpoints {
  private readonly endpoints: ServiceEndpoint[] = [];

  constructor(endpoints: Iterable<ServiceEndpoint> = []) {
    for (const endpoint of endpoints) this.add(endpoint);
  }

  /** Adds an endpoint known only once it runs (a port picked when a server started). */
  add(endpoint: ServiceEndpoint): void {
    const entry = { ...endpoint, host: bare(endpoint.host) };
    if (!this.endpoints.some((e) => e.host === entry.host && e.port === entry.port)) {
      this.endpoints.push(Object.freeze(entry));
    }
  }

  /** The service a request to `host` (resolved to `address`) at `port` would reach, if any. */
  async find(host: string, address: string, port: number): Promise<ServiceEndpoint | undefined> {
    const ip = canonicalIp(address);
    for (const endpoint of this.endpoints) {
      if (endpoint.port !== port) continue;
      if (endpoint.host === bare(host)) return endpoint;
      if (ip === null) continue;
      const targets = await addressesOf(endpoint.host);
      if (targets.includes(ip)) return endpoint;
      // A service on this machine answers on every local address, not only the one it was named by.
      if (isLocalIp(ip) && (isLocalHostSync(endpoint.host) || targets.some(isLocalIp))) return endpoint;
    }
    return undefined;
  }
}

/** The endpoint a service URL names (`redis://`, `rediss://`, `bolt://`, `neo4j+s://`). */
export function endpointOfUrl(url: string, service: string, defaultPort: number): ServiceEndpoint {
  const parsed = new URL(url);
  return { host: bare(parsed.hostname), port: Number(parsed.port || defaultPort), service };
}

/** What casegraph serves and uses in this process, as the composition root knows it at start. */
export interface OwnServices {
  readonly http: { readonly host: string; readonly port: number };
  readonly redisUrl: string;
  /** The Bolt URI in use: the embedded engine's or the configured server's. */
  readonly boltUri?: string | undefined;
}

/** The forbidden endpoints of a casegraph process. */
export function ownServiceEndpoints(own: OwnServices): ForbiddenEndpoints {
  const endpoints: ServiceEndpoint[] = [endpointOfUrl(own.redisUrl, 'Redis', 6379)];
  // Port 0 means the port is picked when the server listens; there is nothing to name yet.
  if (own.http.port > 0) endpoints.push({ ...own.http, service: 'HTTP server' });
  if (own.boltUri) endpoints.push(endpointOfUrl(own.boltUri, 'Neo4j Bolt', 7687));
  return new ForbiddenEndpoints(endpoints);
}
