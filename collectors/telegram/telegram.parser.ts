/**
 * Telegram's public web pages read into normalized entities: the channel preview
 * (`t.me/s/<channel>`, a page of message blocks, oldest first, older pages by `?before=`) and the
 * channel's own page (`t.me/<channel>`, its profile alone). A page that is not one of these fails
 * the capture; each message block of a preview is read on its own.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { z } from 'zod';
import { AppError } from '../../common/errors.js';
import type { NormalizedBatch } from '../collector.js';
import { readEach } from '../text/each-item.js';
import { htmlText } from '../text/html-text.js';
import { readMessage, shownCount } from './telegram-message.js';

export interface PreviewPage {
  /** The `before=` id of the next older page, or null at the channel's start. */
  readonly olderBefore: string | null;
}

/** Telegram user names are case-insensitive; the account id is the name in lower case. */
export const channelAccountId = (channel: string) => channel.toLowerCase();

/** The channel's counters (`12.3K subscribers`, `1.2K photos`) as numbers and as shown. */
function counters(root: HTMLElement): Record<string, unknown> {
  const found = root.querySelectorAll('.tgme_channel_info_counter').map((c) => {
    const shown = c.querySelector('.counter_value')?.textContent.trim() ?? '';
    return [
      c.querySelector('.counter_type')?.textContent.trim() ?? '',
      { count: shownCount(shown), shown },
    ] as const;
  });
  return found.length ? { counters: Object.fromEntries(found.filter(([type]) => type)) } : {};
}

/** The channel as the preview's header shows it, with the links of its description. */
function addChannel(batch: NormalizedBatch, root: HTMLElement, channel: string, exchangeIndex: number): void {
  const info = root.querySelector('.tgme_channel_info');
  const title = info?.querySelector('.tgme_channel_info_header_title')?.textContent.trim();
  const username = info
    ?.querySelector('.tgme_channel_info_header_username')
    ?.textContent.trim()
    .replace(/^@/, '');
  const description = htmlText(info?.querySelector('.tgme_channel_info_description')?.innerHTML ?? '');
  const platformId = channelAccountId(channel);
  batch.accounts.push({
    platform: 'telegram',
    platformId,
    exchangeIndex,
    handle: username || channel,
    displayName: title || null,
    url: `https://t.me/${username || channel}`,
    bio: description.text || null,
    avatarUrl: info?.querySelector('.tgme_page_photo_image img')?.getAttribute('src') ?? null,
    createdAt: null,
    details: {
      ...counters(root),
      ...(info?.querySelector('.tgme_channel_info_header_title .verified-icon') ? { verified: true } : {}),
    },
  });
  for (const url of description.links)
    batch.urls.push({ platform: 'telegram', platformId, exchangeIndex, from: 'account', url });
}

const blockSchema = z.custom<HTMLElement>((v) => typeof v === 'object' && v !== null);

/**
 * The next older page. The page's `<link rel="prev">` says it, or its "more" link; when a page
 * carries neither (some omit the head link), the smallest message id on it is where older
 * messages end, since `before=` is an exclusive upper bound.
 */
function olderPage(root: HTMLElement, ids: readonly number[]): PreviewPage {
  const prev = root.querySelector('link[rel=prev]')?.getAttribute('href');
  const before = prev ? new URL(prev, 'https://t.me').searchParams.get('before') : null;
  if (before && /^\d+$/.test(before)) return { olderBefore: before };
  const more = root.querySelector('.tme_messages_more')?.getAttribute('data-before');
  if (more && /^\d+$/.test(more)) return { olderBefore: more };
  const smallest = ids.length ? Math.min(...ids) : null;
  return smallest !== null && smallest > 1 ? { olderBefore: String(smallest) } : { olderBefore: null };
}

/** Reads one preview page; the channel account is added from the first page. */
export function parsePreview(
  html: string,
  channel: string,
  batch: NormalizedBatch,
  exchangeIndex: number,
): PreviewPage {
  const root = parse(html);
  if (!root.querySelector('.tgme_channel_history'))
    throw new AppError('PAYLOAD_INVALID', `t.me/s/${channel} did not answer a channel preview page`);
  if (!batch.accounts.length) addChannel(batch, root, channel, exchangeIndex);
  const blocks = root.querySelectorAll('.tgme_channel_history .tgme_widget_message');
  readEach(batch, exchangeIndex, blocks, blockSchema, (el, into) =>
    readMessage(into, el, channelAccountId(channel), exchangeIndex),
  );
  const ids = blocks
    .map((b) => /\/(\d+)$/.exec(b.getAttribute('data-post') ?? '')?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number);
  return olderPage(root, ids);
}

/**
 * The channel's own page (`t.me/<channel>`): title, description, picture and subscriber count,
 * without a single message. A name nobody holds answers a page without a title.
 */
export function parseProfile(
  html: string,
  channel: string,
  batch: NormalizedBatch,
  exchangeIndex: number,
): void {
  const root = parse(html);
  const page = root.querySelector('.tgme_page');
  const title = page?.querySelector('.tgme_page_title')?.textContent.trim();
  if (!page || !title)
    throw new AppError('NOT_FOUND', `t.me/${channel} shows no channel or user of that name`);
  const extra = page.querySelector('.tgme_page_extra')?.textContent.trim() ?? '';
  const members = /^([\d\s]+)\s+(subscribers|members)/.exec(extra);
  const description = htmlText(page.querySelector('.tgme_page_description')?.innerHTML ?? '');
  const platformId = channelAccountId(channel);
  batch.accounts.push({
    platform: 'telegram',
    platformId,
    exchangeIndex,
    handle: channel,
    displayName: title,
    url: `https://t.me/${channel}`,
    bio: description.text || null,
    avatarUrl: page.querySelector('img.tgme_page_photo_image')?.getAttribute('src') ?? null,
    createdAt: null,
    details: {
      ...(members ? { [members[2]!]: Number(members[1]!.replace(/\s/g, '')), extraAsShown: extra } : {}),
      ...(page.querySelector('.tgme_page_context_link') ? { hasPublicPreview: true } : {}),
    },
  });
  for (const url of description.links)
    batch.urls.push({ platform: 'telegram', platformId, exchangeIndex, from: 'account', url });
}
