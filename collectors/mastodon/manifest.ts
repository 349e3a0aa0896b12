/**
 * Mastodon's public REST API (v1), no login: account lookup, statuses, hashtag timelines, edit
 * histories, and single statuses the case read before that a listing no longer holds.
 */
export const manifest = {
  id: 'mastodon-public-api',
  platform: 'mastodon',
  version: '1.2.0',
  methods: ['PUBLIC_API'],
  targetKinds: ['handle', 'hashtag'],
  options: {
    baseUrl: {
      description: 'The instance to ask (accounts of other instances are looked up through it)',
      default: 'https://mastodon.social',
    },
    maxPages: { description: 'Pages of statuses to read at most', default: 5 },
    pageSize: { description: 'Statuses per page (the API allows up to 40)', default: 40 },
    maxEditHistories: { description: 'Edited statuses whose edit history is fetched, at most', default: 20 },
    maxMissingChecks: {
      description: 'Statuses read before but missing from the listing that are asked for one by one, at most',
      default: 20,
    },
  },
} as const;
