/**
 * One message block of a channel preview (`div.tgme_widget_message[data-post]`) read into
 * entities: its text (the message's own, not the quoted reply or the link preview), time, edit
 * mark, views, every photo and video of an album, link preview, reply and forward, mentions,
 * hashtags and links. The block's markup is the only source: the preview has no API behind it.
 */
import type { HTMLElement } from 'node-html-parser';
import { AppError } from '../../common/errors.js';
import type { NormalizedBatch } from '../collector.js';
import { htmlText } from '../text/html-text.js';
import { rfc3339Instant } from '../text/instants.js';

type Common = { readonly platform: 'telegram'; readonly platformId: string; readonly exchangeIndex: number };

const POST_ID = /^[A-Za-z0-9_]+\/\d+$/;
const BACKGROUND_URL = /background-image:\s*url\(\s*['"]?([^'")]+)['"]?\s*\)/;

/** A `chan/123` id from a t.me link (`https://t.me/chan/123?single`), or null when it names none. */
export function postIdOf(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const id = new URL(href, 'https://t.me').pathname.replace(/^\/(s\/)?/, '');
    return POST_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * A count as the preview shows it (`1.2K`, `4.85K`, `1.2M`, `12 345`) as a number. The preview
 * rounds, so the shown form is kept beside it.
 */
export function shownCount(shown: string): number | null {
  const m = /^([\d\s]+)(?:[.,](\d+))?\s*([KM])?$/i.exec(shown.trim());
  if (!m) return null;
  const scale = m[3] ? (m[3].toUpperCase() === 'K' ? 1_000 : 1_000_000) : 1;
  return Math.round(Number(`${m[1]!.replace(/\s/g, '')}.${m[2] ?? '0'}`) * scale);
}

/** True when `el` sits inside an element of one of these classes, below `root`. */
function inside(el: HTMLElement, root: HTMLElement, classes: readonly string[]): boolean {
  for (let p = el.parentNode; p && p !== root; p = p.parentNode)
    if (classes.some((c) => p.classList?.contains(c))) return true;
  return false;
}

/** The message's own text element: not a reply's quote, a preview's text, or a nested copy. */
function ownText(el: HTMLElement): HTMLElement | null {
  const skip = ['tgme_widget_message_reply', 'tgme_widget_message_link_preview', 'tgme_widget_message_text'];
  return el.querySelectorAll('.tgme_widget_message_text').find((t) => !inside(t, el, skip)) ?? null;
}

/** The URL an anchor points at; t.me doubles `&` as `&amp;` in links that ask before opening. */
function hrefOf(a: HTMLElement): string {
  const href = a.getAttribute('href') ?? '';
  return a.hasAttribute('onclick') ? href.replaceAll('&amp;', '&') : href;
}

/** Mentions, hashtags and links of the message's text. */
function addRefs(into: NormalizedBatch, common: Common, text: HTMLElement | null, plain: string): void {
  const tags = new Set((plain.match(/#[\p{L}\p{N}_]+/gu) ?? []).map((t) => t.slice(1).toLowerCase()));
  const users = new Set<string>();
  const urls = new Set<string>();
  for (const a of text?.querySelectorAll('a[href]') ?? []) {
    const label = a.textContent.trim();
    const href = hrefOf(a);
    if (label.startsWith('@')) users.add(label.slice(1));
    else if (label.startsWith('#') || href.startsWith('?q=')) tags.add(label.replace(/^#/, '').toLowerCase());
    else if (/^https?:\/\//i.test(href)) urls.add(href);
  }
  for (const tag of tags) into.hashtags.push({ ...common, postId: common.platformId, tag });
  for (const user of users) into.mentions.push({ ...common, accountId: user.toLowerCase(), handle: user });
  const known = new Set(into.urls.filter((u) => u.platformId === common.platformId).map((u) => u.url));
  for (const url of urls) if (!known.has(url)) into.urls.push({ ...common, from: 'post', url });
}

/** Every photo and video of the block (an album has several), each under its own message id. */
function addMedia(into: NormalizedBatch, common: Common, el: HTMLElement): Record<string, unknown> {
  const postId = common.platformId;
  const withoutFile: string[] = [];
  const ids: string[] = [];
  for (const item of el.querySelectorAll(
    '.tgme_widget_message_photo_wrap, .tgme_widget_message_video_player',
  )) {
    if (inside(item, el, ['tgme_widget_message_link_preview', 'tgme_widget_message_reply'])) continue;
    const id = postIdOf(item.getAttribute('href')) ?? postId;
    ids.push(id);
    const video = item.classList.contains('tgme_widget_message_video_player');
    const url = video
      ? item.querySelector('video')?.getAttribute('src')
      : BACKGROUND_URL.exec(item.getAttribute('style') ?? '')?.[1];
    // A video too large for the preview shows its thumbnail only; the post says it had one.
    if (!url) withoutFile.push(id);
    else {
      const duration = item.querySelector('.message_video_duration')?.textContent.trim();
      const description = video && duration ? `video, ${duration}` : null;
      into.media.push({
        ...common,
        platformId: `${id}#${video ? 'video' : 'photo'}`,
        postId,
        url,
        mediaType: video ? 'video' : 'image',
        description,
      });
    }
  }
  const album = el.querySelector('.tgme_widget_message_grouped_wrap') ? { album: [...new Set(ids)] } : {};
  return { ...album, ...(withoutFile.length ? { mediaNotInPreview: withoutFile } : {}) };
}

/** The link preview card: its link is the post's, its words are the linked site's. */
function linkPreview(into: NormalizedBatch, common: Common, el: HTMLElement): Record<string, unknown> {
  const card = el.querySelector('a.tgme_widget_message_link_preview');
  const url = card ? hrefOf(card) : '';
  if (!card || !/^https?:\/\//i.test(url)) return {};
  into.urls.push({ ...common, from: 'post', url });
  const text = (cls: string) => card.querySelector(`.${cls}`)?.textContent.trim() || undefined;
  const image =
    card.querySelector('.link_preview_image, .link_preview_right_image')?.getAttribute('style') ?? '';
  return {
    linkPreview: {
      url,
      siteName: text('link_preview_site_name'),
      title: text('link_preview_title'),
      description: text('link_preview_description'),
      imageUrl: BACKGROUND_URL.exec(image)?.[1],
    },
  };
}

/** Reply and forward: post links when the preview names the post, the source's name otherwise. */
function addLinks(into: NormalizedBatch, common: Common, el: HTMLElement): Record<string, unknown> {
  const reply = postIdOf(el.querySelector('a.tgme_widget_message_reply')?.getAttribute('href'));
  if (reply) into.replies.push({ ...common, targetId: reply });
  const from = el.querySelector('.tgme_widget_message_forwarded_from_name');
  if (!from) return {};
  const forwarded = postIdOf(from.getAttribute('href'));
  if (forwarded) into.reposts.push({ ...common, targetId: forwarded });
  return { forwardedFrom: { name: from.textContent.trim(), url: from.getAttribute('href') } };
}

/** Facts of the footer and header: views as shown and as a number, the edit mark, the signature. */
function footerFacts(el: HTMLElement): Record<string, unknown> {
  const views = el.querySelector('.tgme_widget_message_views')?.textContent.trim();
  const meta = el.querySelector('.tgme_widget_message_meta')?.textContent ?? '';
  return {
    views: views ? (shownCount(views) ?? undefined) : undefined,
    viewsAsShown: views || undefined,
    // The preview marks an edit but never says when it was made.
    edited: /\bedited\b/i.test(meta) || undefined,
    signature: el.querySelector('.tgme_widget_message_from_author')?.textContent.trim() || undefined,
    viaBot: el.querySelector('.tgme_widget_message_via_bot')?.textContent.trim() || undefined,
    service: el.classList.contains('service_message') || undefined,
  };
}

/** Reads one message block into `into`; throws when the block has no valid id. */
export function readMessage(
  into: NormalizedBatch,
  el: HTMLElement,
  authorId: string,
  exchangeIndex: number,
): void {
  const id = el.getAttribute('data-post') ?? '';
  if (!POST_ID.test(id))
    throw new AppError('PAYLOAD_INVALID', `a message block has no valid data-post (“${id}”)`);
  const common = { platform: 'telegram' as const, platformId: id, exchangeIndex };
  const textEl = ownText(el);
  const text = htmlText(textEl?.innerHTML ?? '').text;
  const written = el.querySelector('.tgme_widget_message_date time')?.getAttribute('datetime');
  const time = written ? rfc3339Instant(written) : null;
  const details = {
    ...footerFacts(el),
    ...addMedia(into, common, el),
    ...linkPreview(into, common, el),
    ...addLinks(into, common, el),
    ...(time?.iso === null ? { postedAtAsWritten: written, postedAtRefused: time.reason } : {}),
  };
  into.posts.push({
    ...common,
    authorId,
    url: `https://t.me/${id}`,
    text,
    postedAt: time?.iso ?? null,
    editedAt: null,
    lang: null,
    title: null,
    details: Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)),
  });
  addRefs(into, common, textEl, text);
}
