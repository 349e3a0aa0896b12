/**
 * What a Reddit handle target names: a user (`u/name`, `/user/name` or a bare name) or a
 * subreddit (`r/name`). The two reach differently: a user's own posts, or every member's posts
 * in a community, so the scope check and the collector must read the target the same way.
 */

/** The subreddit a target names, or null when it names a user. */
export function subredditOf(value: string): string | null {
  return /^\/?r\/([\w-]+)\/?$/i.exec(value.trim())?.[1] ?? null;
}

/** The user name a (non-subreddit) target names, without its `u/` or `/user/` prefix. */
export function redditUserOf(value: string): string {
  return value
    .trim()
    .replace(/^\/?(u|user)\//i, '')
    .replace(/^\/|\/$/g, '');
}
