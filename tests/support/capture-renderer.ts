/**
 * A page renderer for tests, built as the collect step builds it: the job's decision checked
 * before every request of the page (a real signed decision, see collect-context.fixture.ts), the
 * collect limits, and the guard given by the test.
 */
import type { Page } from 'puppeteer-core';
import type { PageRenderer } from '../../collectors/collector.js';
import { createPageRenderer, type RendererDeps } from '../../capture/browser/guarded-renderer.js';
import { COLLECT_LIMITS } from '../../capture/capture-order.js';
import { testAuthorize } from '../fixtures/platforms/collect-context.fixture.js';

export function testRenderer(
  openPage: () => Promise<Page>,
  guard: Pick<RendererDeps, 'allowlist' | 'forbidden'> & Partial<RendererDeps>,
): PageRenderer {
  return createPageRenderer({
    openPage,
    authorize: testAuthorize({ platform: 'web' }),
    maxResponseBytes: COLLECT_LIMITS.maxBytes,
    userAgent: 'casegraph test',
    ...guard,
  });
}
