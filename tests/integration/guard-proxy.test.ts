import http from 'node:http';
import net from 'node:net';
import { ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import { GuardProxy } from '../../capture/proxy/guard-proxy.js';
import type { ProxySession } from '../../capture/proxy/proxy-session.js';

/** A loopback origin that remembers each request's headers and the peer it came from. */
async function startOrigin(host = '127.0.0.1') {
  const seen: http.IncomingHttpHeaders[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    seen.push(req.headers);
    if (req.url === '/big') res.end(Buffer.alloc(64 * 1024, 'x'));
    else res.end(`origin saw ${req.method} ${req.url}`);
  });
  server.on('connection', () => (connections += 1));
  server.on('upgrade', (req, socket) => {
    seen.push(req.headers);
    socket.end(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nupgraded ${req.url}`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    seen,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const basic = (session: ProxySession, password = session.credentials.password) =>
  `Basic ${Buffer.from(`${session.credentials.username}:${password}`).toString('base64')}`;

/** Sends raw request lines to the proxy and resolves with the first answer's status line and the socket. */
function ask(
  port: number,
  lines: readonly string[],
): Promise<{ status: string; text: string; socket: net.Socket }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) resolve({ status: text.slice(0, text.indexOf('\r\n')), text, socket });
    });
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: text.slice(0, text.indexOf('\r\n')), text, socket }));
  });
}

/** Waits until the socket closes; resolves with everything it received after `since`. */
const closed = (socket: net.Socket) =>
  new Promise<number>((resolve) => {
    let bytes = 0;
    socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
    socket.on('close', () => resolve(bytes));
  });

/**
 * The proxy on its own, driven by raw HTTP as Chromium drives it. The allowlist names the
 * origin's endpoint only, so `other`, on the same host but another port, must stay out of reach.
 */
describe('the guard proxy', () => {
  let proxy: GuardProxy;
  let origin: Awaited<ReturnType<typeof startOrigin>>;
  let other: Awaited<ReturnType<typeof startOrigin>>;
  const allowOrigin = () => ({ allowlist: [`127.0.0.1:${origin.port}`] });
  beforeAll(async () => {
    proxy = await GuardProxy.start();
    origin = await startOrigin();
    other = await startOrigin();
  });
  afterAll(async () => {
    await proxy.close();
    await origin.close();
    await other.close();
  });

  it('answers 407 to anyone without the capture’s credential and reaches nothing for them', async () => {
    const session = proxy.openSession(allowOrigin());
    const url = `http://127.0.0.1:${origin.port}/`;
    const before = origin.connections();
    expect((await ask(proxy.port, [`GET ${url} HTTP/1.1`, `Host: 127.0.0.1`])).text).toMatch(
      /^HTTP\/1\.1 407[^]*Proxy-Authenticate: Basic/i,
    );
    const wrong = basic(session, 'guessed');
    expect(
      (await ask(proxy.port, [`CONNECT 127.0.0.1:${origin.port} HTTP/1.1`, `Proxy-Authorization: ${wrong}`]))
        .status,
    ).toBe('HTTP/1.1 407 Proxy Authentication Required');
    session.close();
    const late = [`GET ${url} HTTP/1.1`, 'Host: 127.0.0.1', `Proxy-Authorization: ${basic(session)}`];
    expect((await ask(proxy.port, late)).status).toMatch(/ 407 /);
    expect(origin.connections()).toBe(before);
  });

  it('forwards an allowed request by name without the proxy credential', async () => {
    const session = proxy.openSession({ allowlist: [`localhost:${origin.port}`] });
    const answer = await ask(proxy.port, [
      `GET http://localhost:${origin.port}/page?q=1 HTTP/1.1`,
      `Host: localhost:${origin.port}`,
      `Proxy-Authorization: ${basic(session)}`,
      'Connection: close',
    ]);
    expect(answer.status).toBe('HTTP/1.1 200 OK');
    // The proxy resolved localhost itself and connected to the IPv4 address it checked.
    expect(answer.text).toContain('origin saw GET /page?q=1');
    const headers = origin.seen.at(-1)!;
    expect(headers.host).toBe(`localhost:${origin.port}`);
    expect(headers['proxy-authorization']).toBeUndefined();
    session.close();
  });

  it('refuses a tunnel the guard refuses with 403, records it and never connects', async () => {
    const session = proxy.openSession(allowOrigin());
    const answer = await ask(proxy.port, [
      `CONNECT 127.0.0.1:${other.port} HTTP/1.1`,
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    expect(answer.status).toBe('HTTP/1.1 403 Forbidden');
    expect(other.connections()).toBe(0);
    expect(session.refused).toEqual([
      { url: `127.0.0.1:${other.port}`, reason: expect.stringMatching(/127\.0\.0\.1 is a loopback address/) },
    ]);
    session.close();
  });

  it('refuses a tunnel back into the proxy itself, even allowlisted', async () => {
    const session = proxy.openSession({ allowlist: [`127.0.0.1:${proxy.port}`] });
    const answer = await ask(proxy.port, [
      `CONNECT 127.0.0.1:${proxy.port} HTTP/1.1`,
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    expect(answer.status).toBe('HTTP/1.1 403 Forbidden');
    expect(session.refused[0]!.reason).toMatch(/does not connect to itself/);
    session.close();
  });

  it('refuses casegraph’s own services, even allowlisted', async () => {
    const session = proxy.openSession({
      allowlist: [`127.0.0.1:${other.port}`],
      forbidden: new ForbiddenEndpoints([{ host: '127.0.0.1', port: other.port, service: 'Redis' }]),
    });
    const answer = await ask(proxy.port, [
      `CONNECT localhost:${other.port} HTTP/1.1`,
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    expect(answer.status).toBe('HTTP/1.1 403 Forbidden');
    expect(session.refused).toEqual([
      { url: `localhost:${other.port}`, reason: expect.stringMatching(/casegraph's own Redis/) },
    ]);
    expect(other.connections()).toBe(0);
    session.close();
  });

  it('tunnels to an allowed address, and closes the tunnel when the capture ends', async () => {
    const session = proxy.openSession(allowOrigin());
    const { status, socket } = await ask(proxy.port, [
      `CONNECT 127.0.0.1:${origin.port} HTTP/1.1`,
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    expect(status).toBe('HTTP/1.1 200 Connection Established');
    const answer = new Promise<string>((resolve) =>
      socket.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    );
    socket.write('GET /through HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(await answer).toContain('origin saw GET /through');
    const ended = closed(socket);
    session.close();
    await ended;
  });

  it('checks an absolute-form WebSocket upgrade like any request', async () => {
    const session = proxy.openSession(allowOrigin());
    const upgrade = (authority: string) => [
      `GET ws://${authority}/live?x=1 HTTP/1.1`,
      `Host: ${authority}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      `Proxy-Authorization: ${basic(session)}`,
    ];
    expect((await ask(proxy.port, upgrade(`127.0.0.1:${other.port}`))).status).toBe('HTTP/1.1 403 Forbidden');
    expect(other.connections()).toBe(0);
    expect(session.refused).toEqual([
      { url: `ws://127.0.0.1:${other.port}/live?x=1`, reason: expect.stringMatching(/loopback address/) },
    ]);
    const allowed = await ask(proxy.port, upgrade(`127.0.0.1:${origin.port}`));
    expect(allowed.status).toBe('HTTP/1.1 101 Switching Protocols');
    await closed(allowed.socket);
    expect(allowed.text).toContain('upgraded /live?x=1');
    expect(origin.seen.at(-1)).toMatchObject({ upgrade: 'websocket', 'sec-websocket-version': '13' });
    expect(origin.seen.at(-1)!['proxy-authorization']).toBeUndefined();
    session.close();
  });

  it('closes every connection of a capture that spends its byte budget, and says so', async () => {
    const session = proxy.openSession(allowOrigin(), { maxBytes: 8 * 1024 });
    const { socket } = await ask(proxy.port, [
      `CONNECT 127.0.0.1:${origin.port} HTTP/1.1`,
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    const received = closed(socket);
    socket.write('GET /big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(await received).toBeLessThan(64 * 1024);
    expect(session.refused).toContainEqual({
      url: `127.0.0.1:${origin.port}`,
      reason: 'the capture spent its 8192 bytes',
    });
    const after = await ask(proxy.port, [
      `GET http://127.0.0.1:${origin.port}/ HTTP/1.1`,
      'Host: 127.0.0.1',
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    expect(after.status).toMatch(/ 403 /);
    session.close();
  });

  it('closes a tunnel that stays idle', async () => {
    const session = proxy.openSession(allowOrigin(), { idleMs: 200 });
    const { socket } = await ask(proxy.port, [
      `CONNECT 127.0.0.1:${origin.port} HTTP/1.1`,
      `Proxy-Authorization: ${basic(session)}`,
    ]);
    const started = Date.now();
    await closed(socket);
    expect(Date.now() - started).toBeLessThan(2_000);
    session.close();
  });
});
