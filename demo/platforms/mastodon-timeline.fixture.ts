/**
 * What the fixture Mastodon instance holds: alice's timeline with one status for each shape the
 * collector must read (quotes, a boost of a remote post, a post without an HTML page, an edit with
 * its history, a poll, a content warning, a preview card, custom emoji, replies, mentions, tags,
 * media), the #missing timeline, and a full page with one malformed status.
 */
import {
  attachment,
  emoji,
  hashtagHtml,
  link,
  mention,
  mentionHtml,
  people,
  status,
  tag,
  type Json,
} from './mastodon-entities.fixture.js';
import { MASTODON } from './scenario.js';

const S = MASTODON.status;

/** The versions of alice's edited status, oldest first, as StatusEdit entities. */
export function editHistory(base: string): Json[] {
  const { alice } = people(base);
  const version = (content: string, createdAt: string): Json => ({
    content,
    spoiler_text: '',
    sensitive: false,
    created_at: createdAt,
    account: alice,
    media_attachments: [],
    emojis: [],
  });
  return [
    version('<p>Meeting point: Union Station, 5 pm.</p>', '2026-11-19T21:14:00.482Z'),
    version('<p>Meeting point: River Market, 5 pm.</p>', '2026-11-19T21:40:13.001Z'),
    version('<p>Meeting point moved to the River Market, 6 pm.</p>', '2026-11-19T22:05:31.907Z'),
  ];
}

/** bob's status that alice quotes; its own quote is shallow, as Mastodon nests quotes. */
function quotedByAlice(base: string): Json {
  const { bob } = people(base);
  return status(base, MASTODON.quotedStatusId, bob, {
    created_at: '2026-11-20T17:00:00.000Z',
    content: `<p>Saw a girl matching the description at the ${hashtagHtml(base, 'rivermarket')}</p>`,
    tags: [tag(base, 'rivermarket')],
    quote: { state: 'accepted', quoted_status_id: MASTODON.nestedQuotedStatusId },
  });
}

/** The remote statuses alice boosted: dora's has a page on its own host, eve's has none. */
function boosted(base: string): { dora: Json; eve: Json } {
  const { dora, eve } = people(base);
  const dorasOwnId = '112233445566778899';
  return {
    dora: status(base, MASTODON.boostedStatusId, dora, {
      created_at: '2026-11-15T15:58:02.000Z',
      uri: `https://social.example/users/dora/statuses/${dorasOwnId}`,
      url: `https://social.example/@dora/${dorasOwnId}`,
      content: `<p>River Market crowd tonight ${hashtagHtml('https://social.example', 'rivermarket')}</p>`,
      tags: [tag(base, 'rivermarket')],
      media_attachments: [
        attachment(base, '601', 'jpeg', 'https://social.example/system/media_attachments/files/crowd.jpg'),
      ],
    }),
    eve: status(base, MASTODON.urllessStatusId, eve, {
      created_at: '2026-11-13T06:00:00.000Z',
      uri: 'https://relay.example/objects/5b0e1c2d-9f4a-4c1e-8d7b-3a2f1e0c9b8a',
      url: null,
      language: null,
      content: '<p>relay post without a page</p>',
    }),
  };
}

/** A boost: a status of its own, empty, wrapping the boosted one. */
function boost(base: string, id: string, of: Json, createdAt: string): Json {
  const { alice } = people(base);
  return status(base, id, alice, {
    created_at: createdAt,
    uri: `${base}/users/alice/statuses/${id}/activity`,
    language: null,
    content: '',
    reblog: of,
    quote_approval: { automatic: [], manual: [], current_user: 'denied' },
  });
}

/** Statuses with text only, or text and one feature each. */
function plainShapes(base: string): Json[] {
  const { alice } = people(base);
  return [
    status(base, S.poll, alice, {
      created_at: '2026-11-19T08:30:12.000Z',
      content: '<p>Which way did she walk?</p>',
      poll: {
        id: '34830',
        expires_at: '2026-11-20T08:30:12.000Z',
        expired: true,
        multiple: false,
        votes_count: 10,
        voters_count: null,
        options: [
          { title: 'North', votes_count: 6 },
          { title: 'South', votes_count: 4 },
        ],
        emojis: [],
      },
    }),
    status(base, S.warning, alice, {
      created_at: '2026-11-18T23:59:59.999Z',
      visibility: 'unlisted',
      sensitive: true,
      spoiler_text: 'Injury photo',
      content: '<p>The scrape on the bench, for the record.</p>',
      media_attachments: [attachment(base, '501', 'jpeg')],
    }),
    status(base, S.card, alice, {
      created_at: '2026-11-18T14:21:45.660Z',
      content: `<p>Story about the search: ${link('https://news.example.com/story')}</p>`,
      card: {
        url: 'https://news.example.com/story',
        title: 'Search widens for missing teen',
        description: 'Volunteers gathered at the riverfront on Saturday.',
        language: 'en',
        type: 'link',
        author_name: '',
        author_url: '',
        provider_name: 'News Example',
        provider_url: '',
        html: '',
        width: 400,
        height: 225,
        image: `${base}/system/cache/preview_cards/images/000/000/042/original/story.jpg`,
        image_description: '',
        embed_url: '',
        blurhash: null,
        published_at: null,
        authors: [],
      },
    }),
    status(base, S.emoji, alice, {
      created_at: '2026-11-17T10:10:10.101Z',
      content: '<p>Thank you all :kc_heart: :kc_heart:</p>',
      emojis: [emoji(base, 'kc_heart')],
    }),
  ];
}

/** Statuses that point at other statuses or accounts, and the ones with media. */
function linkedShapes(base: string): Json[] {
  const { alice, bob } = people(base);
  const { dora, eve } = boosted(base);
  return [
    status(base, S.tagged, alice, {
      created_at: '2026-11-16T19:45:03.250Z',
      content: `<p>Have you seen her? ${hashtagHtml(base, MASTODON.hashtag)} cc ${mentionHtml(String(bob.url), 'bob')}</p>`,
      mentions: [mention(bob)],
      tags: [tag(base, MASTODON.hashtag)],
      media_attachments: [attachment(base, '502', 'png')],
      application: { name: 'Web', website: null },
    }),
    status(base, S.reply, alice, {
      created_at: '2026-11-16T07:12:44.871Z',
      in_reply_to_id: MASTODON.replyToStatusId,
      in_reply_to_account_id: MASTODON.otherAccountId,
      content: `<p>${mentionHtml(String(bob.url), 'bob')} I was there too</p>`,
      mentions: [mention(bob)],
    }),
    boost(base, S.boost, dora, '2026-11-15T16:00:21.004Z'),
    status(base, S.photos, alice, {
      created_at: '2026-11-14T12:34:56.789Z',
      content: `<p>Photo from the park<br />${link('https://news.example.com/park')}</p>`,
      media_attachments: [attachment(base, '503', 'jpeg'), attachment(base, '504', 'video')],
    }),
    boost(base, S.boostUrlless, eve, '2026-11-13T06:05:04.321Z'),
  ];
}

/** alice's timeline, newest first. */
export function aliceStatuses(base: string): Json[] {
  const { alice } = people(base);
  const quoted = quotedByAlice(base);
  return [
    status(base, S.quote, alice, {
      created_at: '2026-11-20T18:42:07.315Z',
      content: `<p class="quote-inline">RE: ${link(String(quoted.url))}</p><p>This is where she was seen last.</p>`,
      quote: { state: 'accepted', status: quoted },
    }),
    status(base, S.quoteGone, alice, {
      created_at: '2026-11-20T09:03:55.020Z',
      content: '<p>Quoting a post that was deleted since.</p>',
      quote: { state: 'deleted', status: null },
    }),
    status(base, S.edited, alice, {
      created_at: '2026-11-19T21:14:00.482Z',
      edited_at: '2026-11-19T22:05:31.907Z',
      content: '<p>Meeting point moved to the River Market, 6 pm.</p>',
    }),
    ...plainShapes(base),
    ...linkedShapes(base),
  ];
}

/** The #missing timeline, newest first. */
export function hashtagStatuses(base: string): Json[] {
  const { bob } = people(base);
  return [
    aliceStatuses(base).find((s) => s.id === S.tagged)!,
    status(base, MASTODON.replyToStatusId, bob, {
      created_at: '2026-11-15T22:10:00.000Z',
      content: `<p>${hashtagHtml(base, MASTODON.hashtag)} seen near the station</p>`,
      tags: [tag(base, MASTODON.hashtag)],
    }),
  ];
}

/** dana's full page: one status of it has no account, which no Mastodon would send. */
export function bulkStatuses(base: string, dana: Json): Json[] {
  return Array.from({ length: MASTODON.bulkCount }, (_, i) => {
    const id = String(113600000000000000n + BigInt(MASTODON.bulkCount - i));
    const at = new Date(Date.UTC(2026, 10, 20, 12, 0, 0) - i * 60_000).toISOString();
    const one = status(base, id, dana, {
      created_at: at,
      content: `<p>update ${MASTODON.bulkCount - i}</p>`,
    });
    return i === MASTODON.bulkMalformedAt ? { ...one, account: null } : one;
  });
}
