/**
 * The fetch allowlist names endpoints, not hosts: `host:port` (`127.0.0.1:8080`, `[::1]:8080`,
 * `localhost:8080`). Allowing a whole host would open every service on it to collectors (Redis,
 * Neo4j's Bolt port, Chromium's DevTools, casegraph itself), so an entry without a port is refused.
 */

/** The canonical `host:port` of an endpoint: the host as a URL writes it, IPv6 in brackets. */
export function endpointKey(host: string, port: number): string {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare.includes(':') ? `[${bare}]:${port}` : `${bare}:${port}`;
}

const EXAMPLES = 'such as 127.0.0.1:8080, [::1]:8080 or localhost:8080';

/** One entry in canonical form, or why it is not one. */
export function parseAllowlistEntry(entry: string): { key: string } | { error: string } {
  const match = /^(\[[^\]/@?#\s]*\]|[^:[\]/@?#\s]+):(\d{1,5})$/.exec(entry);
  if (!match) {
    if (/^[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*$/i.test(entry)) {
      return { error: `"${entry}" needs its IPv6 address in brackets and a port, as in [::1]:8080` };
    }
    const bareHost = !entry.includes(':') || /^\[[^\]]*\]$/.test(entry);
    return bareHost
      ? {
          error: `"${entry}" names no port; write host:port (${EXAMPLES}), since a bare host would open all its ports`,
        }
      : { error: `"${entry}" is not host:port (${EXAMPLES})` };
  }
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return { error: `"${entry}" has no valid port (1-65535)` };
  let hostname: string;
  try {
    // The URL parser writes the host the way the guard will read it from a request's URL
    // (lower case, IPv6 compressed, 0x7f.1 as 127.0.0.1).
    const parsed = new URL(`http://${match[1]}/`);
    if (parsed.host !== parsed.hostname) throw new Error('port in host');
    hostname = parsed.hostname;
  } catch {
    return { error: `"${entry}" is not host:port (${EXAMPLES})` };
  }
  return { key: endpointKey(hostname, port) };
}

/** A comma-separated allowlist in canonical form, or the first entry that is not `host:port`. */
export function parseAllowlist(text: string): { keys: string[] } | { error: string } {
  const keys: string[] = [];
  for (const entry of text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const parsed = parseAllowlistEntry(entry);
    if ('error' in parsed) return parsed;
    if (!keys.includes(parsed.key)) keys.push(parsed.key);
  }
  return { keys };
}
