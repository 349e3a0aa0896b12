/**
 * How a Mastodon instance is asked about a status the listing no longer holds: GET
 * /api/v1/statuses/:id, public for public statuses. A 404 or 410 is the instance saying the status
 * is gone; a status still there is read as a post of the capture (collectors/known-missing.ts).
 */
import type { RawExchange } from '../collector.js';
import type { GoneProbe } from '../known-missing.js';
import { parseJson } from '../text/json-payload.js';
import { addTimelineStatus } from './mastodon.parser.js';
import { statusSchema } from './mastodon.schema.js';

/** What the instance answers for a status that was deleted (or never public). */
const GONE = [404, 410];

/** The status and, when the instance sent one, its error text: `404 (“Record not found”)`. */
function goneWords(exchange: RawExchange): string {
  const { status, body } = exchange.response;
  try {
    const error = (JSON.parse(body.toString('utf8')) as { error?: unknown }).error;
    if (typeof error === 'string' && error.length > 0) return `${status} (“${error.slice(0, 200)}”)`;
  } catch {
    // An error page that is not JSON: the status says it all.
  }
  return String(status);
}

export const mastodonGoneProbe = (base: string): GoneProbe => ({
  platform: 'mastodon',
  url: (post) => `${base}/api/v1/statuses/${encodeURIComponent(post.platformId)}`,
  answers: GONE,
  judge(exchange, index, batch) {
    const { status } = exchange.response;
    if (GONE.includes(status)) return goneWords(exchange);
    addTimelineStatus(batch, parseJson(exchange, statusSchema), index);
    return null;
  },
});
