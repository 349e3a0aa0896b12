/**
 * Mastodon 4.5 entities as an unauthenticated client receives them (docs.joinmastodon.org,
 * entities/Account, Status, MediaAttachment, Poll, PreviewCard, CustomEmoji, Quote, ShallowQuote,
 * QuoteApproval): every documented attribute present, nullable ones null where the platform sends
 * null, optional ones (application, the viewer's favourited/reblogged...) absent, content as HTML.
 */
import { MASTODON, MEDIA } from './scenario.js';

export type Json = Record<string, unknown>;

export interface AccountSpec {
  readonly id: string;
  readonly username: string;
  /** The instance that hosts the account; absent for this instance's own accounts. */
  readonly domain?: string;
  readonly displayName: string;
  readonly note: string;
  readonly fields?: readonly Json[];
  readonly emojis?: readonly Json[];
  readonly createdAt: string;
  /** The avatar picture served; the PNG when absent. */
  readonly avatarPath?: string;
}

/** A custom emoji of the instance (CustomEmoji). */
export function emoji(base: string, shortcode: string): Json {
  return {
    shortcode,
    url: `${base}/system/custom_emojis/images/000/000/001/original/${shortcode}.png`,
    static_url: `${base}/system/custom_emojis/images/000/000/001/static/${shortcode}.png`,
    visible_in_picker: true,
    category: null,
  };
}

/** A link as Mastodon renders it: scheme and overflow hidden in `invisible` spans. */
export function link(href: string): string {
  const url = new URL(href);
  const shown = `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
  return `<a href="${href}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${url.protocol}//</span><span class="">${shown}</span><span class="invisible"></span></a>`;
}

/** A mention as Mastodon renders it in content: an h-card around a `u-url mention` link. */
export function mentionHtml(profileUrl: string, username: string): string {
  return `<span class="h-card" translate="no"><a href="${profileUrl}" class="u-url mention">@<span>${username}</span></a></span>`;
}

export function hashtagHtml(base: string, tag: string): string {
  return `<a href="${base}/tags/${tag}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`;
}

/** An Account; a remote one has its `acct` qualified and its profile on its own host. */
export function account(base: string, spec: AccountSpec): Json {
  const home = spec.domain ? `https://${spec.domain}` : base;
  return {
    id: spec.id,
    username: spec.username,
    acct: spec.domain ? `${spec.username}@${spec.domain}` : spec.username,
    display_name: spec.displayName,
    locked: false,
    bot: false,
    discoverable: true,
    indexable: true,
    group: false,
    created_at: spec.createdAt,
    note: spec.note,
    url: `${home}/@${spec.username}`,
    uri: `${home}/users/${spec.username}`,
    avatar: `${base}${spec.avatarPath ?? MEDIA.png.path}`,
    avatar_static: `${base}${spec.avatarPath ?? MEDIA.png.path}`,
    header: `${base}/headers/original/missing.png`,
    header_static: `${base}/headers/original/missing.png`,
    followers_count: 212,
    following_count: 87,
    statuses_count: 1403,
    last_status_at: '2026-11-20',
    hide_collections: false,
    noindex: false,
    emojis: spec.emojis ?? [],
    roles: [],
    fields: spec.fields ?? [],
  };
}

/** The fixture's accounts: alice, bob (same instance), dora and eve (other instances). */
export function people(base: string): Record<'alice' | 'bob' | 'dora' | 'eve', Json> {
  const alice = account(base, {
    id: MASTODON.accountId,
    username: MASTODON.handle,
    displayName: 'Alice Example :kc_heart:',
    note: `<p>Riverfront walks, photos, the odd poll. ${hashtagHtml(base, 'kansascity')}</p><p>Blog: ${link('https://example.org/alice')}</p>`,
    createdAt: '2022-11-01T00:00:00.000Z',
    emojis: [emoji(base, 'kc_heart')],
    fields: [
      { name: 'Pronouns', value: 'she/her', verified_at: null },
      {
        name: 'Website',
        value: link('https://alice.example.net/'),
        verified_at: '2024-03-02T17:41:09.112+00:00',
      },
      {
        name: 'Also',
        value: mentionHtml('https://social.example/@alice_backup', 'alice_backup'),
        verified_at: null,
      },
    ],
  });
  const bob = account(base, {
    id: MASTODON.otherAccountId,
    username: MASTODON.otherHandle,
    displayName: 'Bob Example',
    note: '<p>Neighbourhood watch, Westport.</p>',
    createdAt: '2023-01-15T00:00:00.000Z',
  });
  const [doraName, doraDomain] = MASTODON.remoteHandle.split('@') as [string, string];
  const dora = account(base, {
    id: MASTODON.remoteAccountId,
    username: doraName,
    domain: doraDomain,
    displayName: 'Dora',
    note: '<p>Local news, River Market.</p>',
    createdAt: '2021-06-30T00:00:00.000Z',
  });
  const [eveName, eveDomain] = MASTODON.relayHandle.split('@') as [string, string];
  const eve = account(base, {
    id: MASTODON.relayAccountId,
    username: eveName,
    domain: eveDomain,
    displayName: 'Eve relay',
    note: '',
    createdAt: '2025-02-10T00:00:00.000Z',
  });
  return { alice, bob, dora, eve };
}

/** A MediaAttachment stored by this instance; `remote` gives the original's address elsewhere. */
export function attachment(base: string, id: string, file: keyof typeof MEDIA, remote?: string): Json {
  const type = file === 'video' ? 'video' : 'image';
  const url = `${base}${MEDIA[file].path}`;
  return {
    id,
    type,
    url,
    preview_url: url,
    remote_url: remote ?? null,
    preview_remote_url: null,
    text_url: null,
    meta:
      type === 'video'
        ? { length: '0:00:02.00', duration: 2, fps: 24, size: '16x16', width: 16, height: 16, aspect: 1 }
        : {
            original: { width: 8, height: 8, size: '8x8', aspect: 1 },
            small: { width: 8, height: 8, size: '8x8', aspect: 1 },
          },
    description: type === 'video' ? null : `photo ${id}`,
    blurhash: type === 'video' ? null : 'U00000fQfQfQfQfQfQfQfQfQfQfQfQfQfQfQ',
  };
}

/** A Status with every attribute an unauthenticated reader gets; `extra` overrides. */
export function status(base: string, id: string, author: Json, extra: Json = {}): Json {
  const username = String(author.username);
  const home = String(author.url).replace(/\/@[^/]+$/, '');
  return {
    id,
    created_at: '2026-11-10T12:00:00.000Z',
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: false,
    spoiler_text: '',
    visibility: 'public',
    language: 'en',
    uri: `${home}/users/${username}/statuses/${id}`,
    url: `${home}/@${username}/${id}`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    quotes_count: 0,
    edited_at: null,
    content: `<p>status ${id}</p>`,
    reblog: null,
    account: author,
    media_attachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
    quote: null,
    quote_approval: { automatic: ['public'], manual: [], current_user: 'denied' },
    ...extra,
  };
}

/** A Status::Mention of an account. */
export function mention(who: Json): Json {
  return { id: who.id, username: who.username, url: who.url, acct: who.acct };
}

export function tag(base: string, name: string): Json {
  return { name, url: `${base}/tags/${name}` };
}
