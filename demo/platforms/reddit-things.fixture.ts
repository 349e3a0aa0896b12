/**
 * Reddit "things" in the shape Reddit's public JSON serves them with `raw_json=1`: a `t3` link and
 * a `t1` comment carry every field a logged-out listing carries (Reddit's API reference and the
 * clients that read it, such as PRAW, name them), most at the values a logged-out reader sees.
 * A scenario sets only what makes its post what it is; everything else is the ordinary default.
 */
type Json = Record<string, unknown>;

/** Reddit's legacy `created` is `created_utc` minus eight hours. */
const legacyCreated = (utc: number) => utc - 28800;

/** Fields links and comments share, as a logged-out listing shows them. */
function votable(id: string, kind: 't1' | 't3', author: string, authorId: string | null, utc: number): Json {
  return {
    approved_at_utc: null,
    subreddit: 'kansascity',
    subreddit_id: 't5_2qh8c',
    subreddit_name_prefixed: 'r/kansascity',
    subreddit_type: 'public',
    author,
    ...(authorId ? { author_fullname: authorId, author_premium: false, author_patreon_flair: false } : {}),
    author_flair_type: 'text',
    author_flair_text: null,
    author_flair_css_class: null,
    author_flair_richtext: [],
    author_flair_template_id: null,
    author_flair_background_color: null,
    author_flair_text_color: null,
    author_is_blocked: false,
    saved: false,
    gilded: 0,
    gildings: {},
    likes: null,
    id,
    name: `${kind}_${id}`,
    score: 1,
    ups: 1,
    downs: 0,
    edited: false,
    archived: false,
    locked: false,
    stickied: false,
    distinguished: null,
    banned_by: null,
    banned_at_utc: null,
    approved_by: null,
    mod_reason_by: null,
    mod_reason_title: null,
    mod_note: null,
    removal_reason: null,
    num_reports: null,
    report_reasons: null,
    user_reports: [],
    mod_reports: [],
    can_mod_post: false,
    can_gild: false,
    no_follow: true,
    send_replies: true,
    total_awards_received: 0,
    all_awardings: [],
    awarders: [],
    top_awarded_type: null,
    treatment_tags: [],
    created: legacyCreated(utc),
    created_utc: utc,
  };
}

/** A `t3` link (a submission): a text post unless `fields` make it a link, image, video or gallery. */
export function t3(id: string, author: string, authorId: string | null, utc: number, fields: Json): Json {
  const subreddit = (fields.subreddit as string | undefined) ?? 'kansascity';
  const slug = String(fields.title ?? id)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 40);
  const permalink = `/r/${subreddit}/comments/${id}/${slug}/`;
  return {
    kind: 't3',
    data: {
      ...votable(id, 't3', author, authorId, utc),
      selftext: '',
      selftext_html: null,
      title: id,
      link_flair_richtext: [],
      link_flair_text: null,
      link_flair_type: 'text',
      link_flair_css_class: null,
      link_flair_text_color: 'dark',
      link_flair_background_color: '',
      hidden: false,
      clicked: false,
      visited: false,
      pwls: 6,
      wls: 6,
      thumbnail: 'self',
      thumbnail_height: null,
      thumbnail_width: null,
      hide_score: false,
      quarantine: false,
      upvote_ratio: 1,
      media_embed: {},
      secure_media: null,
      secure_media_embed: {},
      media: null,
      is_original_content: false,
      is_reddit_media_domain: false,
      is_meta: false,
      is_self: true,
      is_video: false,
      is_created_from_ads_ui: false,
      is_crosspostable: true,
      is_robot_indexable: true,
      category: null,
      content_categories: null,
      contest_mode: false,
      suggested_sort: null,
      view_count: null,
      pinned: false,
      over_18: false,
      spoiler: false,
      media_only: false,
      allow_live_comments: false,
      removed_by: null,
      removed_by_category: null,
      discussion_type: null,
      domain: `self.${subreddit}`,
      num_comments: 0,
      num_crossposts: 0,
      subreddit_subscribers: 123456,
      permalink,
      url: `https://www.reddit.com${permalink}`,
      ...fields,
    },
  };
}

/** A `t1` comment as a user's comments listing shows it (with the link it belongs to). */
export function t1(id: string, author: string, authorId: string | null, utc: number, fields: Json): Json {
  const link = String(fields.link_id ?? 't3_p2').slice(3);
  return {
    kind: 't1',
    data: {
      ...votable(id, 't1', author, authorId, utc),
      body: '',
      body_html: '',
      link_id: `t3_${link}`,
      parent_id: `t3_${link}`,
      link_title: `submission ${link}`,
      link_author: author,
      link_permalink: `https://www.reddit.com/r/kansascity/comments/${link}/submission_${link}/`,
      link_url: `https://www.reddit.com/r/kansascity/comments/${link}/submission_${link}/`,
      num_comments: 2,
      over_18: false,
      quarantine: false,
      is_submitter: false,
      collapsed: false,
      collapsed_reason: null,
      collapsed_reason_code: null,
      collapsed_because_crowd_control: null,
      controversiality: 0,
      score_hidden: false,
      comment_type: null,
      replies: '',
      permalink: `/r/kansascity/comments/${link}/submission_${link}/${id}/`,
      ...fields,
    },
  };
}

/** A `t2` account as about.json describes it; its profile is a `t5` user subreddit. */
export function t2(
  id: string,
  name: string,
  utc: number,
  profile: { readonly title: string; readonly description: string; readonly iconUrl: string },
): Json {
  return {
    kind: 't2',
    data: {
      is_employee: false,
      is_friend: false,
      subreddit: {
        default_set: true,
        user_is_contributor: null,
        banner_img: '',
        display_name: `u_${name}`,
        display_name_prefixed: `u/${name}`,
        title: profile.title,
        icon_img: profile.iconUrl,
        over_18: false,
        public_description: profile.description,
        subscribers: 0,
        name: 't5_8c0ffe',
        url: `/user/${name}/`,
        subreddit_type: 'user',
      },
      snoovatar_size: null,
      awardee_karma: 0,
      id,
      verified: true,
      is_gold: false,
      is_mod: false,
      awarder_karma: 0,
      has_verified_email: true,
      icon_img: profile.iconUrl,
      hide_from_robots: false,
      link_karma: 12,
      pref_show_snoovatar: false,
      is_blocked: false,
      total_karma: 40,
      accept_chats: false,
      name,
      created: legacyCreated(utc),
      created_utc: utc,
      snoovatar_img: '',
      comment_karma: 28,
      accept_followers: true,
      has_subscribed: false,
    },
  };
}

/** A Listing page after the fullname in `after`, `limit` children long. */
export function listingPage(children: readonly Json[], after: string | null, limit: number): Json {
  const start = after ? children.findIndex((c) => (c.data as Json).name === after) + 1 : 0;
  const page = children.slice(start, start + limit);
  const more = start + page.length < children.length;
  const last = page.at(-1);
  return {
    kind: 'Listing',
    data: {
      after: more && last ? (last.data as Json).name : null,
      dist: page.length,
      modhash: '',
      geo_filter: '',
      children: page,
      before: null,
    },
  };
}
