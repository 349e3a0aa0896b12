/**
 * The forward proxy every connection of a capture browser goes through (Chromium is launched with
 * --proxy-server pointing here): plain HTTP requests, CONNECT tunnels (HTTPS, WebSockets) and
 * absolute-form upgrades. Each is resolved and checked by the address guard, as the fetch layer's
 * requests are, and refused with 403 and a record in the capture's session when the guard says no.
 *
 * It listens on 127.0.0.1 only and answers only a capture's own credential: each capture opens a
 * session with a random Basic credential, which puppeteer answers Chromium's 407 challenge with,
 * and Chromium then sends on every connection of that browser context (WebSockets and service
 * workers included). Anything else on the machine, and Chromium's own background traffic, gets 407.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { logger } from '../../common/logger.js';
import type { ResolvedAddress } from '../net/address-guard.js';
import { connectUpstream, endToEndHeaders, forwardRequest, splice } from './proxy-forward.js';
import {
  DEFAULT_SESSION_LIMITS,
  ProxySession,
  type SessionGuard,
  type SessionLimits,
} from './proxy-session.js';
import { checkTarget, requestTarget, tunnelTarget, type ProxyTarget } from './proxy-target.js';

const log = logger('chromium');
const CHALLENGE = 'Basic realm="casegraph capture"';

/**
 * A URL no site has (.invalid is reserved, RFC 6761) that the proxy answers itself for a capture's
 * session. A page's recorded requests never reach the proxy, so the renderer opens this first:
 * Chromium meets the 407, puppeteer answers it, and the browser context then holds the credential
 * that its WebSockets and service workers must present.
 */
export const SESSION_GREETING_URL = 'http://casegraph-proxy.invalid/session';
const GREETING_HOST = new URL(SESSION_GREETING_URL).host;

/** A raw status line and headers for a socket that left the HTTP server (CONNECT, upgrade). */
function rawAnswer(socket: Duplex, status: string, headers: readonly string[] = []): void {
  socket.end(
    [`HTTP/1.1 ${status}`, ...headers, 'Content-Length: 0', 'Connection: close', '', ''].join('\r\n'),
  );
}

export class GuardProxy {
  private readonly sessions = new Map<string, ProxySession>();

  private constructor(
    private readonly server: http.Server,
    /** The port on 127.0.0.1 Chromium's --proxy-server names. */
    readonly port: number,
  ) {}

  /** Starts a proxy on 127.0.0.1 and a free port. */
  static async start(): Promise<GuardProxy> {
    const server = http.createServer({
      headersTimeout: 20_000,
      requestTimeout: 120_000,
      keepAliveTimeout: 5_000,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const proxy = new GuardProxy(server, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => void proxy.onRequest(req, res).catch(() => res.destroy()));
    server.on('connect', (req, socket, head) => void proxy.onTunnel(req, socket, head, false));
    server.on('upgrade', (req, socket, head) => void proxy.onTunnel(req, socket, head, true));
    server.on('clientError', (_error, socket) => socket.destroy());
    return proxy;
  }

  /** A session for one capture: its connections are checked under `guard` and counted. */
  openSession(guard: SessionGuard, limits: Partial<SessionLimits> = {}): ProxySession {
    const session = new ProxySession(guard, { ...DEFAULT_SESSION_LIMITS, ...limits }, (closed) =>
      this.sessions.delete(closed.credentials.username),
    );
    this.sessions.set(session.credentials.username, session);
    return session;
  }

  /** Stops accepting, ends every session and closes every connection. */
  async close(): Promise<void> {
    for (const session of [...this.sessions.values()]) session.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The open session whose credential the header carries, compared in constant time. */
  private sessionFor(header: string | undefined): ProxySession | null {
    const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
    if (!match) return null;
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return null;
    const session = this.sessions.get(decoded.slice(0, colon));
    if (!session?.active) return null;
    const given = crypto
      .createHash('sha256')
      .update(decoded.slice(colon + 1))
      .digest();
    const expected = crypto.createHash('sha256').update(session.credentials.password).digest();
    return crypto.timingSafeEqual(given, expected) ? session : null;
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const session = this.sessionFor(req.headers['proxy-authorization']);
    if (!session) {
      res.writeHead(407, { 'proxy-authenticate': CHALLENGE, 'content-length': '0' }).end();
      return;
    }
    // The greeting: answered here, never resolved.
    if (requestTarget(req.url, false)?.url.host === GREETING_HOST) {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '0' }).end();
      return;
    }
    const target = requestTarget(req.url, false);
    if (!target) {
      session.refuse(req.url ?? '', 'only http: requests in absolute form pass through the proxy');
      res.writeHead(400, { 'content-length': '0' }).end();
      return;
    }
    const address = await this.admit(session, target);
    if (!address) {
      res.writeHead(403, { 'content-length': '0' }).end();
      return;
    }
    forwardRequest(session, target, address, req, res);
  }

  /** CONNECT (`upgrade` false) or an absolute-form upgrade such as a ws:// WebSocket. */
  private async onTunnel(
    req: http.IncomingMessage,
    socket: Duplex,
    head: Buffer,
    upgrade: boolean,
  ): Promise<void> {
    socket.on('error', () => socket.destroy());
    const session = this.sessionFor(req.headers['proxy-authorization']);
    if (!session)
      return rawAnswer(socket, '407 Proxy Authentication Required', [`Proxy-Authenticate: ${CHALLENGE}`]);
    const target = upgrade ? requestTarget(req.url, true) : tunnelTarget(req.url);
    if (!target) return rawAnswer(socket, '400 Bad Request');
    const address = await this.admit(session, target);
    if (!address) return rawAnswer(socket, '403 Forbidden');
    try {
      const upstream = await connectUpstream(address, target.port);
      session.adopt(upstream);
      if (upgrade) upstream.write(upgradePreface(req, target));
      else socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      splice(session, target.label, socket, upstream);
    } catch (error) {
      log.debug({ target: target.label, err: (error as Error).message }, 'proxy tunnel failed');
      rawAnswer(socket, '502 Bad Gateway');
    }
  }

  /** The checked address when the guard, the budget and the connection cap all allow the target. */
  private async admit(session: ProxySession, target: ProxyTarget): Promise<ResolvedAddress | null> {
    const address = await checkTarget(session, target, this.port);
    if (!address || !session.active) return null;
    if (!session.withinBudget) {
      session.refuse(target.label, `the capture spent its ${session.limits.maxBytes} bytes`);
      return null;
    }
    if (!session.hasRoom) {
      session.refuse(target.label, `the capture has ${session.limits.maxConnections} connections open`);
      return null;
    }
    return address;
  }
}

/** The upgrade request as the origin must see it: origin-form path, Host by name, no proxy headers. */
function upgradePreface(req: http.IncomingMessage, target: ProxyTarget): string {
  const headers = endToEndHeaders(req.rawHeaders, { keep: ['connection', 'upgrade'], drop: ['host'] });
  const lines = [
    `${req.method ?? 'GET'} ${target.url.pathname}${target.url.search} HTTP/1.1`,
    `Host: ${target.url.host}`,
  ];
  for (let i = 0; i < headers.length; i += 2) lines.push(`${headers[i]!}: ${headers[i + 1]!}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
