/** Any public web page, fetched raw and rendered logged out in headless Chromium, no interaction. */
export const manifest = {
  id: 'web-page-chromium',
  platform: 'web',
  version: '1.0.1',
  methods: ['PUBLIC_WEB'],
  targetKinds: ['url'],
  options: {
    baseUrl: { description: 'Unused: a page target is its own URL', default: '' },
    maxPages: { description: 'One page per capture', default: 1 },
    renderTimeoutMs: { description: 'How long the page may take to load in Chromium', default: 20_000 },
    viewportWidth: { description: 'Viewport width in CSS pixels', default: 1366 },
  },
} as const;
