/**
 * How Bluesky's AppView is asked about a post the author feed no longer holds:
 * app.bsky.feed.getPostThread for its AT-URI, with no parents or replies. The lexicon's error
 * NotFound (an XRPC 400) or a `notFoundPost` thread is the AppView saying the post is gone; a post
 * still there is read as a post of the capture (collectors/known-missing.ts).
 */
import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import type { GoneProbe } from '../known-missing.js';
import { parseJson } from '../text/json-payload.js';
import { addPost } from './bluesky.parser.js';
import { postViewSchema } from './bluesky.schema.js';

/** XRPC's error body, `{error, message}`. */
const xrpcErrorSchema = z.object({ error: z.string(), message: z.string().optional() });

/** The thread's anchor: the post, or what the AppView says instead of it. */
const threadSchema = z.object({
  thread: z.union([
    z.object({ notFound: z.literal(true), uri: z.string() }),
    z.object({ blocked: z.literal(true), uri: z.string() }),
    z.object({ post: postViewSchema }),
  ]),
});

export const blueskyGoneProbe = (xrpc: string): GoneProbe => ({
  platform: 'bluesky',
  url: (post) =>
    `${xrpc}/app.bsky.feed.getPostThread?uri=${encodeURIComponent(post.platformId)}&depth=0&parentHeight=0`,
  answers: [400],
  judge(exchange, index, batch) {
    if (exchange.response.status === 400) {
      const error = parseJson(exchange, xrpcErrorSchema);
      if (error.error !== 'NotFound') {
        throw new AppError('PAYLOAD_INVALID', `the AppView refused the question: ${error.error}`);
      }
      return `400 NotFound${error.message ? ` (“${error.message}”)` : ''}`;
    }
    const { thread } = parseJson(exchange, threadSchema);
    if ('notFound' in thread) return '200 with the post as notFoundPost';
    // A post blocked from this viewer is not a deleted one, and nothing of it can be read.
    if ('blocked' in thread) return null;
    addPost(batch, thread.post, index);
    return null;
  },
});
