/**
 * How Reddit is asked about a submission or comment the user's listings no longer hold:
 * GET /api/info.json?id=<fullname>, which answers a listing of the things named. A thing Reddit
 * has deleted or removed is still answered, marked: `removed_by_category` set, or the author and
 * the text replaced by "[deleted]" / "[removed]"; an id Reddit no longer answers at all is gone
 * too. A thing still there is read as a post of the capture (collectors/known-missing.ts).
 */
import { z } from 'zod';
import type { GoneProbe } from '../known-missing.js';
import { parseJson } from '../text/json-payload.js';
import { addListing, type RedditContext } from './reddit.parser.js';
import { listingSchema } from './reddit.schemas.js';

const MARKS = ['[deleted]', '[removed]'];

/** The fields that say a thing was deleted or removed; the rest is read by the parser. */
const markedSchema = z.object({
  data: z.looseObject({
    author: z.string().nullish(),
    selftext: z.string().nullish(),
    body: z.string().nullish(),
    removed_by_category: z.string().nullish(),
  }),
});

/** How the thing is marked gone, in words; null when it is not. */
function goneMark(thing: unknown): string | null {
  const parsed = markedSchema.safeParse(thing);
  if (!parsed.success) return null;
  const { author, selftext, body, removed_by_category: removedBy } = parsed.data.data;
  if (removedBy) return `200 with the post marked removed_by_category “${removedBy}”`;
  const text = selftext ?? body ?? null;
  if (author && MARKS.includes(author) && text && MARKS.includes(text)) {
    return `200 with the author and the text replaced by “${text}”`;
  }
  return null;
}

export const redditGoneProbe = (reddit: RedditContext): GoneProbe => ({
  platform: 'reddit',
  url: (post) => `${reddit.base}/api/info.json?id=${encodeURIComponent(post.platformId)}&raw_json=1`,
  answers: [],
  judge(exchange, index, batch) {
    const listing = parseJson(exchange, listingSchema);
    const [thing] = listing.data.children;
    if (thing === undefined) return '200 with no such post in its answer';
    const mark = goneMark(thing);
    if (mark) return mark;
    addListing(batch, listing, reddit, index);
    return null;
  },
});
