/**
 * What a rendered page shows and what drew it, read once the load settled: page metadata
 * (description, og:*, twitter:*, canonical), the images and video on the page, and the browser's
 * version, user agent, viewport and device scale.
 */
import type { Page } from 'puppeteer-core';
import type { Rendering } from '../../collectors/collector.js';

/** description, og:*, twitter:* and canonical, as the page declares them. */
export function pageMetadata(page: Page): Promise<Record<string, string>> {
  return page.$$eval('meta[name], meta[property], link[rel=canonical]', (elements) => {
    const found: Record<string, string> = {};
    for (const el of elements) {
      const key =
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        (el.getAttribute('rel') === 'canonical' ? 'canonical' : null);
      const value = el.getAttribute('content') ?? el.getAttribute('href');
      if (key && value && /^(description|og:|twitter:|canonical)/.test(key)) found[key] = value;
    }
    return found;
  });
}

/** The images (including video posters) and video the page shows, by the URL each was loaded from. */
export async function shownMedia(page: Page): Promise<Rendering['shownMedia']> {
  type Shown = { currentSrc?: string; poster?: string };
  const images = await page.$$eval('img', (els) =>
    els.map((el) => (el as unknown as Shown).currentSrc ?? ''),
  );
  const videos = await page.$$eval('video', (els) =>
    els.map((el) => ({
      src: (el as unknown as Shown).currentSrc ?? '',
      poster: (el as unknown as Shown).poster ?? '',
    })),
  );
  const found: { url: string; kind: 'image' | 'video' }[] = [
    ...images.map((url) => ({ url, kind: 'image' as const })),
    ...videos.flatMap((v) => [
      { url: v.src, kind: 'video' as const },
      { url: v.poster, kind: 'image' as const },
    ]),
  ];
  return found.filter((m, i) => /^https?:/.test(m.url) && found.findIndex((n) => n.url === m.url) === i);
}

/** The browser as metadata.json states it; `startedAt` is when the load began. */
export async function browserFacts(
  page: Page,
  userAgent: string,
  startedAt: Date,
): Promise<Rendering['browser']> {
  const viewport = page.viewport() ?? { width: 0, height: 0, deviceScaleFactor: 1 };
  return {
    version: await page.browser().version(),
    userAgent,
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: await page.evaluate(
      () => (globalThis as unknown as { devicePixelRatio: number }).devicePixelRatio,
    ),
    startedAt: startedAt.toISOString(),
    endedAt: new Date().toISOString(),
  };
}
