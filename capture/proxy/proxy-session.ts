/**
 * One capture's account with the guard proxy: the credential its browser context proves itself
 * with, what the address guard checks its connections against, what was refused, and the budget of
 * bytes and connections the capture may spend. Closing it closes every connection it opened.
 */
import crypto from 'node:crypto';
import type net from 'node:net';
import type { resolveGuarded } from '../net/address-guard.js';

/** Whatever the address guard takes as its allowlist, so the proxy follows the guard's signature. */
export type GuardAllowlist = Parameters<typeof resolveGuarded>[1];

/** What the address guard is given for one capture: its allowlist and casegraph's own endpoints. */
export interface SessionGuard {
  readonly allowlist: GuardAllowlist;
  /** Refused even when allowlisted; absent where no service endpoints are known (tests). */
  readonly forbidden?: Parameters<typeof resolveGuarded>[2];
}

export interface Refusal {
  readonly url: string;
  readonly reason: string;
}

export interface SessionLimits {
  /** Bytes through the proxy, both directions, for the whole capture. */
  readonly maxBytes: number;
  /** A connection without traffic for this long is closed. */
  readonly idleMs: number;
  /** Upstream connections open at once. */
  readonly maxConnections: number;
}

/** Generous for one page with its images and video, small enough that a page cannot stream forever. */
export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  maxBytes: 100 * 2 ** 20,
  idleMs: 30_000,
  maxConnections: 128,
};

export class ProxySession {
  /** Chromium sends these as Basic proxy credentials, which tells the proxy whose connection it is. */
  readonly credentials = {
    username: crypto.randomBytes(16).toString('hex'),
    password: crypto.randomBytes(32).toString('base64url'),
  };
  private readonly refusals: Refusal[] = [];
  private readonly sockets = new Set<net.Socket>();
  private bytes = 0;
  private ended = false;

  constructor(
    readonly guard: SessionGuard,
    readonly limits: SessionLimits,
    private readonly onClose: (session: ProxySession) => void,
  ) {}

  /** Everything refused so far, in the order it happened. */
  get refused(): readonly Refusal[] {
    return [...this.refusals];
  }

  /** False once the capture ended: its credential no longer opens anything. */
  get active(): boolean {
    return !this.ended;
  }

  /** False once the capture spent its byte budget. */
  get withinBudget(): boolean {
    return this.bytes <= this.limits.maxBytes;
  }

  /** Records a refusal; the same url refused for the same reason is listed once. */
  refuse(url: string, reason: string): void {
    if (!this.refusals.some((r) => r.url === url && r.reason === reason)) this.refusals.push({ url, reason });
  }

  /** Counts bytes against the budget; once it is spent, every connection of the capture is closed. */
  spend(count: number, url: string): boolean {
    this.bytes += count;
    if (this.bytes <= this.limits.maxBytes) return true;
    this.refuse(url, `the capture spent its ${this.limits.maxBytes} bytes`);
    this.destroySockets();
    return false;
  }

  /** Whether one more upstream connection fits under the cap. */
  get hasRoom(): boolean {
    return this.sockets.size < this.limits.maxConnections;
  }

  /** Tracks a socket so that closing the session, or spending its budget, closes it too. */
  adopt(socket: net.Socket): void {
    if (this.ended || !this.withinBudget) {
      socket.destroy();
      return;
    }
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  /** Ends the capture's access: its credential stops working and its connections close. */
  close(): void {
    if (this.ended) return;
    this.ended = true;
    this.destroySockets();
    this.onClose(this);
  }

  private destroySockets(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}
