/**
 * Bluesky's public AppView (XRPC), no login: profile, author feed, post search, and single posts
 * the case read before that the author feed no longer holds.
 */
export const manifest = {
  id: 'bluesky-public-appview',
  platform: 'bluesky',
  version: '1.2.0',
  methods: ['PUBLIC_API'],
  targetKinds: ['handle', 'search'],
  options: {
    baseUrl: { description: 'The public AppView', default: 'https://public.api.bsky.app' },
    maxPages: { description: 'Pages to read at most', default: 5 },
    pageSize: { description: 'Items per page (the AppView allows up to 100)', default: 100 },
    maxMissingChecks: {
      description:
        'Posts read before but missing from the author feed that are asked for one by one, at most',
      default: 20,
    },
  },
} as const;
