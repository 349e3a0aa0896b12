/**
 * Carries an allowed exchange to the address the guard checked: a plain HTTP request forwarded
 * with its hop-by-hop headers removed, or a tunnel (CONNECT, or a WebSocket upgrade) spliced byte
 * for byte. Every byte counts against the capture's budget and every socket closes when idle.
 */
import http from 'node:http';
import net from 'node:net';
import type { Duplex, Readable, Writable } from 'node:stream';
import type { ResolvedAddress } from '../net/address-guard.js';
import type { ProxySession } from './proxy-session.js';
import type { ProxyTarget } from './proxy-target.js';

const CONNECT_TIMEOUT_MS = 10_000;

// RFC 9110 7.6.1: meant for the next hop only, so never passed on; Proxy-Authorization above all,
// since it is the capture's credential.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Raw headers without the hop-by-hop ones (and those Connection names), keeping order and case;
 * `keep` passes hop-by-hop names a tunnel needs, `drop` removes more.
 */
export function endToEndHeaders(
  raw: readonly string[],
  { keep = [], drop = [] }: { keep?: readonly string[]; drop?: readonly string[] } = {},
): string[] {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.toLowerCase() === 'connection') {
      for (const token of raw[i + 1]!.split(',')) named.add(token.trim().toLowerCase());
    }
  }
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (drop.includes(name)) continue;
    if (keep.includes(name) || (!HOP_BY_HOP.has(name) && !named.has(name))) out.push(raw[i]!, raw[i + 1]!);
  }
  return out;
}

/** Connects to exactly the checked address: no name is resolved here. */
export function connectUpstream(address: ResolvedAddress, port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address.address, port, family: address.family });
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => socket.destroy(new Error('connect timed out')));
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      socket.setTimeout(0);
      resolve(socket);
    });
  });
}

/**
 * Copies `from` to `to` with backpressure, counting each chunk before it is passed on: the chunk
 * that would overspend the budget is never delivered. `to` ends when `from` does.
 */
function relay(session: ProxySession, label: string, from: Readable, to: Writable): void {
  from.on('data', (chunk: Buffer) => {
    if (!session.spend(chunk.length, label)) {
      from.destroy();
      to.destroy();
      return;
    }
    if (!to.write(chunk)) {
      from.pause();
      to.once('drain', () => from.resume());
    }
  });
  from.once('end', () => to.end());
}

/** Splices two sockets under the session's byte budget and idle timeout. */
export function splice(session: ProxySession, label: string, client: Duplex, upstream: net.Socket): void {
  const close = () => {
    client.destroy();
    upstream.destroy();
  };
  for (const [from, to] of [
    [client, upstream],
    [upstream, client],
  ] as const) {
    from.on('error', close);
    from.on('close', close);
    relay(session, label, from, to);
  }
  upstream.setTimeout(session.limits.idleMs, close);
  if (client instanceof net.Socket) client.setTimeout(session.limits.idleMs, close);
}

/** Forwards a plain HTTP request to the checked address and streams the answer back. */
export function forwardRequest(
  session: ProxySession,
  target: ProxyTarget,
  address: ResolvedAddress,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): void {
  const upstream = http.request({
    host: address.address,
    family: address.family,
    port: target.port,
    method: req.method,
    path: `${target.url.pathname}${target.url.search}`,
    // The Host the page asked for, not the address: virtual hosts answer by name.
    headers: ['Host', target.url.host, ...endToEndHeaders(req.rawHeaders, { drop: ['host'] })],
    setHost: false,
    agent: false,
    timeout: session.limits.idleMs,
  });
  upstream.on('socket', (socket) => session.adopt(socket));
  // Chromium gave up on the answer (or it is complete): nothing more to carry for it.
  res.once('close', () => upstream.destroy());
  upstream.on('timeout', () => upstream.destroy(new Error('upstream idle')));
  upstream.on('error', () => {
    if (res.headersSent || res.destroyed) res.destroy();
    else res.writeHead(502, { 'content-length': '0' }).end();
  });
  upstream.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEndHeaders(answer.rawHeaders));
    relay(session, target.label, answer, res);
  });
  relay(session, target.label, req, upstream);
}
