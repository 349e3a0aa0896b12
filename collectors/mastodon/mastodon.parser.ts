/**
 * Mastodon's Account and Status entities translated into the collector's normalized entities:
 * what has a column goes there, the rest of what a detective may need (content warning, poll,
 * card, visibility, quote state, custom emoji, profile fields) goes into `details` as read.
 */
import { parse } from 'node-html-parser';
import type { EntityDetails, NormalizedBatch } from '../collector.js';
import { compact } from '../text/details.js';
import { htmlText } from '../text/html-text.js';
import type { Account, QuotedStatus, Status, TimelineStatus } from './mastodon.schema.js';

type Emoji = { shortcode: string; url: string };

const emojiFacts = (emojis: readonly Emoji[]) => emojis.map((e) => ({ shortcode: e.shortcode, url: e.url }));

/** Every http(s) link in a piece of profile HTML, mentions of other accounts included. */
function links(html: string): string[] {
  const hrefs = parse(html)
    .querySelectorAll('a[href]')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => /^https?:\/\//.test(href));
  return [...new Set(hrefs)];
}

function accountDetails(account: Account): EntityDetails {
  return compact({
    uri: account.uri,
    locked: account.locked,
    bot: account.bot,
    group: account.group,
    discoverable: account.discoverable,
    suspended: account.suspended,
    limited: account.limited,
    header: account.header,
    lastStatusAt: account.last_status_at,
    counts: compact({
      statuses: account.statuses_count,
      followers: account.followers_count,
      following: account.following_count,
    }),
    fields: account.fields.map((f) => ({
      name: f.name,
      value: htmlText(f.value).text,
      links: links(f.value),
      verifiedAt: f.verified_at ?? null,
    })),
    emojis: emojiFacts(account.emojis),
    movedTo: account.moved
      ? { id: account.moved.id, acct: account.moved.acct, url: account.moved.url }
      : null,
  });
}

/** Adds an account once, with the links of its bio and of its profile fields. */
export function addAccount(batch: NormalizedBatch, account: Account, exchangeIndex: number): void {
  if (batch.accounts.some((a) => a.platformId === account.id)) return;
  const bio = htmlText(account.note ?? '');
  batch.accounts.push({
    platform: 'mastodon',
    platformId: account.id,
    exchangeIndex,
    handle: account.acct,
    displayName: account.display_name || null,
    url: account.url || account.uri || null,
    bio: bio.text || null,
    avatarUrl: account.avatar || null,
    createdAt: account.created_at ?? null,
    details: accountDetails(account),
  });
  const urls = new Set([...bio.links, ...account.fields.flatMap((f) => links(f.value))]);
  for (const url of urls)
    batch.urls.push({ platform: 'mastodon', platformId: account.id, exchangeIndex, from: 'account', url });
  if (account.moved) addAccount(batch, { ...account.moved, moved: null }, exchangeIndex);
}

/**
 * The status's text without Mastodon's quote fallback (`<p class="quote-inline">RE: <link></p>`,
 * prepended for clients that cannot show quotes): the quote is read from `quote` instead.
 */
function statusText(content: string) {
  return htmlText(content.replace(/<p\b[^>]*class="[^"]*\bquote-inline\b[^"]*"[^>]*>[\s\S]*?<\/p>/gi, ''));
}

/** The quoted status's id, when the quote's state lets the API name it. */
function quotedId(quote: Status['quote'] | QuotedStatus['quote']): string | null {
  if (!quote) return null;
  if ('quoted_status_id' in quote && quote.quoted_status_id) return quote.quoted_status_id;
  if ('status' in quote && quote.status) return quote.status.id;
  return null;
}

function statusDetails(status: Status | QuotedStatus): EntityDetails {
  const { poll, card } = status;
  return compact({
    uri: status.uri,
    visibility: status.visibility,
    sensitive: status.sensitive,
    spoilerText: status.spoiler_text,
    inReplyToAccountId: status.in_reply_to_account_id,
    quote: status.quote ? { state: status.quote.state, statusId: quotedId(status.quote) } : null,
    poll: poll && {
      id: poll.id,
      expiresAt: poll.expires_at ?? null,
      expired: poll.expired,
      multiple: poll.multiple,
      votesCount: poll.votes_count,
      votersCount: poll.voters_count ?? null,
      options: poll.options.map((o) => ({ title: o.title, votesCount: o.votes_count ?? null })),
    },
    card:
      card &&
      compact({
        url: card.url,
        title: card.title,
        description: card.description,
        type: card.type,
        providerName: card.provider_name,
        authorName: card.author_name,
        image: card.image,
      }),
    emojis: emojiFacts(status.emojis),
    application: status.application?.name,
    counts: compact({
      replies: status.replies_count,
      reblogs: status.reblogs_count,
      favourites: status.favourites_count,
      quotes: status.quotes_count,
    }),
  });
}

/** Adds a status with its author, media, tags, mentions, links, reply and quote, once. */
function addStatus(batch: NormalizedBatch, status: Status | QuotedStatus, exchangeIndex: number): void {
  if (batch.posts.some((p) => p.platformId === status.id)) return;
  const common = { platform: 'mastodon' as const, platformId: status.id, exchangeIndex };
  addAccount(batch, status.account, exchangeIndex);
  const body = statusText(status.content);
  batch.posts.push({
    ...common,
    authorId: status.account.id,
    // Posts of software without an HTML page have no url; the federation id still resolves.
    url: status.url || status.uri,
    text: body.text,
    postedAt: status.created_at,
    editedAt: status.edited_at ?? null,
    lang: status.language ?? null,
    title: null,
    details: statusDetails(status),
  });
  for (const m of status.media_attachments) {
    const url = m.url || m.remote_url;
    if (!url) continue;
    const description = m.description ?? null;
    batch.media.push({ ...common, platformId: m.id, postId: status.id, url, mediaType: m.type, description });
  }
  for (const t of status.tags)
    batch.hashtags.push({ ...common, postId: status.id, tag: t.name.toLowerCase() });
  for (const m of status.mentions) batch.mentions.push({ ...common, accountId: m.id, handle: m.acct });
  const urls = new Set([...body.links, ...(status.card ? [status.card.url] : [])]);
  for (const url of urls) batch.urls.push({ ...common, from: 'post', url });
  if (status.in_reply_to_id) batch.replies.push({ ...common, targetId: status.in_reply_to_id });
  addQuote(batch, status, exchangeIndex);
}

/** A quote is a post linked to the quoted one; the quoted status is read too when served whole. */
function addQuote(batch: NormalizedBatch, status: Status | QuotedStatus, exchangeIndex: number): void {
  const target = quotedId(status.quote);
  if (!target) return;
  const quote = status.quote;
  // A status served whole has its uri; a quoted status's own full quote is read for its id only.
  if (quote && 'status' in quote && quote.status && 'uri' in quote.status)
    addStatus(batch, quote.status, exchangeIndex);
  batch.quotes.push({ platform: 'mastodon', platformId: status.id, exchangeIndex, targetId: target });
}

/** Adds one status of a timeline; a boost is a post of its own that reposts the boosted one. */
export function addTimelineStatus(
  batch: NormalizedBatch,
  status: TimelineStatus,
  exchangeIndex: number,
): void {
  addStatus(batch, status, exchangeIndex);
  if (!status.reblog) return;
  addStatus(batch, status.reblog, exchangeIndex);
  batch.reposts.push({
    platform: 'mastodon',
    platformId: status.id,
    exchangeIndex,
    targetId: status.reblog.id,
  });
}

/** The `rel="next"` URL of a Link header, or null. */
export function nextLink(link: string | undefined): string | null {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (match) return match[1]!;
  }
  return null;
}
