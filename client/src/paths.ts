/**
 * Every screen's address, built in one place so a link and the route that answers it never drift
 * apart. The server answers the same shapes with the workspace (server/http/app-routes.ts).
 */

/** The tabs of a case, each an address segment: /cases/<id>/<tab>. */
export const CASE_TABS = [
  'graph',
  'timeline',
  'captures',
  'packets',
  'search',
  'analysis',
  'persons',
  'history',
  'watches',
  'records',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** The analyst's screens inside a case's analysis tab. */
export const ANALYSIS_SCREENS = ['candidates', 'communities', 'media'] as const;
export type AnalysisScreen = (typeof ANALYSIS_SCREENS)[number];

const seg = (value: string) => encodeURIComponent(value);

export const paths = {
  cases: () => '/cases',
  case: (caseId: string, tab: CaseTab = 'graph') => `/cases/${seg(caseId)}/${tab}`,
  /** A node's reference holds colons and, for URLs, slashes: it travels as a query parameter. */
  node: (caseId: string, ref: string) => `/cases/${seg(caseId)}/graph?node=${seg(ref)}`,
  capture: (caseId: string, captureId: string) => `/cases/${seg(caseId)}/captures/${seg(captureId)}`,
  export: (caseId: string, exportId: string) => `/cases/${seg(caseId)}/packets/${seg(exportId)}`,
  search: (caseId: string, query?: string) =>
    `/cases/${seg(caseId)}/search${query ? `?q=${seg(query)}` : ''}`,
  analysis: (caseId: string, screen: AnalysisScreen = 'candidates') =>
    `/cases/${seg(caseId)}/analysis/${screen}`,
  media: (caseId: string, sha256: string) => `/cases/${seg(caseId)}/analysis/media/${seg(sha256)}`,
  authorizations: () => '/authorizations',
  authorization: (id: string) => `/authorizations/${seg(id)}`,
  notifications: () => '/notifications',
  audit: () => '/audit',
  verify: () => '/verify',
  /** A stored file of a case (an image is sent inline), from the artifact download route. */
  artifact: (caseId: string, sha256: string) => `/cases/${seg(caseId)}/artifacts/${seg(sha256)}`,
};
