/**
 * A Mastodon account that changes between two captures, so change detection can be shown on the
 * public API as documented (docs.joinmastodon.org: accounts/lookup, accounts/:id/statuses,
 * statuses/:id, statuses/:id/history with StatusEdit entities). Each fixture server starts at
 * revision 0; `reviseChangingAccount(base)` moves that server to revision 1, where the account has
 * a new username, display name, bio and avatar picture, one status was edited (its history holds both versions),
 * one was deleted (404 on the status itself, gone from the timeline) and one is new. The instance
 * keeps answering the old username in lookups, as it answers a moved or renamed account's alias.
 */
import { sendJson, type RouteContext } from './fixture-http.js';
import { isRevised, reviseFixture } from './fixture-revisions.js';
import { account, status, type Json } from './mastodon-entities.fixture.js';
import { MEDIA } from './scenario.js';

// Status ids of their own: dana's bulk timeline (mastodon-timeline.fixture.ts) numbers 1136…,
// and a status id names one status on an instance, never two authors' posts.
export const CHANGING = {
  accountId: '109000000000000042',
  handle: 'kim',
  renamedHandle: 'kim_rivers',
  status: {
    kept: '113700000000000001',
    deleted: '113700000000000002',
    edited: '113700000000000003',
    added: '113700000000000004',
    /** Served on its own (GET /api/v1/statuses/:id) but never in the account's timeline. */
    unlisted: '113700000000000005',
  },
  text: {
    kept: 'Walking the riverfront trail every evening this week.',
    deleted: 'Anyone seen my brother near the Westport bus stop?',
    before: 'Meet me at the River Market at 5 pm.',
    after: 'Meet me at the City Market at 7 pm, not before.',
    added: 'Back home now, thanks everyone.',
    unlisted: 'Only for those who have the link.',
  },
  bio: { before: 'Riverfront walks.', after: 'Riverfront walks and city markets.' },
} as const;

/** Moves the fixture server at `base` to the account's second state. */
export function reviseChangingAccount(base: string): void {
  reviseFixture(base, 'mastodon');
}

const revisionOf = (base: string) => (isRevised(base, 'mastodon') ? 1 : 0);

function kim(base: string): Json {
  const later = revisionOf(base) === 1;
  return account(base, {
    id: CHANGING.accountId,
    username: later ? CHANGING.renamedHandle : CHANGING.handle,
    displayName: later ? 'Kim Rivers' : 'Kim R.',
    note: `<p>${later ? CHANGING.bio.after : CHANGING.bio.before}</p>`,
    createdAt: '2024-05-01T00:00:00.000Z',
    avatarPath: later ? MEDIA.jpeg.path : MEDIA.png.path,
  });
}

const EDITED_AT = '2026-11-21T09:30:00.000Z';

function statuses(base: string): Json[] {
  const author = kim(base);
  const S = CHANGING.status;
  const T = CHANGING.text;
  const at = (day: number) => `2026-11-${day}T10:00:00.000Z`;
  const edited = revisionOf(base) === 1;
  const list = [
    status(base, S.edited, author, {
      created_at: at(20),
      content: `<p>${edited ? T.after : T.before}</p>`,
      edited_at: edited ? EDITED_AT : null,
    }),
    status(base, S.deleted, author, { created_at: at(19), content: `<p>${T.deleted}</p>` }),
    status(base, S.kept, author, { created_at: at(18), content: `<p>${T.kept}</p>` }),
  ];
  if (!edited) return list;
  const added = status(base, S.added, author, { created_at: at(22), content: `<p>${T.added}</p>` });
  return [added, ...list.filter((s) => s.id !== S.deleted)];
}

/** A status with visibility "unlisted": public by its address, left out of the timeline here. */
function unlisted(base: string): Json {
  return status(base, CHANGING.status.unlisted, kim(base), {
    created_at: '2026-11-19T12:00:00.000Z',
    visibility: 'unlisted',
    content: `<p>${CHANGING.text.unlisted}</p>`,
  });
}

/** The edited status's versions, oldest first, as StatusEdit entities. */
function history(base: string, id: string): Json[] | null {
  const found = statuses(base).find((s) => s.id === id);
  if (!found) return null;
  const version = (content: string, createdAt: string): Json => ({
    content,
    spoiler_text: '',
    sensitive: false,
    created_at: createdAt,
    account: found.account,
    poll: null,
    media_attachments: [],
    emojis: [],
  });
  const current = version(String(found.content), String(found.edited_at ?? found.created_at));
  if (found.edited_at === null) return [current];
  return [version(`<p>${CHANGING.text.before}</p>`, String(found.created_at)), current];
}

const notFound = { error: 'Record not found' };

/** The changing account's routes; false for every other request. */
export const mastodonChangesRoutes = ({ res, url, base }: RouteContext): boolean => {
  const path = url.pathname;
  if (path === '/api/v1/accounts/lookup') {
    const acct = (url.searchParams.get('acct') ?? '').replace(/^@/, '');
    const names: string[] = [CHANGING.handle, ...(revisionOf(base) === 1 ? [CHANGING.renamedHandle] : [])];
    return names.includes(acct) ? sendJson(res, 200, kim(base)) : false;
  }
  if (path === `/api/v1/accounts/${CHANGING.accountId}/statuses`) return sendJson(res, 200, statuses(base));
  const historyOf = /^\/api\/v1\/statuses\/(1137\d+)\/history$/.exec(path)?.[1];
  if (historyOf) {
    const versions = history(base, historyOf);
    return versions ? sendJson(res, 200, versions) : sendJson(res, 404, notFound);
  }
  const one = /^\/api\/v1\/statuses\/(1137\d+)$/.exec(path)?.[1];
  if (!one) return false;
  const found = [...statuses(base), unlisted(base)].find((s) => s.id === one);
  return found ? sendJson(res, 200, found) : sendJson(res, 404, notFound);
};
