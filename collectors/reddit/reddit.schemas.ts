/**
 * Reddit's public JSON as its listings serve it (field names as in Reddit's API and as maintained
 * clients such as PRAW read them). A listing is checked as a whole only for its envelope; each
 * child is checked on its own, so one child of an unexpected shape is listed as not read instead
 * of failing the page. Fields that old listings lack (`permalink`, `author_fullname`, `name`) are
 * optional and derived where Reddit's own rules allow.
 */
import { z } from 'zod';

/** `{kind: 'Listing', data: {after, children}}`; the children are read one by one. */
export const listingSchema = z.object({
  kind: z.literal('Listing'),
  data: z.object({
    after: z.string().nullable().optional(),
    children: z.array(z.unknown()),
  }),
});

/** A child of a listing: its kind (`t1` comment, `t3` link) says how to read its data. */
export const thingSchema = z.object({ kind: z.string(), data: z.unknown() });

const text = z.string().nullable().optional();
const flag = z.boolean().nullable().optional();

/** Fields every comment and link carries. */
const created = {
  id: z.string().min(1),
  name: z.string().optional(),
  author: z.string(),
  author_fullname: z.string().optional(),
  created_utc: z.number(),
  /** False when never edited, else the Unix time of the edit (`true` in some very old things). */
  edited: z.union([z.number(), z.boolean()]).optional(),
  permalink: z.string().optional(),
  subreddit: z.string().optional(),
  score: z.number().optional(),
  distinguished: text,
  stickied: flag,
  media_metadata: z
    .record(
      z.string(),
      z.object({
        status: z.string(),
        /** Image, AnimatedImage or RedditVideo. */
        e: z.string().optional(),
        /** The MIME type Reddit gives (`image/jpg`, `image/png`). */
        m: z.string().optional(),
        s: z
          .object({ u: z.string().optional(), gif: z.string().optional(), mp4: z.string().optional() })
          .optional(),
        hlsUrl: z.string().optional(),
        dashUrl: z.string().optional(),
      }),
    )
    .nullable()
    .optional(),
};

const redditVideo = z.object({
  fallback_url: z.string(),
  hls_url: z.string().optional(),
  dash_url: z.string().optional(),
  duration: z.number().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  is_gif: z.boolean().optional(),
});
const media = z
  .object({
    reddit_video: redditVideo.optional(),
    type: z.string().optional(),
    oembed: z.object({ provider_name: z.string().optional(), title: z.string().optional() }).optional(),
  })
  .nullable()
  .optional();

const linkFields = {
  ...created,
  title: z.string(),
  selftext: z.string().optional(),
  url: z.string().optional(),
  url_overridden_by_dest: z.string().optional(),
  domain: z.string().optional(),
  is_self: flag,
  is_video: flag,
  is_gallery: flag,
  post_hint: z.string().optional(),
  gallery_data: z
    .object({
      items: z.array(
        z.object({
          media_id: z.string(),
          caption: z.string().optional(),
          outbound_url: z.string().optional(),
        }),
      ),
    })
    .nullable()
    .optional(),
  secure_media: media,
  media,
  crosspost_parent: z.string().optional(),
  over_18: flag,
  spoiler: flag,
  locked: flag,
  num_comments: z.number().optional(),
  link_flair_text: text,
  removed_by_category: text,
  poll_data: z.unknown().optional(),
};

/** The parent a crosspost embeds is a link itself (one level: Reddit always points at the original). */
const parentSchema = z.object(linkFields);

/** A `t3` link: a text, link, image, video, gallery or poll post, or a crosspost. */
export const linkSchema = z.object({
  ...linkFields,
  crosspost_parent_list: z.array(parentSchema).optional(),
});
export type RedditLink = z.infer<typeof linkSchema>;
/** A link as a crosspost embeds it. */
export type RedditParent = z.infer<typeof parentSchema>;

/** A `t1` comment. */
export const commentSchema = z.object({
  ...created,
  body: z.string(),
  parent_id: z.string().optional(),
  link_id: z.string().optional(),
  link_title: z.string().optional(),
  link_permalink: z.string().optional(),
  is_submitter: flag,
});
export type RedditComment = z.infer<typeof commentSchema>;
export type RedditMediaMetadata = NonNullable<RedditComment['media_metadata']>;

/** `about.json`: a `t2` account; a suspended account has its name and `is_suspended` only. */
export const aboutSchema = z.object({
  kind: z.literal('t2'),
  data: z.object({
    id: z.string().optional(),
    name: z.string(),
    created_utc: z.number().optional(),
    icon_img: z.string().optional(),
    snoovatar_img: z.string().nullable().optional(),
    is_suspended: z.boolean().optional(),
    total_karma: z.number().optional(),
    link_karma: z.number().optional(),
    comment_karma: z.number().optional(),
    verified: z.boolean().optional(),
    has_verified_email: z.boolean().nullable().optional(),
    is_employee: z.boolean().optional(),
    is_mod: z.boolean().optional(),
    subreddit: z
      .object({
        title: z.string().optional(),
        public_description: z.string().optional(),
        banner_img: z.string().nullable().optional(),
        over_18: z.boolean().optional(),
      })
      .nullable()
      .optional(),
  }),
});
export type RedditAbout = z.infer<typeof aboutSchema>;
