/**
 * What a proxied request asks to reach, and whether the address guard lets it. The proxy resolves
 * the name here, once, and connects to exactly the address the guard checked, so a second DNS
 * answer (rebinding) never reaches a socket.
 */
import { isAppError } from '../../common/errors.js';
import { nonPublicRange, resolveGuarded, type ResolvedAddress } from '../net/address-guard.js';
import type { ProxySession } from './proxy-session.js';

export interface ProxyTarget {
  /** How refusals name it: the absolute URL, or `host:port` for a tunnel, whose scheme is unknown. */
  readonly label: string;
  /** What the guard reads the host and port from. */
  readonly url: URL;
  readonly port: number;
}

const AUTHORITY = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+):(\d{1,5})$/i;

/** The target of a CONNECT (`host:port`), or null when the authority is malformed. */
export function tunnelTarget(authority: string | undefined): ProxyTarget | null {
  const match = AUTHORITY.exec(authority ?? '');
  if (!match) return null;
  const port = Number(match[2]);
  if (port < 1 || port > 65_535) return null;
  // A tunnel carries TLS or a WebSocket; either way the guard judges only its host and port.
  const url = new URL(`https://${match[1]!}:${port}/`);
  return { label: `${match[1]!.toLowerCase()}:${port}`, url, port };
}

/**
 * The target of an absolute-form request (`http://host/path`; `ws://` too for an upgrade), or null
 * for anything else: an origin-form path is a request to the proxy itself, not through it.
 */
export function requestTarget(raw: string | undefined, allowWebSocket: boolean): ProxyTarget | null {
  let url: URL;
  try {
    url = new URL(raw ?? '');
  } catch {
    return null;
  }
  const schemes = allowWebSocket ? ['http:', 'ws:'] : ['http:'];
  if (!schemes.includes(url.protocol) || url.username || url.password) return null;
  // ws: defaults to port 80 like http:, so the guard reads the same host and port either way.
  const checked = url.protocol === 'ws:' ? new URL(`http:${url.href.slice(3)}`) : url;
  return { label: url.href, url: checked, port: Number(checked.port || 80) };
}

/** Resolves and checks the target under the session's guard; null, with the refusal recorded, when refused. */
export async function checkTarget(
  session: ProxySession,
  target: ProxyTarget,
  ownPort: number,
): Promise<ResolvedAddress | null> {
  try {
    const address = await resolveGuarded(target.url, session.guard.allowlist, session.guard.forbidden);
    const range = nonPublicRange(address.address);
    if (target.port === ownPort && (range === 'loopback' || range === 'unspecified')) {
      session.refuse(target.label, 'the capture proxy does not connect to itself');
      return null;
    }
    return address;
  } catch (error) {
    session.refuse(target.label, isAppError(error) ? error.message : 'address could not be checked');
    return null;
  }
}
