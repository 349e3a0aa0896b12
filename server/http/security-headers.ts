/**
 * Headers on every answer. The Content-Security-Policy lets the workspace run only its own built
 * scripts and styles and talk only to its own origin, so text a page shows (captured posts,
 * profile fields, notes) cannot run as script even if a rendering bug let markup through. The
 * built client has no inline script or style element, and cytoscape and React set element styles
 * through the DOM, which style-src does not govern. The one style element added at run time is
 * cytoscape's container rule, allowed by its hash rather than by 'unsafe-inline', so no other
 * inline style can apply. Routes that serve captured content set a stricter policy of their own.
 */
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';

/** The text of the <style> cytoscape's renderer puts in the page's head (cytoscape 3.x). */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';
const cytoscapeStyleHash = crypto.createHash('sha256').update(CYTOSCAPE_CONTAINER_STYLE).digest('base64');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${cytoscapeStyleHash}'`,
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** Sets casegraph's security headers; a route may replace them with stricter ones. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
};
