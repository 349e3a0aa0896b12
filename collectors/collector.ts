/**
 * The collector contract. A collector turns one lawful collection target into the raw HTTP
 * exchanges it made (kept byte for byte as evidence) and the entities it read from them. It never
 * touches the network except through the guarded fetch in its context, and never writes anything:
 * the capture pipeline stores the exchanges (WARC, evidence store) and ingests the entities.
 */
import type { CollectionMethod, CollectionTarget, Platform, TargetKind } from '../common/collection-types.js';
import type { AppError } from '../common/errors.js';
import type { WireRecord } from '../common/wire-types.js';

/** One option a collector accepts, with the default used when configuration does not override it. */
export interface CollectorOption<T extends string | number | boolean = string | number | boolean> {
  readonly description: string;
  readonly default: T;
}

/**
 * A collector's typed manifest (`satisfies CollectorManifest` in collectors/<platform>/manifest.ts).
 * Every collector declares at least `baseUrl` (instances differ; tests point it at loopback) and
 * `maxPages` (how far pagination may go before the capture stops and reports `complete: false`).
 */
export interface CollectorManifest {
  readonly id: string;
  /** The platform's name; collectors/platforms.ts derives the list of platforms from these. */
  readonly platform: string;
  readonly version: string;
  readonly methods: readonly CollectionMethod[];
  readonly targetKinds: readonly TargetKind[];
  readonly options: {
    readonly baseUrl: CollectorOption<string>;
    readonly maxPages: CollectorOption<number>;
    readonly [name: string]: CollectorOption;
  };
}

/** A redirect followed on the way to the final response. */
export interface RedirectHop {
  readonly url: string;
  readonly status: number;
  readonly location: string;
  /** The hop's own response headers as received (name, value, …), where the fetch kept them. */
  readonly headers?: readonly string[];
}

/**
 * One HTTP request and its response exactly as exchanged. The body is the payload as received
 * (after transfer decoding, before any parsing); part B writes each exchange as a WARC
 * request/response pair and stores the body in the evidence store.
 */
export interface RawExchange {
  readonly request: {
    readonly method: string;
    /** The URL finally requested (after redirects); the first one is `redirectChain[0].url`. */
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
  };
  readonly response: {
    readonly status: number;
    readonly statusText: string;
    /** Header names lower-cased; repeated headers joined with `, `. */
    readonly headers: Readonly<Record<string, string>>;
    /** HTTP version as sent by the server, e.g. `1.1`. */
    readonly httpVersion: string;
    readonly body: Buffer;
  };
  /** The IP the guard resolved, checked and connected to. */
  readonly serverIp: string;
  readonly timing: {
    /** ISO-8601 UTC, millisecond precision. */
    readonly startedAt: string;
    readonly endedAt: string;
    readonly durationMs: number;
  };
  /** Redirects followed before this response, in order; empty when none. */
  readonly redirectChain: readonly RedirectHop[];
  /** The exchange's bytes as they crossed the wire and its TLS session, where they were recorded. */
  readonly wire?: WireRecord;
}

/** Plain JSON facts a platform gives about an entity, kept as read (stored as `detailsJson`). */
export type EntityDetails = Readonly<Record<string, unknown>>;

/** Common to every normalized entity: where it lives and which exchange it was read from. */
export interface SourcedEntity {
  readonly platform: Platform;
  readonly platformId: string;
  /** Index into `CaptureResult.exchanges` of the response this entity was read from. */
  readonly exchangeIndex: number;
}

export interface NormalizedAccount extends SourcedEntity {
  readonly handle: string;
  readonly displayName: string | null;
  readonly url: string | null;
  readonly bio: string | null;
  readonly avatarUrl: string | null;
  /** ISO-8601, as the platform states it. */
  readonly createdAt: string | null;
  /** Platform facts without a column of their own (profile fields, pinned post, labels...). */
  readonly details?: EntityDetails;
}

export interface NormalizedPost extends SourcedEntity {
  /** platformId of the author's NormalizedAccount. */
  readonly authorId: string;
  readonly url: string | null;
  readonly text: string;
  /** ISO-8601, as the platform states it. */
  readonly postedAt: string | null;
  readonly editedAt: string | null;
  readonly lang: string | null;
  readonly title: string | null;
  /** Platform facts without a column of their own (content warning, poll, card, views...). */
  readonly details?: EntityDetails;
}

export interface NormalizedMedia extends SourcedEntity {
  /** platformId of the post that carries it. */
  readonly postId: string;
  readonly url: string;
  /** MIME type when the platform says so, else a coarse kind such as `image` or `video`. */
  readonly mediaType: string;
  readonly description: string | null;
}

/** A hashtag (without `#`, lower-cased) a post is tagged with; platformId is the tag itself. */
export interface NormalizedHashtag extends SourcedEntity {
  readonly postId: string;
  readonly tag: string;
}

/** A URL a post or account links to; platformId is the linking entity's id. */
export interface NormalizedUrl extends SourcedEntity {
  readonly from: 'post' | 'account';
  readonly url: string;
}

/** A post mentioning an account; platformId is the post's id. */
export interface NormalizedMention extends SourcedEntity {
  /** Account id when the platform gives it, else null (then `handle` identifies it). */
  readonly accountId: string | null;
  readonly handle: string;
}

/** Post → post relations (reply, repost, quote); platformId is the referring post's id. */
export interface NormalizedPostLink extends SourcedEntity {
  readonly targetId: string;
}

/**
 * An item of a response the parser could not read. The response itself is stored and hashed like
 * every other, so the item is still in the evidence; the capture lists it instead of failing.
 */
export interface UnreadItem {
  /** Index into `CaptureResult.exchanges` of the response that holds the item. */
  readonly exchangeIndex: number;
  /** Position of the item in that response (0-based). */
  readonly item: number;
  readonly reason: string;
}

/**
 * A post the platform says is gone when asked for it by itself: the HTTP `status` of that answer
 * (404 or 410; Bluesky's AppView says 400 with the error NotFound; Reddit answers 200 with the
 * post marked deleted), and `answer`, what it said in words a reader of the change can check
 * against the stored response.
 */
export interface GonePost extends SourcedEntity {
  readonly status: number;
  readonly answer: string;
}

/** A post of the target the case read in an earlier capture, for a collector to look for again. */
export interface KnownPost {
  readonly platformId: string;
  readonly postedAt: string | null;
}

/**
 * What a capture read, as plain arrays so ingest can UNWIND them. Posts reposted, replied to or
 * quoted appear in `posts` themselves when the payload embeds them.
 */
export interface NormalizedBatch {
  readonly accounts: NormalizedAccount[];
  readonly posts: NormalizedPost[];
  readonly media: NormalizedMedia[];
  readonly hashtags: NormalizedHashtag[];
  readonly urls: NormalizedUrl[];
  readonly mentions: NormalizedMention[];
  readonly replies: NormalizedPostLink[];
  readonly reposts: NormalizedPostLink[];
  readonly quotes: NormalizedPostLink[];
  /** Posts the case read before that the platform now answers as gone (404, 410). */
  readonly gone: GonePost[];
  /** Items the parser could not read; the rest of their responses was read. */
  readonly unread: UnreadItem[];
  /** How many items of the responses' lists were read. */
  itemsRead: number;
}

/** Why a capture stopped before the target was exhausted. */
export type StopReason = 'max-pages' | 'aborted';

/** What a page looked like rendered in Chromium: kept beside the raw exchanges. */
export interface Rendering {
  /** Full-page PNG screenshot. */
  readonly screenshot: Buffer;
  /** The rendered DOM, serialized. */
  readonly dom: string;
  readonly title: string;
  /** Page metadata: description, og:*, twitter:*, canonical. */
  readonly metadata: Readonly<Record<string, string>>;
  /** Subresources the guard refused to load, with the reason. */
  readonly refused: readonly { readonly url: string; readonly reason: string }[];
  /**
   * Every exchange of the page's one recorded load (document, redirects, subresources, XHR,
   * media), the document's final response first; screenshot and DOM come from the same load.
   */
  readonly exchanges: readonly RawExchange[];
  /** Answers the browser asked for that the recorder could not keep (too big, failed, cut off). */
  readonly notKept: readonly { readonly url: string; readonly reason: string }[];
  /** Images and video the rendered page shows. */
  readonly shownMedia: readonly { readonly url: string; readonly kind: 'image' | 'video' }[];
  /** The browser that drew the page, and when the load began and the rendering ended. */
  readonly browser: {
    readonly version: string;
    readonly userAgent: string;
    readonly viewport: { readonly width: number; readonly height: number };
    readonly deviceScaleFactor: number;
    readonly startedAt: string;
    readonly endedAt: string;
  };
}

export interface CaptureResult {
  readonly kind: 'captured';
  readonly exchanges: readonly RawExchange[];
  /** Present when the target was rendered in Chromium. */
  readonly rendering?: Rendering;
  readonly entities: NormalizedBatch;
  readonly pagesFetched: number;
  /** True when every page of the target was read; false when a limit stopped it. */
  readonly complete: boolean;
  readonly stoppedBecause?: StopReason;
}

/** A tagged outcome: never `false`, never a partial capture alongside an error. */
export type CollectResult =
  | CaptureResult
  | { readonly kind: 'not-applicable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: AppError };

/** Limits a job sets on its collector. */
export interface CollectLimits {
  readonly maxPages: number;
  /** Per response. */
  readonly maxBytes: number;
  /** Per request, including redirects. */
  readonly timeoutMs: number;
  readonly maxRedirects: number;
}

export interface FetchInit {
  readonly method?: 'GET' | 'HEAD';
  readonly headers?: Readonly<Record<string, string>>;
  /** Statuses returned as exchanges rather than thrown (e.g. 404 for robots.txt). */
  readonly acceptStatus?: readonly number[];
}

/**
 * The guarded HTTP layer, bound to one job's verified decision: it resolves and checks the
 * address, follows redirects under the same checks and caps, and returns the recorded exchange.
 * Non-2xx statuses throw AppError (see capture/net/fetch-errors.ts) unless accepted.
 */
export type GuardedFetch = (url: string, init?: FetchInit) => Promise<RawExchange>;

/** What a rendering collector asks of the browser: one page, how long to wait, how wide to draw. */
export interface RenderRequest {
  readonly url: string;
  readonly timeoutMs: number;
  readonly width: number;
  /** Defaults to casegraph's configured user agent. */
  readonly userAgent?: string;
}

/**
 * Renders a public page in casegraph's headless Chromium, under the same address guard and host
 * pacing as every fetch (capture/browser/ builds it), and reads what the page shows.
 */
export type PageRenderer = (request: RenderRequest) => Promise<Rendering>;

/**
 * Politeness towards a platform host: waits for a free slot and the host's spacing, then holds the
 * slot until released. Shared by every worker, so many jobs on one host do not hammer it.
 */
export interface HostPacer {
  acquire(host: string, signal?: AbortSignal): Promise<() => Promise<void>>;
}

export interface CollectContext {
  readonly fetch: GuardedFetch;
  /** Chromium for collectors that render pages; absent where no browser is available. */
  readonly render?: PageRenderer;
  readonly limits: CollectLimits;
  /** The manifest's options merged with configuration overrides. */
  readonly options: { readonly baseUrl: string; readonly [name: string]: string | number | boolean };
  readonly signal: AbortSignal;
  /**
   * Posts of this target the case read in earlier captures, most recently seen first: a collector
   * that can ask for one post confirms those its listing no longer holds (deleted, or not).
   */
  readonly known?: readonly KnownPost[];
}

export interface Collector {
  readonly manifest: CollectorManifest;
  collect(target: CollectionTarget, ctx: CollectContext): Promise<CollectResult>;
}

/** An empty batch to fill. */
export function emptyBatch(): NormalizedBatch {
  return {
    accounts: [],
    posts: [],
    media: [],
    hashtags: [],
    urls: [],
    mentions: [],
    replies: [],
    reposts: [],
    quotes: [],
    gone: [],
    unread: [],
    itemsRead: 0,
  };
}
