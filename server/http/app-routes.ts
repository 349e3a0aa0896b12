/**
 * The workspace's own addresses, answered with the built client's index.html so that a link, a
 * reload or Back lands on the screen it names (client/src/paths.ts builds the same shapes). Only
 * these paths get the page: /graphql, /healthz, evidence downloads (/cases/<id>/artifacts/…,
 * /exports/<id>/packet.zip) and anything unknown keep their own answers or a plain 404, so a
 * mistyped download never looks like a working page.
 */
import type { Express } from 'express';

/** The tabs below /cases/<id>/ (client/src/paths.ts CASE_TABS). */
const CASE_TABS = 'graph|timeline|captures|packets|search|analysis|persons|history|watches|records';

/** Each path the workspace answers; a segment is anything but a slash. */
export const WORKSPACE_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/cases\/?$/,
  new RegExp(`^/cases/[^/]+(?:/(?:${CASE_TABS})(?:/[^/]+){0,2})?/?$`),
  /^\/authorizations(?:\/[^/]+)?\/?$/,
  /^\/notifications\/?$/,
  /^\/review\/?$/,
  /^\/audit\/?$/,
  /^\/verify\/?$/,
];

/** True when `path` is one of the workspace's screens. */
export const isWorkspacePath = (path: string) => WORKSPACE_PATHS.some((p) => p.test(path));

/** Serves `index` for the workspace's screens; other GETs fall through to the next handler. */
export function mountWorkspaceRoutes(app: Express, index: string): void {
  app.get(WORKSPACE_PATHS as RegExp[], (_req, res) => {
    // The page is the same for every user; what it shows comes from /graphql, per session.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
