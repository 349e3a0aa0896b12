import { paths, type AnalysisScreen, type CaseTab } from '../../client/src/paths.js';
import { startDemoWorkspace, type DemoWorkspace } from '../support/demo-workspace.js';
import { openWorkspace, SMALL_VIEWPORT, type Workspace } from '../support/workspace-browser.js';

/** What the page puts outside the screen's width, where nobody can reach it without scrolling sideways. */
interface Overflow {
  pageWidth: number;
  screenWidth: number;
  /** Controls and headings drawn past the right edge (or left of 0) and not inside a scroll box. */
  outside: string[];
}

const readOverflow = (ws: Workspace) =>
  ws.page.evaluate(() => {
    const doc = (globalThis as any).document;
    const win = globalThis as any;
    const screenWidth: number = win.innerWidth;
    // A table or a canvas inside a box that scrolls sideways is reachable; the page itself must not.
    const inScrollBox = (el: any) => {
      for (let up = el.parentElement; up && up !== doc.body; up = up.parentElement) {
        if (['auto', 'scroll'].includes(win.getComputedStyle(up).overflowX)) return true;
      }
      return false;
    };
    const outside = [
      ...doc.querySelectorAll('button, a, input, select, textarea, label, h1, h2, h3, th, summary'),
    ]
      .filter((el: any) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        return (r.right > screenWidth + 1 || r.left < -1) && !inScrollBox(el);
      })
      .map(
        (el: any) => `${el.tagName.toLowerCase()} "${(el.innerText || el.name || '').trim().slice(0, 40)}"`,
      );
    return { pageWidth: doc.documentElement.scrollWidth, screenWidth, outside };
  }) as Promise<Overflow>;

/**
 * The new user's walk through the demo case on a 1024×768 screen, in real Chromium, each role on
 * its own screens: nothing runs off the side of the page (no sideways scroll, no control or heading
 * past the edge), and the graph fits its canvas.
 */
describe('the workspace on a 1024×768 screen', () => {
  let demo: DemoWorkspace;
  let ws: Workspace;

  beforeAll(async () => {
    demo = await startDemoWorkspace();
    ws = await openWorkspace('workspace-small-screen', SMALL_VIEWPORT);
  }, 300_000);
  afterAll(async () => {
    await ws?.close();
    await demo?.stop();
  });

  /**
   * Opens a screen, waits for its words, keeps a screenshot, and expects nothing past the side;
   * the screen's name is in the comparison, so a failure says which screen.
   */
  async function fits(screen: string, address: string, words: RegExp): Promise<void> {
    await ws.page.goto(`${demo.app.url}${address}`, { waitUntil: 'networkidle0' });
    await ws.bodyMatches(words);
    await ws.shot(screen);
    const { outside, pageWidth, screenWidth } = await readOverflow(ws);
    expect({ screen, outside, scrollsSideways: pageWidth > screenWidth }).toEqual({
      screen,
      outside: [],
      scrollsSideways: false,
    });
  }

  const caseTabs: [CaseTab, RegExp][] = [
    ['graph', /Legend|Fit/],
    ['timeline', /Timeline|Captured/i],
    ['captures', /Captures/],
    ['persons', /Persons/],
    ['watches', /Watch/],
    ['history', /History|Changes/i],
    ['search', /Search/],
    ['packets', /Packet|Export/i],
    ['records', /Legal holds/],
  ];

  it("fits the detective's case list and every tab of the case", async () => {
    await ws.page.goto(demo.app.url, { waitUntil: 'load' });
    await ws.signIn(demo.app.url, 'detective', demo.password('detective'));
    await fits('detective-cases', paths.cases(), /MP-|Cases/);
    for (const [tab, words] of caseTabs) await fits(`detective-${tab}`, paths.case(demo.caseId, tab), words);
  });

  it('fits a capture with its artifacts and custody', async () => {
    const [first] = await demo.app.runtime.graph.read<{ id: string }>(
      `MATCH (:Case {id: $caseId})-[:HAS_CAPTURE]->(k:Capture {status: 'CAPTURED'})
       RETURN k.id AS id ORDER BY k.id LIMIT 1`,
      { caseId: demo.caseId },
    );
    expect(first).toBeDefined();
    await fits('detective-capture', paths.capture(demo.caseId, first!.id), /SHA-256|Custody/i);
  });

  it('draws the whole graph inside its canvas', async () => {
    await ws.page.goto(`${demo.app.url}${paths.case(demo.caseId, 'graph')}`, { waitUntil: 'networkidle0' });
    await ws.page.waitForSelector('.graph-canvas[data-rendered=true]');
    const drawn = (await ws.page.evaluate(() => {
      const cy = (globalThis as any).document.querySelector('.graph-canvas')._cyreg.cy;
      return {
        width: cy.width(),
        height: cy.height(),
        boxes: cy
          .nodes()
          .filter((n: any) => n.visible())
          .map((n: any) => n.renderedBoundingBox({ includeLabels: false })),
      };
    })) as { width: number; height: number; boxes: { x1: number; y1: number; x2: number; y2: number }[] };
    expect(drawn.boxes.length).toBeGreaterThan(10);
    expect(drawn.width).toBeLessThanOrEqual(SMALL_VIEWPORT.width);
    for (const b of drawn.boxes) {
      expect(b.x1).toBeGreaterThanOrEqual(-0.5);
      expect(b.y1).toBeGreaterThanOrEqual(-0.5);
      expect(b.x2).toBeLessThanOrEqual(drawn.width + 0.5);
      expect(b.y2).toBeLessThanOrEqual(drawn.height + 0.5);
    }
  });

  it("fits the analyst's screens", async () => {
    await ws.signOut();
    await ws.signIn(demo.app.url, 'analyst', demo.password('analyst'));
    const screens: [AnalysisScreen, RegExp][] = [
      ['candidates', /candidate/i],
      ['communities', /communit/i],
      ['media', /media/i],
    ];
    for (const [screen, words] of screens) {
      await fits(`analyst-${screen}`, paths.analysis(demo.caseId, screen), words);
    }
  });

  it("fits the supervisor's and the prosecutor's screens", async () => {
    await ws.signOut();
    await ws.signIn(demo.app.url, 'supervisor', demo.password('supervisor'));
    await fits('supervisor-authorizations', paths.authorizations(), /uthoriz/);
    await fits('supervisor-review', '/review', /eview/);
    await fits('supervisor-audit', paths.audit(), /udit/);
    await ws.signOut();
    await ws.signIn(demo.app.url, 'prosecutor', demo.password('prosecutor'));
    await fits('prosecutor-packets', paths.case(demo.caseId, 'packets'), /Packet|Export/i);
    await fits('prosecutor-verify', paths.verify(), /Verify/i);
  });
});
