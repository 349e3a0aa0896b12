/**
 * The channel preview's HTML read into normalized entities: the channel as the account, each
 * tgme_widget_message as a post with its text, time, links, hashtags, photos and videos, replies
 * to earlier messages and forwards from other channels.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { AppError } from '../../common/errors.js';
import type { NormalizedBatch } from '../collector.js';
import { htmlText } from '../text/html-text.js';

export interface PreviewPage {
  /** The `before=` id of the next older page, or null at the channel's start. */
  readonly olderBefore: string | null;
}

const BACKGROUND_URL = /background-image:url\('([^']+)'\)/;

function addMessage(batch: NormalizedBatch, el: HTMLElement, channel: string, exchangeIndex: number): void {
  const id = el.getAttribute('data-post') ?? '';
  if (!/^[\w]+\/\d+$/.test(id))
    throw new AppError('PAYLOAD_INVALID', `a message of t.me/s/${channel} has no valid id (${id})`);
  const common = { platform: 'telegram' as const, platformId: id, exchangeIndex };
  const body = htmlText(el.querySelector('.tgme_widget_message_text')?.innerHTML ?? '');
  batch.posts.push({
    ...common,
    authorId: channel,
    url: `https://t.me/${id}`,
    text: body.text,
    postedAt: el.querySelector('time')?.getAttribute('datetime') ?? null,
    editedAt: null,
    lang: null,
    title: null,
  });
  for (const url of body.links) batch.urls.push({ ...common, from: 'post', url });
  for (const tag of body.text.match(/#[\p{L}\p{N}_]+/gu) ?? [])
    batch.hashtags.push({ ...common, postId: id, tag: tag.slice(1).toLowerCase() });
  const photo = BACKGROUND_URL.exec(
    el.querySelector('.tgme_widget_message_photo_wrap')?.getAttribute('style') ?? '',
  )?.[1];
  if (photo)
    batch.media.push({
      ...common,
      platformId: `${id}#photo`,
      postId: id,
      url: photo,
      mediaType: 'image',
      description: null,
    });
  const video = el.querySelector('video')?.getAttribute('src');
  if (video)
    batch.media.push({
      ...common,
      platformId: `${id}#video`,
      postId: id,
      url: video,
      mediaType: 'video',
      description: null,
    });
  const reply = el.querySelector('.tgme_widget_message_reply')?.getAttribute('href');
  if (reply) batch.replies.push({ ...common, targetId: reply.replace(/^https:\/\/t\.me\//, '') });
  const forward = el.querySelector('.tgme_widget_message_forwarded_from_name')?.getAttribute('href');
  if (forward) batch.reposts.push({ ...common, targetId: forward.replace(/^https:\/\/t\.me\//, '') });
}

/** Reads one preview page; the channel account is added from the first page. */
export function parsePreview(
  html: string,
  channel: string,
  batch: NormalizedBatch,
  exchangeIndex: number,
): PreviewPage {
  const root = parse(html);
  if (!batch.accounts.length) {
    const title = root.querySelector('.tgme_channel_info_header_title')?.textContent.trim() || channel;
    batch.accounts.push({
      platform: 'telegram',
      platformId: channel,
      exchangeIndex,
      handle: channel,
      displayName: title,
      url: `https://t.me/${channel}`,
      bio: root.querySelector('.tgme_channel_info_description')?.textContent.trim() || null,
      avatarUrl: root.querySelector('.tgme_page_photo_image img')?.getAttribute('src') ?? null,
      createdAt: null,
    });
  }
  for (const el of root.querySelectorAll('.tgme_widget_message'))
    addMessage(batch, el, channel, exchangeIndex);
  const prev = root.querySelector('link[rel=prev]')?.getAttribute('href');
  return { olderBefore: prev ? new URL(prev, 'https://t.me').searchParams.get('before') : null };
}
