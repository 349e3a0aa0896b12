/** RSS 2.0 and Atom 1.0 feeds: news sites, agencies, blogs. The feed is the account. */
export const manifest = {
  id: 'rss-atom-feed',
  platform: 'rss',
  version: '1.1.0',
  methods: ['PUBLIC_WEB'],
  targetKinds: ['url'],
  options: {
    baseUrl: { description: 'Unused: a feed target is its own URL', default: '' },
    maxPages: { description: 'Feeds are one page', default: 1 },
  },
} as const;
