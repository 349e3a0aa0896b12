import dgram from 'node:dgram';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Rendering } from '../../collectors/collector.js';
import { BrowserPool } from '../../capture/browser/browser-pool.js';
import { launchCaptureChromium } from '../../capture/browser/capture-browser.js';
import type { RendererDeps } from '../../capture/browser/guarded-renderer.js';
import { ForbiddenEndpoints } from '../../capture/net/forbidden-endpoints.js';
import {
  ATTACK_PAGES,
  NETWORK_ANSWER,
  SW_ANSWER,
  UNRESOLVABLE_HOST,
} from '../../demo/platforms/browser-attacks.fixture.js';
import { startFixturePlatforms, type FixturePlatforms } from '../../demo/platforms/fixture-server.js';
import { WEB_PAGES } from '../../demo/platforms/web.fixture.js';
import { LOAD_PAGES } from '../../demo/platforms/web-load.fixture.js';
import { webCollector } from '../../collectors/web/web.collector.js';
import type { CaptureResult } from '../../collectors/collector.js';
import { storeCapture } from '../../capture/store-capture.js';
import type { CaptureRun } from '../../capture/capture-order.js';
import { EvidenceStore } from '../../evidence/evidence-store.js';
import { testContext } from '../fixtures/platforms/collect-context.fixture.js';
import { testRenderer } from '../support/capture-renderer.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A loopback TCP server the guard must keep pages away from: it only counts who reached it. */
async function startCanary(host: string) {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `${host}:${port}`,
    connections: () => connections,
    reset: () => void (connections = 0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Pages rendered in the worker's capture browser that try every way out the page's request
 * interception does not see. The fixture server's endpoint is allowlisted; the canary, on the same
 * loopback address but another port, and the UDP socket are not, so nothing may reach them.
 */
describe('the capture browser reaches the network only through the guard', () => {
  let fixtures: FixturePlatforms;
  let pool: BrowserPool;
  let canary: Awaited<ReturnType<typeof startCanary>>;
  let udp: dgram.Socket;
  let udpPackets = 0;

  beforeAll(async () => {
    fixtures = await startFixturePlatforms();
    canary = await startCanary('127.0.0.1');
    udp = dgram.createSocket('udp4');
    udp.on('message', () => (udpPackets += 1));
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    pool = new BrowserPool(CHROMIUM);
  });
  beforeEach(() => {
    canary.reset();
    udpPackets = 0;
  });
  afterAll(async () => {
    await pool.close();
    udp.close();
    await canary.close();
    await fixtures.close();
  });

  const render = (
    path: string,
    query: Record<string, string> = {},
    guard: Pick<RendererDeps, 'allowlist' | 'forbidden'> = { allowlist: [`127.0.0.1:${fixtures.port}`] },
  ): Promise<Rendering> => {
    const renderer = testRenderer(() => pool.openPage(), guard);
    const url = new URL(path, fixtures.url);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return renderer({ url: url.href, timeoutMs: 20_000, width: 800, userAgent: 'casegraph test' });
  };
  const udpTarget = () => `127.0.0.1:${(udp.address() as net.AddressInfo).port}`;
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Captures the reaching page as the collect job does, and reads back the metadata.json it stored. */
  const captureReaching = async (guard: Pick<RendererDeps, 'allowlist' | 'forbidden'>) => {
    const target = {
      platform: 'web' as const,
      kind: 'url' as const,
      value: `${fixtures.url}${LOAD_PAGES.reaching}?to=${canary.address}`,
      scope: 'ACCOUNT' as const,
    };
    const result = (await webCollector.collect(target, {
      ...testContext(target, fixtures.url),
      render: testRenderer(() => pool.openPage(), guard),
    })) as CaptureResult;
    expect(result.kind).toBe('captured');
    const run: CaptureRun = {
      order: {
        requestId: 'req-test',
        caseId: 'case-test',
        requesterId: 'user-test',
        purpose: 'MISSING_PERSON',
        target,
        method: 'PUBLIC_WEB',
        device: { kind: 'DEPARTMENT', id: 'device-test' },
        persona: null,
        predicate: null,
      },
      claims: {
        ...target,
        decisionId: 'dec-test',
        requestId: 'req-test',
        caseId: 'case-test',
        targetKind: 'url',
        targetValue: target.value,
        method: 'PUBLIC_WEB',
        exp: 0,
        policyVersion: 'f'.repeat(64),
      },
      token: 'checked by the renderer',
      captureId: 'capture-test',
      startedAt: new Date().toISOString(),
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-refusals-'));
    try {
      const store = new EvidenceStore(dir);
      const collected = {
        collector: webCollector,
        result,
        exchanges: [...result.exchanges],
        indexOf: new Map(),
        missed: [],
      };
      const stored = await storeCapture(
        store,
        { userAgent: 'casegraph test', tsa: undefined },
        run,
        collected,
        new Date().toISOString(),
      );
      const meta = stored.artifacts.find((a) => a.kind === 'METADATA')!;
      return JSON.parse((await store.read(meta.sha256)).toString()) as {
        rendering: { refused: { url: string; reason: string }[] };
        exchanges: { url: string }[];
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('refuses a subresource and a fetch to an address not on the allowlist, and lists both in metadata.json', async () => {
    const metadata = await captureReaching({ allowlist: [`127.0.0.1:${fixtures.port}`] });
    expect(canary.connections()).toBe(0);
    expect(metadata.rendering.refused).toEqual(
      expect.arrayContaining([
        {
          url: `http://${canary.address}/pixel.png`,
          reason: expect.stringMatching(/loopback address .* not on the fetch allowlist/),
        },
        {
          url: `http://${canary.address}/beacon`,
          reason: expect.stringMatching(/not on the fetch allowlist/),
        },
      ]),
    );
    expect(metadata.exchanges.map((e) => new URL(e.url).host)).not.toContain(canary.address);
  });

  it('refuses casegraph’s own services to a page’s subresources even when allowlisted, and lists them', async () => {
    const [host, port] = canary.address.split(':') as [string, string];
    const metadata = await captureReaching({
      allowlist: [`127.0.0.1:${fixtures.port}`, canary.address],
      forbidden: new ForbiddenEndpoints([{ host, port: Number(port), service: 'Redis' }]),
    });
    expect(canary.connections()).toBe(0);
    expect(metadata.rendering.refused).toEqual(
      expect.arrayContaining([
        { url: `http://${canary.address}/pixel.png`, reason: expect.stringMatching(/casegraph's own Redis/) },
        { url: `http://${canary.address}/beacon`, reason: expect.stringMatching(/casegraph's own Redis/) },
      ]),
    );
  });

  it('refuses a WebSocket (ws and wss) to a loopback address that is not allowlisted', async () => {
    const rendering = await render(ATTACK_PAGES.webSocket, { to: canary.address });
    await settle(500);
    expect(canary.connections()).toBe(0);
    expect(rendering.refused).toContainEqual({
      url: canary.address,
      reason: expect.stringMatching(/127\.0\.0\.1 is a loopback address/),
    });
  });

  it('refuses casegraph’s own services to a WebSocket even when they are allowlisted', async () => {
    const [host, port] = canary.address.split(':') as [string, string];
    const rendering = await render(
      ATTACK_PAGES.webSocket,
      { to: canary.address },
      {
        allowlist: [`127.0.0.1:${fixtures.port}`, canary.address],
        forbidden: new ForbiddenEndpoints([{ host, port: Number(port), service: 'Redis' }]),
      },
    );
    await settle(500);
    expect(canary.connections()).toBe(0);
    expect(rendering.refused).toEqual([
      { url: canary.address, reason: expect.stringMatching(/casegraph's own Redis/) },
    ]);
  });

  it('refuses a service worker’s own fetch, and keeps the worker from answering the page', async () => {
    const rendering = await render(ATTACK_PAGES.serviceWorker, { to: canary.address });
    await settle(500);
    expect(canary.connections()).toBe(0);
    expect(rendering.refused).toContainEqual({
      url: `http://${canary.address}/from-service-worker`,
      reason: expect.stringMatching(/loopback address/),
    });
    // The worker registered and would answer the probe itself; the page's request went to the network.
    expect(rendering.dom).toContain(NETWORK_ANSWER);
    expect(rendering.dom).not.toContain(SW_ANSWER);
  });

  it('sends no STUN packet over UDP from an RTCPeerConnection', async () => {
    const rendering = await render(ATTACK_PAGES.webRtc, { stun: udpTarget() });
    await settle(2_000);
    expect(udpPackets).toBe(0);
    // No host or server-reflexive candidate either: WebRTC has no proxied path to use.
    expect(rendering.dom).toContain('0 candidates');
  });

  it('sends no QUIC packet over UDP from a WebTransport session', async () => {
    const rendering = await render(ATTACK_PAGES.webTransport, { to: udpTarget() });
    await settle(1_000);
    expect(udpPackets).toBe(0);
    expect(rendering.dom).toMatch(/failed|unavailable/);
  });

  it('leaves names to the guard: one no resolver knows is refused by the proxy, not by Chromium', async () => {
    const rendering = await render(ATTACK_PAGES.unresolvable);
    expect(rendering.refused).toContainEqual({
      url: `${UNRESOLVABLE_HOST}:80`,
      reason: expect.stringMatching(new RegExp(`cannot resolve ${UNRESOLVABLE_HOST}`)),
    });
    expect(rendering.refused).toContainEqual({
      url: `http://${UNRESOLVABLE_HOST}/`,
      reason: expect.stringMatching(new RegExp(`cannot resolve ${UNRESOLVABLE_HOST}`)),
    });
  });

  it('keeps two captures at once apart: each lists only what it was refused', async () => {
    const [socketPage, unresolvable] = await Promise.all([
      render(ATTACK_PAGES.webSocket, { to: canary.address }),
      render(ATTACK_PAGES.unresolvable),
    ]);
    expect(socketPage.refused.map((r) => r.url)).toEqual([canary.address]);
    expect(unresolvable.refused.every((r) => r.url.includes(UNRESOLVABLE_HOST))).toBe(true);
    expect(canary.connections()).toBe(0);
  });
});

interface NetLogEvent {
  readonly type: number;
  readonly params?: { readonly host?: string };
}

/** The events of a Chromium net log by type name (the file is closed when Chromium exits). */
function readNetLog(file: string): Map<string, NetLogEvent[]> {
  const text = fs.readFileSync(file, 'utf8').trim();
  const log = JSON.parse(text.endsWith('}') ? text : `${text.replace(/,$/, '')}]}`) as {
    constants: { logEventTypes: Record<string, number> };
    events: NetLogEvent[];
  };
  const names = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  const byName = new Map<string, NetLogEvent[]>();
  for (const event of log.events) {
    const name = names.get(event.type) ?? String(event.type);
    byName.set(name, [...(byName.get(name) ?? []), event]);
  }
  return byName;
}

describe('the capture browser resolves no names itself', () => {
  it('asks its resolver about no name a page uses, and makes no DNS query', async () => {
    const fixtures = await startFixturePlatforms();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-netlog-'));
    const file = path.join(dir, 'netlog.json');
    const browser = await launchCaptureChromium(CHROMIUM, [`--log-net-log=${file}`]);
    try {
      const renderer = testRenderer(async () => (await browser.createBrowserContext()).newPage(), {
        allowlist: [`127.0.0.1:${fixtures.port}`, `localhost:${fixtures.port}`],
      });
      const request = { timeoutMs: 20_000, width: 800, userAgent: 'casegraph test' };
      await renderer({ ...request, url: `${fixtures.url}${ATTACK_PAGES.unresolvable}` });
      await renderer({ ...request, url: `http://localhost:${fixtures.port}${WEB_PAGES.article}` });
    } finally {
      await browser.close();
      await fixtures.close();
    }
    const events = readNetLog(file);
    fs.rmSync(dir, { recursive: true, force: true });
    // Chromium looked up only the proxy's address; every other name was mapped to nothing.
    const asked = (events.get('HOST_RESOLVER_MANAGER_REQUEST') ?? [])
      .map((e) => /^\w+:\/\/(\[[^\]]+\]|[^:/]+)/.exec(e.params?.host ?? '')?.[1])
      .filter((host) => host !== undefined);
    // The recorder performs the page's own requests, so Chromium may never look up 127.0.0.1 now;
    // whatever it did ask about is the proxy's address or a name mapped to nothing.
    expect(asked).toContain('~notfound');
    expect(asked.filter((host) => host !== '127.0.0.1' && host !== '~notfound')).toEqual([]);
    for (const name of [
      'HOST_RESOLVER_MANAGER_JOB',
      'HOST_RESOLVER_SYSTEM_TASK',
      'HOST_RESOLVER_DNS_TASK',
      'DNS_TRANSACTION',
    ]) {
      expect([name, events.get(name)?.length ?? 0]).toEqual([name, 0]);
    }
  });
});
