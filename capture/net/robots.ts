/**
 * robots.txt for page rendering: when the policy asks for it, a page is rendered only if the
 * site's robots.txt lets our user agent fetch it. robots.txt itself goes through the guarded fetch,
 * so it is checked, capped and recorded like any other request.
 */
import robotsModule from 'robots-parser';
import type { GuardedFetch, RawExchange } from '../../collectors/collector.js';

// robots-parser is CommonJS (module.exports = function); its typings describe an ES default export.
const robotsParser = robotsModule as unknown as (
  url: string,
  body: string,
) => { isAllowed(url: string, ua?: string): boolean | undefined };

export interface RobotsVerdict {
  readonly allowed: boolean;
  /** The robots.txt exchange, kept with the capture as the record of what the site said. */
  readonly exchange: RawExchange;
}

/** Whether robots.txt of the URL's origin allows userAgent to fetch the URL; a missing file allows. */
export async function checkRobots(
  fetch: GuardedFetch,
  pageUrl: string,
  userAgent: string,
): Promise<RobotsVerdict> {
  const robotsUrl = new URL('/robots.txt', pageUrl).href;
  const exchange = await fetch(robotsUrl, { acceptStatus: [404, 410] });
  if (exchange.response.status !== 200) return { allowed: true, exchange };
  const robots = robotsParser(robotsUrl, exchange.response.body.toString('utf8'));
  return { allowed: robots.isAllowed(pageUrl, userAgent) !== false, exchange };
}
