/**
 * Reddit's public JSON listings: a user's submissions and comments, a subreddit's new posts, and
 * single things the case read before that a user's listings no longer hold.
 */
export const manifest = {
  id: 'reddit-public-json',
  platform: 'reddit',
  version: '1.2.0',
  methods: ['PUBLIC_API'],
  targetKinds: ['handle'],
  options: {
    baseUrl: { description: 'Where Reddit answers', default: 'https://www.reddit.com' },
    maxPages: { description: 'Listing pages to read at most, per listing', default: 4 },
    pageSize: { description: 'Items per listing page (Reddit allows up to 100)', default: 100 },
    maxMissingChecks: {
      description:
        "Things read before but missing from the user's listings that are asked for one by one, at most",
      default: 20,
    },
  },
} as const;
