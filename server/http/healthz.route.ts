/**
 * GET /healthz. Anyone (a load balancer, a container runtime) gets the overall status and the HTTP
 * code; the component report names versions, paths and error text, so only a signed-in
 * administrator gets it.
 */
import type { Express, Request } from 'express';
import type { SessionUser } from '../auth/session-user.js';
import type { HealthProbe } from '../infra/health.js';

/** Who is asking, from the request's session cookie; null when nobody is signed in. */
export type HealthViewer = (req: Request) => Promise<Pick<SessionUser, 'role'> | null>;

/** Mounts /healthz; without `viewerOf` every caller gets the status only. */
export function mountHealthz(app: Express, health: HealthProbe, viewerOf?: HealthViewer): void {
  app.get('/healthz', async (req, res) => {
    const [report, viewer] = await Promise.all([
      health.report(),
      // With Neo4j away the session cannot be read; the caller then counts as signed out.
      viewerOf ? viewerOf(req).catch(() => null) : Promise.resolve(null),
    ]);
    // The answer depends on the cookie: no cache may hand an administrator's report to anyone else.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Cookie');
    res
      .status(report.status === 'ok' ? 200 : 503)
      .json(viewer?.role === 'ADMIN' ? report : { status: report.status });
  });
}
