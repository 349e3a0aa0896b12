/** Collects an RSS 2.0, RSS 1.0 or Atom feed by its URL: one request, every item a post. */
import type { Collector, RawExchange } from '../collector.js';
import { emptyBatch } from '../collector.js';
import { captured, defineCollector } from '../collector-kit.js';
import { scopeRefusal } from '../scope.js';
import { parseFeed } from './feed.parser.js';
import { manifest } from './manifest.js';

/** A label TextDecoder knows, or null. */
function knownEncoding(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * The feed's characters. A byte order mark decides first, then the charset the server sent, then
 * the XML declaration's encoding (RFC 7303 §3.2), else UTF-8.
 */
export function feedCharacters(exchange: RawExchange): string {
  const body = exchange.response.body;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body);
  if ((body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe))
    return new TextDecoder(body[0] === 0xfe ? 'utf-16be' : 'utf-16le').decode(body);
  const header = /charset\s*=\s*"?([\w.:-]+)/i.exec(exchange.response.headers['content-type'] ?? '')?.[1];
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(
    body.subarray(0, 200).toString('latin1'),
  )?.[1];
  return new TextDecoder(knownEncoding(header) ?? knownEncoding(declared) ?? 'utf-8').decode(body);
}

export const rssCollector: Collector = defineCollector(manifest, async (target, ctx) => {
  const refused = scopeRefusal(target);
  if (refused) return refused;
  const exchange = await ctx.fetch(target.value);
  const batch = emptyBatch();
  parseFeed(feedCharacters(exchange), target.value, batch, 0);
  return captured([exchange], batch, 1, false);
});
