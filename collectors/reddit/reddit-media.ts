/**
 * The media a Reddit post carries, wherever Reddit puts it: the image a link points at, every item
 * of a gallery (`gallery_data` gives the order and captions, `media_metadata` the files), a Reddit
 * video (`secure_media.reddit_video`), and images embedded in a text post or comment
 * (`media_metadata` without a gallery).
 */
import type { NormalizedBatch } from '../collector.js';
import type { RedditMediaMetadata, RedditParent } from './reddit.schemas.js';

type Common = { readonly platform: 'reddit'; readonly platformId: string; readonly exchangeIndex: number };

/** A media file as Reddit describes it, or null when Reddit has no usable file for it. */
interface MediaFile {
  readonly url: string;
  readonly mediaType: string;
}

/** The file one `media_metadata` entry names; null for one still processing or failed. */
function fileOf(entry: RedditMediaMetadata[string]): MediaFile | null {
  if (entry.status !== 'valid') return null;
  if (entry.e === 'AnimatedImage') {
    if (entry.s?.mp4) return { url: entry.s.mp4, mediaType: 'video/mp4' };
    if (entry.s?.gif) return { url: entry.s.gif, mediaType: 'image/gif' };
    return null;
  }
  if (entry.e === 'RedditVideo' && entry.hlsUrl)
    return { url: entry.hlsUrl, mediaType: 'application/vnd.apple.mpegurl' };
  return entry.s?.u ? { url: entry.s.u, mediaType: entry.m ?? 'image' } : null;
}

/** Adds each file of `media_metadata` in `order`; names the entries Reddit had no file for. */
function addMetadata(
  into: NormalizedBatch,
  common: Common,
  metadata: RedditMediaMetadata,
  order: readonly { media_id: string; caption?: string | undefined }[],
): string[] {
  const missing: string[] = [];
  for (const { media_id: id, caption } of order) {
    const entry = metadata[id];
    const file = entry ? fileOf(entry) : null;
    if (!file) {
      missing.push(id);
      continue;
    }
    into.media.push({
      ...common,
      platformId: `${common.platformId}#${id}`,
      postId: common.platformId,
      url: file.url,
      mediaType: file.mediaType,
      description: caption || null,
    });
  }
  return missing;
}

/** Embedded images of a comment or text post; returns the ids Reddit had no file for. */
export function addEmbeddedMedia(
  into: NormalizedBatch,
  common: Common,
  metadata: RedditMediaMetadata | null | undefined,
): string[] {
  if (!metadata) return [];
  return addMetadata(
    into,
    common,
    metadata,
    Object.keys(metadata).map((media_id) => ({ media_id })),
  );
}

const IMAGE_URL = /\.(jpe?g|png|gif|webp)(\?|$)/i;

/**
 * The media of a link post. Returns what the post's details should say about them: the gallery's
 * order and captions, the video's other renditions, and what Reddit had no file for.
 */
export function addLinkMedia(
  into: NormalizedBatch,
  common: Common,
  link: RedditParent,
): Record<string, unknown> {
  if (link.is_gallery && link.gallery_data && link.media_metadata)
    return addGallery(into, common, link.media_metadata, link.gallery_data.items);
  const video = (link.secure_media ?? link.media)?.reddit_video;
  if (link.is_video && video) return addVideo(into, common, video);
  const target = link.url_overridden_by_dest ?? link.url;
  if (target && !link.is_self && (link.post_hint === 'image' || IMAGE_URL.test(target))) {
    const id = common.platformId;
    into.media.push({
      ...common,
      platformId: `${id}#image`,
      postId: id,
      url: target,
      mediaType: 'image',
      description: null,
    });
    return {};
  }
  const missing = addEmbeddedMedia(into, common, link.media_metadata);
  return missing.length ? { mediaUnavailable: missing } : {};
}

type GalleryItem = NonNullable<RedditParent['gallery_data']>['items'][number];

/** A gallery's files in its order, with captions; outbound links are the post's URLs. */
function addGallery(
  into: NormalizedBatch,
  common: Common,
  metadata: RedditMediaMetadata,
  items: GalleryItem[],
) {
  const missing = addMetadata(into, common, metadata, items);
  for (const item of items)
    if (item.outbound_url) into.urls.push({ ...common, from: 'post', url: item.outbound_url });
  return {
    gallery: items.map((i) => ({ mediaId: i.media_id, caption: i.caption, outboundUrl: i.outbound_url })),
    ...(missing.length ? { mediaUnavailable: missing } : {}),
  };
}

type RedditVideo = NonNullable<NonNullable<RedditParent['secure_media']>['reddit_video']>;

/** A v.redd.it video: the fallback MP4 as the media, its other renditions in the details. */
function addVideo(into: NormalizedBatch, common: Common, video: RedditVideo) {
  const id = common.platformId;
  // The fallback file is the video alone; the HLS and DASH playlists also carry the sound.
  into.media.push({
    ...common,
    platformId: `${id}#video`,
    postId: id,
    url: video.fallback_url,
    mediaType: 'video/mp4',
    description: null,
  });
  const { duration, width, height, is_gif: isGif, hls_url: hlsUrl, dash_url: dashUrl } = video;
  return { video: { duration, width, height, isGif, hlsUrl, dashUrl } };
}
