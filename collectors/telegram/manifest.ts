/** Telegram public channels through the public web preview (t.me/s/<channel>), no login. */
export const manifest = {
  id: 'telegram-channel-preview',
  platform: 'telegram',
  version: '1.1.0',
  methods: ['PUBLIC_WEB'],
  targetKinds: ['handle'],
  options: {
    baseUrl: { description: 'Where the channel previews are served', default: 'https://t.me' },
    maxPages: { description: 'Preview pages (about 20 messages each) to read at most', default: 5 },
  },
} as const;
