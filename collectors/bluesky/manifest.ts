/** Bluesky's public AppView (XRPC), no login: profile, author feed, post search. */
export const manifest = {
  id: 'bluesky-public-appview',
  platform: 'bluesky',
  version: '1.1.0',
  methods: ['PUBLIC_API'],
  targetKinds: ['handle', 'search'],
  options: {
    baseUrl: { description: 'The public AppView', default: 'https://public.api.bsky.app' },
    maxPages: { description: 'Pages to read at most', default: 5 },
    pageSize: { description: 'Items per page (the AppView allows up to 100)', default: 100 },
  },
} as const;
