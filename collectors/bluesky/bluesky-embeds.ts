/**
 * A post's embed views (app.bsky.embed.*#view) read into the batch: images and video are media,
 * an external card is a link, a record view is a quote of another post — shown, not found,
 * blocked or detached — and recordWithMedia is both. What has no entity of its own comes back as
 * facts for the post's details; an embed of a type this reader does not know is named there.
 */
import type { NormalizedBatch } from '../collector.js';
import { compact } from '../text/details.js';
import {
  externalViewSchema,
  imagesViewSchema,
  recordViewSchema,
  recordWithMediaViewSchema,
  videoViewSchema,
  viewGoneSchema,
  viewRecordSchema,
  type Typed,
} from './bluesky.schema.js';
import { isPostUri } from './bluesky-text.js';

type ViewRecord = ReturnType<typeof viewRecordSchema.parse>;

/** What reading an embed needs: where it sits, and how to add a quoted post that is shown. */
export interface EmbedContext {
  readonly batch: NormalizedBatch;
  readonly postId: string;
  readonly exchangeIndex: number;
  readonly addQuoted: (record: ViewRecord) => void;
}

type Facts = Record<string, unknown>;
const EMBED = 'app.bsky.embed.';
/** Why a record view shows no record, named as the reply targets' states are. */
const GONE: Record<string, string> = {
  [`${EMBED}record#viewNotFound`]: 'notFound',
  [`${EMBED}record#viewBlocked`]: 'blocked',
  [`${EMBED}record#viewDetached`]: 'detached',
};

function quote(ctx: EmbedContext, uri: string): void {
  if (!isPostUri(uri)) return;
  ctx.batch.quotes.push({
    platform: 'bluesky',
    platformId: ctx.postId,
    exchangeIndex: ctx.exchangeIndex,
    targetId: uri,
  });
}

/** The record a record view shows, or why it shows none. */
function readRecord(ctx: EmbedContext, record: Typed): Facts {
  switch (record.$type) {
    case `${EMBED}record#viewRecord`: {
      const shown = viewRecordSchema.parse(record);
      ctx.addQuoted(shown);
      quote(ctx, shown.uri);
      return {};
    }
    case `${EMBED}record#viewNotFound`:
    case `${EMBED}record#viewBlocked`:
    case `${EMBED}record#viewDetached`: {
      const gone = viewGoneSchema.parse(record);
      quote(ctx, gone.uri);
      return {
        quote: compact({
          uri: gone.uri,
          state: GONE[record.$type],
          authorDid: gone.author?.did,
        }),
      };
    }
    default:
      // Feeds, lists, labelers and starter packs can be embedded too; they are not posts.
      return {
        embeddedRecord: compact({
          type: record.$type,
          uri: typeof record.uri === 'string' ? record.uri : null,
        }),
      };
  }
}

function addMedia(
  ctx: EmbedContext,
  suffix: string,
  url: string,
  mediaType: string,
  description: string | null,
) {
  ctx.batch.media.push({
    platform: 'bluesky',
    platformId: `${ctx.postId}#${suffix}`,
    exchangeIndex: ctx.exchangeIndex,
    postId: ctx.postId,
    url,
    mediaType,
    description,
  });
}

/** Reads one embed view; returns the facts it adds to the post's details. */
export function readEmbed(ctx: EmbedContext, embed: Typed): Facts {
  switch (embed.$type) {
    case `${EMBED}images#view`:
      imagesViewSchema
        .parse(embed)
        .images.forEach((image, i) => addMedia(ctx, `image${i}`, image.fullsize, 'image', image.alt || null));
      return {};
    case `${EMBED}video#view`: {
      // The AppView serves an HLS playlist; the video blob itself is the `cid` on the author's PDS.
      const video = videoViewSchema.parse(embed);
      addMedia(ctx, 'video', video.playlist, 'video', video.alt ?? null);
      return {
        video: compact({
          cid: video.cid,
          playlist: video.playlist,
          thumbnail: video.thumbnail,
          alt: video.alt,
        }),
      };
    }
    case `${EMBED}external#view`: {
      const { external } = externalViewSchema.parse(embed);
      const from = 'post' as const;
      ctx.batch.urls.push({
        platform: 'bluesky',
        platformId: ctx.postId,
        exchangeIndex: ctx.exchangeIndex,
        from,
        url: external.uri,
      });
      return {
        external: compact({
          uri: external.uri,
          title: external.title,
          description: external.description,
          thumb: external.thumb,
        }),
      };
    }
    case `${EMBED}record#view`:
      return readRecord(ctx, recordViewSchema.parse(embed).record);
    case `${EMBED}recordWithMedia#view`: {
      const both = recordWithMediaViewSchema.parse(embed);
      return { ...readRecord(ctx, both.record.record), ...readEmbed(ctx, both.media) };
    }
    default:
      return { unknownEmbed: embed.$type };
  }
}
