/**
 * Message blocks of a Telegram channel preview, in the markup t.me/s/<channel> serves: the wrap,
 * the block with `data-post`, the bubble with author, forward, reply, media, text, link preview
 * and footer (views, signature, the "edited" mark, the date link with its `time`). Albums are one
 * block whose photos and videos each link to their own message (`?single`).
 */
import { MEDIA, TELEGRAM } from './scenario.js';

export interface Message {
  readonly id: number;
  /** Message ids the block shows (an album's items); `[id]` for any other block. */
  readonly ids: readonly number[];
  readonly html: string;
}

interface Parts {
  readonly forward?: string;
  readonly reply?: string;
  readonly media?: string;
  readonly text?: string;
  readonly preview?: string;
  readonly views?: string;
  readonly signature?: string;
  readonly edited?: boolean;
  readonly service?: boolean;
}

const time = (id: number) => {
  const day = id === 1 ? 1 : 10 + (id % 100);
  return `2026-11-${String(day).padStart(2, '0')}T10:${String(id % 60).padStart(2, '0')}:00+00:00`;
};

/** A message block as t.me renders it. */
export function block(channel: string, title: string, id: number, p: Parts): string {
  const link = `https://t.me/${channel}/${id}`;
  const signature = p.signature
    ? `<span class="tgme_widget_message_from_author" dir="auto">${p.signature}</span>`
    : '';
  const views = p.views
    ? `<span class="tgme_widget_message_views">${p.views}</span><span class="copyonly"> views</span>`
    : '';
  return `<div class="tgme_widget_message_wrap js-widget_message_wrap">
  <div class="tgme_widget_message text_not_supported_wrap${p.service ? ' service_message' : ''} js-widget_message" data-post="${channel}/${id}" data-view="eyJjIjotMTAwMTIzNDU2Nzg5MCwicCI6MTAxLCJ0Ijo">
    <div class="tgme_widget_message_user"><a href="https://t.me/${channel}"><i class="tgme_widget_message_user_photo bgcolor2" data-content="K"><img src="http://cdn.invalid/avatar.jpg"></i></a></div>
    <div class="tgme_widget_message_bubble">
      <i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"></svg></i>
      <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${channel}"><span dir="auto">${title}</span></a></div>
      ${p.forward ?? ''}${p.reply ?? ''}${p.media ?? ''}
      ${p.text === undefined ? '' : `<div class="tgme_widget_message_text js-message_text" dir="auto">${p.text}</div>`}
      ${p.preview ?? ''}
      <div class="tgme_widget_message_footer compact js-message_footer">
        <div class="tgme_widget_message_info short js-message_info">
          ${views}${signature}<span class="tgme_widget_message_meta">${p.edited ? 'edited &nbsp;' : ''}<a class="tgme_widget_message_date" href="${link}"><time datetime="${time(id)}" class="time">10:00</time></a></span>
        </div>
      </div>
    </div>
  </div>
</div>`;
}

const photo = (base: string, href: string, path: string, grouped: boolean) =>
  `<a class="tgme_widget_message_photo_wrap${grouped ? ' grouped_media_wrap' : ''} blured js-message_photo" style="width:453px;height:302px;margin-right:2px;background-image:url('${base}${path}')" data-ratio="1.5" href="${href}"><div class="tgme_widget_message_photo" style="padding-top:66.666%"></div></a>`;

const video = (base: string, href: string, grouped: boolean) =>
  `<a class="tgme_widget_message_video_player${grouped ? ' grouped_media_wrap' : ''} blured js-message_video_player" href="${href}"><i class="tgme_widget_message_video_thumb" style="background-image:url('${base}${MEDIA.jpeg.path}')"></i><div class="tgme_widget_message_video_wrap" style="width:400px;padding-top:56.25%"><video src="${base}${MEDIA.video.path}" class="tgme_widget_message_video js-message_video" width="100%" height="100%" preload muted autoplay loop playsinline disablepictureinpicture></video></div><div class="message_video_play"></div><time class="message_video_duration js-message_video_duration">0:12</time></a>`;

/** The album: photos 105 and 106, a video 107 and a photo 108, one caption; each item its own file. */
function album(base: string, channel: string): string {
  const [a, b, c, d] = TELEGRAM.albumIds.map((id) => `https://t.me/${channel}/${id}?single`);
  return `<div class="tgme_widget_message_grouped_wrap js-message_grouped_wrap" data-margin-w="2" data-margin-h="2" style="width:453px;">
  <div class="tgme_widget_message_grouped js-message_grouped" style="padding-top:133.333%">
    <div class="tgme_widget_message_grouped_layer js-message_grouped_layer" style="width:453px;height:604px">
      ${photo(base, a!, MEDIA.jpeg.path, true)}${photo(base, b!, MEDIA.png.path, true)}${video(base, c!, true)}${photo(base, d!, `${MEDIA.png.path}?file=108`, true)}
    </div>
  </div>
</div>`;
}

/** kcalerts' messages, oldest first, each a block in t.me's markup. */
export function channelMessages(base: string, channel: string): Message[] {
  const M = TELEGRAM.message;
  const b = (id: number, p: Parts, ids: readonly number[] = [id]): Message => ({
    id,
    ids,
    html: block(channel, TELEGRAM.title, id, p),
  });
  const [otherChannel, otherPost] = TELEGRAM.forwardedFrom.split('/');
  return [
    b(M.created, { text: 'Channel created', service: true }),
    b(M.text, {
      views: '980',
      text: `Road closed on <a href="https://maps.example.com/x?a=1&amp;amp;b=2" target="_blank" rel="noopener" onclick="return confirm('Open this link?\\n\\n'+this.href);">Main St</a> <a href="?q=%23traffic">#traffic</a><br/>cc <a href="https://t.me/frank_kc">@frank_kc</a>`,
    }),
    b(M.reply, {
      views: '1K',
      reply: `<a class="tgme_widget_message_reply" href="https://t.me/${channel}/${M.text}"><div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message_author_name"><span dir="auto">${TELEGRAM.title}</span></span></div><div class="tgme_widget_message_text js-message_reply_text" dir="auto">Road closed on Main St #traffic</div></a>`,
      text: 'Update: <b>reopened</b> at noon',
    }),
    b(M.photo, {
      views: '1.2K',
      signature: 'Sgt. Lee',
      edited: true,
      media: photo(base, `https://t.me/${channel}/${M.photo}`, MEDIA.jpeg.path, false),
      text: 'Have you seen this person? #missing',
    }),
    b(M.forward, {
      views: '2.3K',
      forward: `<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/${otherChannel}/${otherPost}"><span dir="auto">Other Channel</span></a></div>`,
      media: video(base, `https://t.me/${channel}/${M.forward}`, false),
      text: 'Footage from the scene',
    }),
    b(
      M.album,
      {
        views: '3.1K',
        media: album(base, channel),
        // t.me wraps an album's caption in a second text element of the same class.
        text: '<div class="tgme_widget_message_text js-message_text" dir="auto"><b>Vehicle</b> seen on 5th and Main</div>',
      },
      TELEGRAM.albumIds,
    ),
    b(M.preview, {
      views: '4.85K',
      text: 'Story: <a href="https://news.example.com/story-42" target="_blank" rel="noopener">news.example.com/story-42</a>',
      preview: `<a class="tgme_widget_message_link_preview" href="https://news.example.com/story-42"><i class="link_preview_right_image" style="background-image:url('${base}${MEDIA.png.path}')"></i><div class="link_preview_site_name accent_color" dir="auto">Metro News</div><div class="link_preview_title" dir="auto">Break-ins on 5th</div><div class="link_preview_description" dir="auto">Police ask for help.</div></a>`,
    }),
    b(M.hiddenForward, {
      views: '12',
      forward: `<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <span class="tgme_widget_message_forwarded_from_name">Hidden Sender</span></div>`,
      text: 'Forwarded tip',
    }),
    b(M.counts, { views: '1.2M', text: 'Thank you all' }),
  ];
}
