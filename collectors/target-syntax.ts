/**
 * What a target looks like on each platform, checked before the gate is asked: a handle with a
 * space or a "URL" that is not one would pass the gate and fail seconds later at the platform,
 * in the platform's words. The form (with the expected format shown) and the server read the
 * same rules from here. Plain data and functions only, so the client can import it as well.
 */
import type { CollectionMethod, TargetKind } from '../common/collection-types.js';
import { manifest as bluesky } from './bluesky/manifest.js';
import { manifest as mastodon } from './mastodon/manifest.js';
import type { Platform } from './platforms.js';
import { manifest as reddit } from './reddit/manifest.js';
import { manifest as rss } from './rss/manifest.js';
import { manifest as telegram } from './telegram/manifest.js';
import { manifest as web } from './web/manifest.js';

/** One way of naming a target on a platform. */
export interface TargetForm {
  readonly kind: TargetKind;
  /** The expected format in words, shown beside the field. */
  readonly format: string;
  readonly example: string;
  /** Whether a (trimmed) value has this form. */
  readonly accepts: (value: string) => boolean;
}

const DOMAIN = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+`;
const matches = (pattern: RegExp) => (value: string) => pattern.test(value);
const TEXT = matches(/^\S(?:.{0,198}\S)?$/su);

/** http(s) addresses with a host; anything else is refused before the gate. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const FORMS: Readonly<Record<Platform, readonly TargetForm[]>> = {
  mastodon: [
    {
      kind: 'handle',
      format: 'user name, optionally @ and the server (letters, digits, _)',
      example: '@alice@mastodon.social',
      accepts: matches(new RegExp(String.raw`^@?[a-z0-9_]{1,30}(?:@${DOMAIN}(?::\d{1,5})?)?$`, 'i')),
    },
    {
      kind: 'hashtag',
      format: 'a hashtag without #, letters, digits and _',
      example: 'missing',
      accepts: matches(/^#?[\p{L}\p{N}_]{1,100}$/u),
    },
  ],
  bluesky: [
    {
      kind: 'handle',
      format: 'a domain-style handle or a DID',
      example: 'carol.bsky.social',
      accepts: matches(new RegExp(String.raw`^(?:@?${DOMAIN}|did:(?:plc|web):[a-z0-9.:%-]{1,200})$`, 'i')),
    },
    { kind: 'search', format: 'words to search for', example: 'riverfront', accepts: TEXT },
  ],
  reddit: [
    {
      kind: 'handle',
      format: 'a user (u/name or name) or a community (r/name)',
      example: 'u/erin_throwaway',
      accepts: matches(/^\/?(?:(?:u|user|r)\/)?[a-z0-9_-]{2,32}\/?$/i),
    },
  ],
  telegram: [
    {
      kind: 'handle',
      format: "a public channel's name (letters, digits, _), optionally after t.me/",
      example: 'kcalerts',
      accepts: matches(/^(?:@|(?:https?:\/\/)?t\.me\/(?:s\/)?)?[a-z][a-z0-9_]{3,31}$/i),
    },
  ],
  rss: [
    {
      kind: 'url',
      format: "the feed's http(s) address",
      example: 'https://news.example/feed.xml',
      accepts: isWebAddress,
    },
  ],
  web: [
    {
      kind: 'url',
      format: "the page's http(s) address",
      example: 'https://news.example/article',
      accepts: isWebAddress,
    },
  ],
};

const MANIFESTS = { mastodon, bluesky, reddit, rss, telegram, web } as const;

/** The ways a platform's targets are named, the collector's default first. */
export function targetForms(platform: Platform): readonly TargetForm[] {
  return FORMS[platform];
}

/** The methods the platform's collector performs, its own default first. */
export function collectorMethods(platform: Platform): readonly CollectionMethod[] {
  return MANIFESTS[platform].methods;
}

/**
 * Why a target is malformed for its platform, in words a detective reads, with the expected
 * format; null when it is well formed.
 */
export function checkTarget(platform: Platform, kind: TargetKind, value: string): string | null {
  const forms = FORMS[platform];
  const form = forms.find((f) => f.kind === kind);
  if (!form) {
    return `casegraph reads ${platform} by ${forms.map((f) => f.kind).join(' or ')}, not by ${kind}`;
  }
  const trimmed = value.trim();
  if (trimmed === '') return `give the ${kind}: ${form.format}, e.g. ${form.example}`;
  if (!form.accepts(trimmed)) {
    return `"${trimmed}" is not a ${platform} ${kind}: expected ${form.format}, e.g. ${form.example}`;
  }
  return null;
}
