/**
 * The recording path of a capture page: every request Chromium makes that puppeteer's request
 * interception sees (documents, redirects, subresources, XHR and fetch, media) is checked by the
 * address guard, performed by casegraph itself against exactly the checked address, kept byte for
 * byte, and only then handed back to Chromium. Chromium never opens these connections, so what it
 * renders is what was recorded. What the guard refuses is aborted and listed in the session; what
 * the recorder could not keep (too big, failed, cut off) is aborted and listed as not kept.
 * WebSockets and service workers, which interception does not see, still meet the guard proxy.
 */
import type { HTTPRequest } from 'puppeteer-core';
import { isAppError } from '../../common/errors.js';
import type { RawExchange } from '../../collectors/collector.js';
import { resolveGuarded, type ResolvedAddress } from '../net/address-guard.js';
import type { ProxySession } from '../proxy/proxy-session.js';
import { sendRecorded, type WireAnswer } from './recorded-http.js';

export interface RecorderOptions {
  /** The capture's proxy session: its guard, its byte budget and the refusals it lists. */
  readonly session: ProxySession;
  /** Throws while the job's gate decision does not hold; every request asks it first. */
  readonly authorize: () => void;
  /** Per response, as received. */
  readonly maxResponseBytes: number;
  readonly timeoutMs: number;
  readonly extraCa?: readonly string[];
  readonly signal?: AbortSignal;
}

// Meant for one connection, so neither sent upstream nor handed back to Chromium with a body that
// no longer has the framing they describe.
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection']);

/** The answer Chromium is fulfilled with: the received headers, repeats kept, framing dropped. */
function browserHeaders(answer: WireAnswer): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  const raw = answer.wire.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (CONNECTION_HEADERS.has(name)) continue;
    (headers[name] ??= []).push(raw[i + 1]!);
  }
  headers['content-length'] = [String(answer.body.length)];
  return headers;
}

/** Chromium's request headers, minus its connection's, asking for the payload without coding. */
function upstreamHeaders(request: HTTPRequest): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(request.headers())) {
    if (CONNECTION_HEADERS.has(name) || name === 'accept-encoding' || name.startsWith('proxy-')) continue;
    pairs.push([name, value]);
  }
  // Chromium gets back exactly the bytes kept; a coded body it would have to decode after
  // fulfilment, which interception does not do reliably, so the server is asked for identity.
  pairs.push(['accept-encoding', 'identity']);
  return pairs;
}

export class PageRecorder {
  private readonly kept: RawExchange[] = [];
  private readonly byRequest = new Map<HTTPRequest, number>();
  private readonly lost: { url: string; reason: string }[] = [];
  /** Requests being performed now, so an answer still on its way at the end is listed, not lost. */
  private readonly pending = new Map<HTTPRequest, string>();

  constructor(private readonly options: RecorderOptions) {}

  /** Every exchange kept so far, in the order the answers arrived. */
  get exchanges(): readonly RawExchange[] {
    return [...this.kept];
  }

  /** Answers asked for that could not be kept, with why; those still on their way included. */
  get notKept(): readonly { url: string; reason: string }[] {
    const loading = [...this.pending.values()].map((url) => ({
      url,
      reason: 'still loading when the page was captured',
    }));
    return [...this.lost, ...loading];
  }

  /** The exchange kept for a request (puppeteer's object for one hop), if any. */
  exchangeOf(request: HTTPRequest): RawExchange | undefined {
    const index = this.byRequest.get(request);
    return index === undefined ? undefined : this.kept[index];
  }

  /** Handles one intercepted request: refuse, record and fulfil, or pass a data:/blob: URL. */
  async handle(request: HTTPRequest): Promise<void> {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return request.continue();
    const refusal = await this.refusal(url);
    if (typeof refusal === 'string') {
      this.options.session.refuse(request.url(), refusal);
      return request.abort('blockedbyclient');
    }
    const startedAt = new Date();
    let answer: WireAnswer;
    this.pending.set(request, request.url());
    try {
      answer = await this.send(request, url, refusal);
    } catch (error) {
      this.lost.push({
        url: request.url(),
        reason: isAppError(error) ? error.message : (error as Error).message,
      });
      return request.abort('failed');
    } finally {
      this.pending.delete(request);
    }
    this.keep(request, url, refusal, answer, startedAt);
    await request.respond({ status: answer.status, headers: browserHeaders(answer), body: answer.body });
  }

  /** The checked address, or why the request may not leave. */
  private async refusal(url: URL): Promise<ResolvedAddress | string> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} is not fetched`;
    const { session } = this.options;
    try {
      this.options.authorize();
      const address = await resolveGuarded(url, session.guard.allowlist, session.guard.forbidden);
      if (!session.active) return 'the capture has ended';
      if (!session.withinBudget) return `the capture spent its ${session.limits.maxBytes} bytes`;
      return address;
    } catch (error) {
      return isAppError(error) ? error.message : 'address could not be checked';
    }
  }

  private async send(request: HTTPRequest, url: URL, address: ResolvedAddress): Promise<WireAnswer> {
    const { session, timeoutMs, signal } = this.options;
    const timeout = AbortSignal.timeout(timeoutMs);
    const answer = await sendRecorded(
      {
        url,
        address,
        method: request.method(),
        headers: upstreamHeaders(request),
        body: request.hasPostData() ? Buffer.from((await request.fetchPostData()) ?? '', 'utf8') : undefined,
      },
      {
        maxBytes: this.options.maxResponseBytes,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        ...(this.options.extraCa ? { extraCa: this.options.extraCa } : {}),
      },
    );
    const spent =
      answer.wire.requestHead.length + answer.wire.requestBody.length + answer.wire.response.length;
    if (!session.spend(spent, url.href))
      throw new Error(`the capture spent its ${session.limits.maxBytes} bytes`);
    return answer;
  }

  private keep(
    request: HTTPRequest,
    url: URL,
    address: ResolvedAddress,
    answer: WireAnswer,
    startedAt: Date,
  ) {
    const endedAt = new Date();
    const { wire, ...response } = answer;
    this.byRequest.set(request, this.kept.length);
    this.kept.push({
      request: {
        method: request.method(),
        url: url.href,
        headers: Object.fromEntries(upstreamHeaders(request)),
      },
      response,
      serverIp: address.address,
      timing: {
        startedAt: startedAt.toISOString(),
        endedAt: endedAt.toISOString(),
        durationMs: endedAt.getTime() - startedAt.getTime(),
      },
      redirectChain: [],
      wire,
    });
  }
}
