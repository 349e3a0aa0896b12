import { paths } from '../../client/src/paths.js';
import { startDemoWorkspace, type DemoWorkspace } from '../support/demo-workspace.js';
import { openWorkspace, publish, type Workspace } from '../support/workspace-browser.js';

/** What the drawn graph looks like on screen, read from cytoscape in the page. */
interface Drawn {
  width: number;
  height: number;
  zoom: number;
  nodes: {
    id: string;
    kind: string;
    label: string;
    fontPx: number;
    box: { x1: number; y1: number; x2: number; y2: number };
  }[];
}

const readDrawing = (ws: Workspace) =>
  ws.page.evaluate(() => {
    const el = (globalThis as any).document.querySelector('.graph-canvas');
    const cy = el._cyreg.cy;
    return {
      width: cy.width(),
      height: cy.height(),
      zoom: cy.zoom(),
      nodes: cy
        .nodes()
        .filter((n: any) => n.visible())
        .map((n: any) => ({
          id: n.id(),
          kind: n.data('kind'),
          label: n.data('label'),
          fontPx: parseFloat(n.renderedStyle('font-size')),
          box: n.renderedBoundingBox({ includeLabels: false }),
        })),
    };
  }) as Promise<Drawn>;

const announcement = (ws: Workspace) =>
  ws.page.$eval('[data-testid=graph-announcement]', (el) => el.textContent ?? '');

/**
 * The detective's graph in real Chromium at 1440×900 on the seeded demo case: a legend of shapes
 * and colours, labels readable at fit and never hashes, nothing cut at the canvas edge, fit and
 * zoom, the keyboard path (Tab in, arrows between neighbours, Enter for details, each move
 * announced), and an address for the open node that survives a reload and Back.
 */
describe('the detective’s graph', () => {
  let demo: DemoWorkspace;
  let ws: Workspace;

  beforeAll(async () => {
    demo = await startDemoWorkspace();
    ws = await openWorkspace('workspace-graph');
  }, 300_000);
  afterAll(async () => {
    await ws?.close();
    await demo?.stop();
  });

  it('draws the case with a legend, readable labels and names instead of hashes', async () => {
    await ws.signIn(demo.app.url, 'detective', demo.password('detective'));
    await ws.page.goto(`${demo.app.url}${paths.case(demo.caseId, 'graph')}`, { waitUntil: 'networkidle0' });
    await ws.page.waitForSelector('.graph-canvas[data-rendered=true]');
    const legend = await ws.page.$eval(
      'ul.graph-legend',
      (el) => (el as unknown as { innerText: string }).innerText,
    );
    for (const kind of ['Person', 'Account', 'Post', 'Media (thumbnail)']) expect(legend).toContain(kind);
    publish(await ws.shot('1-graph-legend'), 'workspace-graph-legend.png');

    const drawn = await readDrawing(ws);
    expect(drawn.nodes.length).toBeGreaterThan(10);
    // Persons, accounts, media and the like keep labels of at least 12 px at fit.
    const steering = drawn.nodes.filter((x) => ['person', 'account', 'media', 'group'].includes(x.kind));
    expect(steering.length).toBeGreaterThan(5);
    // 12 px on screen, up to the float rounding of zoom × font size (11.999999999999998).
    for (const n of steering) expect(n.fontPx).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(drawn.nodes.filter((n) => /^[0-9a-f]{40,}$/.test(n.label))).toEqual([]);
    expect(
      drawn.nodes.filter((n) => n.kind === 'media').every((n) => /^Media (posted by|in)/.test(n.label)),
    ).toBe(true);
    // Nothing is cut at the edge of the canvas.
    for (const n of drawn.nodes) {
      expect(n.box.x1).toBeGreaterThanOrEqual(0);
      expect(n.box.y1).toBeGreaterThanOrEqual(0);
      expect(n.box.x2).toBeLessThanOrEqual(drawn.width);
      expect(n.box.y2).toBeLessThanOrEqual(drawn.height);
    }
  });

  it('zooms in and out with the buttons and fits the whole case back in view', async () => {
    const before = (await readDrawing(ws)).zoom;
    await ws.page.click('button[aria-label="Zoom in"]');
    await ws.page.click('button[aria-label="Zoom in"]');
    const zoomed = await readDrawing(ws);
    expect(zoomed.zoom).toBeCloseTo(before * 1.5625, 2);
    // Zoomed in, some node leaves the canvas; Fit brings every one back.
    expect(
      zoomed.nodes.some(
        (n) => n.box.x1 < 0 || n.box.x2 > zoomed.width || n.box.y1 < 0 || n.box.y2 > zoomed.height,
      ),
    ).toBe(true);
    await ws.page.click('button[aria-label="Zoom out"]');
    expect((await readDrawing(ws)).zoom).toBeCloseTo(before * 1.25, 2);
    await ws.clickText('.graph-controls button', /^Fit$/);
    const fitted = await readDrawing(ws);
    expect(
      fitted.nodes.every(
        (n) => n.box.x1 >= 0 && n.box.x2 <= fitted.width && n.box.y1 >= 0 && n.box.y2 <= fitted.height,
      ),
    ).toBe(true);
  });

  it('is steered by keyboard: Tab in, arrows between neighbours, Enter opens the details', async () => {
    await ws.page.click('input[name=graphSearch]');
    // Tab from the find box onward until the canvas has the focus, as a keyboard user would.
    for (let i = 0; i < 12; i += 1) {
      await ws.page.keyboard.press('Tab');
      if (
        await ws.page.evaluate(() =>
          (globalThis as any).document.activeElement?.classList.contains('graph-canvas'),
        )
      )
        break;
    }
    expect(
      await ws.page.evaluate(() =>
        (globalThis as any).document.activeElement?.classList.contains('graph-canvas'),
      ),
    ).toBe(true);
    const first = await announcement(ws);
    expect(first).toMatch(/^(Person|Account) .+, \d+ neighbours?\. Arrow keys move/);
    const outline = await ws.page.$eval(
      '.graph-canvas',
      (el) => (globalThis as any).getComputedStyle(el).outlineStyle as string,
    );
    expect(outline).toBe('solid');
    await ws.shot('2-keyboard-focus');

    // Each arrow either moves to a neighbour lying that way or says there is none.
    const focusedId = () =>
      ws.page.evaluate(() => {
        const cy = (globalThis as any).document.querySelector('.graph-canvas')._cyreg.cy;
        return cy.nodes('.focused').map((n: any) => n.id());
      }) as Promise<string[]>;
    const start = (await focusedId())[0]!;
    let moved: string | null = null;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'] as const) {
      await ws.page.keyboard.press(key);
      const now = (await focusedId())[0]!;
      const said = await announcement(ws);
      if (now !== start) {
        moved = now;
        const neighbours = await ws.page.evaluate(
          (id: string) =>
            (globalThis as any).document
              .querySelector('.graph-canvas')
              ._cyreg.cy.getElementById(id)
              .neighborhood('node')
              .map((n: any) => n.id()),
          start,
        );
        expect(neighbours).toContain(now);
        expect(said).toMatch(/neighbours?\. Arrow keys move/);
        break;
      }
      expect(said).toMatch(/^No neighbour (to the (left|right)|above|below) of /);
    }
    expect(moved).not.toBeNull();
    await ws.page.keyboard.press('Enter');
    await ws.page.waitForFunction(
      (id: string) => new URL((globalThis as any).location.href).searchParams.get('node') === id,
      {},
      moved!,
    );
    await ws.page.waitForFunction(
      (id: string) =>
        (globalThis as any).document.querySelector('aside[aria-label="Selected node"] code')?.textContent ===
        id,
      {},
      moved!,
    );
    expect(await announcement(ws)).toMatch(/^Details of .+ opened beside the graph\.$/);
    await ws.shot('3-keyboard-details');
  });

  it('keeps the open node at its address through a reload and goes back with Back', async () => {
    const address = ws.page.url();
    const ref = new URL(address).searchParams.get('node')!;
    await ws.page.reload({ waitUntil: 'networkidle0' });
    expect(ws.page.url()).toBe(address);
    await ws.page.waitForFunction(
      (id: string) =>
        (globalThis as any).document.querySelector('aside[aria-label="Selected node"] code')?.textContent ===
        id,
      {},
      ref,
    );
    await ws.page.waitForSelector('.node-details dl');
    await ws.shot('4-deep-link-reload');

    await ws.clickText('.tabs a', /^Timeline$/);
    await ws.page.waitForSelector('#timeline-title');
    expect(new URL(ws.page.url()).pathname).toBe(paths.case(demo.caseId, 'timeline'));
    await ws.shot('5-timeline-activity');
    await ws.page.goBack({ waitUntil: 'networkidle0' });
    expect(ws.page.url()).toBe(address);
    await ws.page.waitForSelector('aside[aria-label="Selected node"] code');
  });

  it('charts posts per day per account from the case’s own posts', async () => {
    await ws.page.goto(`${demo.app.url}${paths.case(demo.caseId, 'timeline')}`, {
      waitUntil: 'networkidle0',
    });
    await ws.page.waitForSelector('.activity-chart svg rect');
    const bars = await ws.page.$$eval('.activity-chart rect title', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    const charted = bars.map((t) => Number(/: (\d+) on /.exec(t)![1])).reduce((a, b) => a + b, 0);
    const api = await demo.app.runtime.graph.read<{ postedAt: string }>(
      `MATCH (:Case {id: $id})-[:CONTAINS]->(p:Post)
       CALL (p) {
         MATCH (p)<-[:OF]-(o:Observation)<-[r:OBSERVED]-(:Capture) WHERE r.caseId = $id AND r.historical IS NULL
         RETURN o ORDER BY r.at DESC LIMIT 1
       }
       WITH o WHERE o.postedAt IS NOT NULL
       RETURN o.postedAt AS postedAt`,
      { id: demo.caseId },
    );
    // The chart draws the latest days it states (at most 60); the demo's posts span longer, so the
    // case's posts on those days, by the browser's calendar, are what it must show in full.
    const chartedDays = await ws.page.$$eval('.activity-chart g[data-day]', (els) =>
      els.map((e) => e.getAttribute('data-day')!),
    );
    expect(chartedDays.length).toBeGreaterThan(0);
    const inWindow = await ws.page.evaluate(
      (times: string[], first: string, last: string) =>
        times.filter((iso) => {
          const d = new Date(iso);
          const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
          return day >= first && day <= last;
        }).length,
      api.map((r) => r.postedAt),
      chartedDays[0]!,
      chartedDays.at(-1)!,
    );
    expect(inWindow).toBeGreaterThan(0);
    expect(charted).toBe(inWindow);
    expect(await ws.page.$$eval('.chart-legend li', (els) => els.length)).toBeGreaterThan(1);
  });

  it('answers the workspace at its addresses, and nothing else as a page', async () => {
    const get = (p: string) => fetch(`${demo.app.url}${p}`);
    // A download, a mistyped tab or an unknown address is never answered with the workspace page.
    for (const p of [
      '/nonsense',
      `/cases/${demo.caseId}/artifacts/${'0'.repeat(64)}`,
      `/cases/${demo.caseId}/nonsense`,
    ]) {
      const res = await get(p);
      const body = await res.text();
      expect([p, res.status >= 400]).toEqual([p, true]);
      expect(body).not.toContain('<div id="root">');
    }
  });

  it('guides the detective on a case with nothing on its graph yet', async () => {
    await ws.page.goto(`${demo.app.url}${paths.cases()}`, { waitUntil: 'networkidle0' });
    await ws.page.type('input[name=number]', 'EMPTY-26-1');
    await ws.page.type('input[name=title]', 'Nothing collected yet');
    await ws.page.click('form[aria-labelledby=new-case-title] button[type=submit]');
    await ws.page.waitForSelector('.graph-empty');
    expect(
      await ws.page.$eval('.graph-empty', (el) => (el as unknown as { innerText: string }).innerText),
    ).toMatch(/Nothing on the graph yet\. Add the person/);
    expect(new URL(ws.page.url()).pathname).toMatch(/^\/cases\/[^/]+\/graph$/);
    await ws.shot('6-empty-graph');
  });
});
