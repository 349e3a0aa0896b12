/** Reddit's public JSON listings: a user's submissions and comments, a subreddit's new posts. */
export const manifest = {
  id: 'reddit-public-json',
  platform: 'reddit',
  version: '1.1.0',
  methods: ['PUBLIC_API'],
  targetKinds: ['handle'],
  options: {
    baseUrl: { description: 'Where Reddit answers', default: 'https://www.reddit.com' },
    maxPages: { description: 'Listing pages to read at most, per listing', default: 4 },
    pageSize: { description: 'Items per listing page (Reddit allows up to 100)', default: 100 },
  },
} as const;
