// The first picture of the curated graph: what is drawn, how parallel claims are bundled, labels and edge targets.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openViewer, rendered, settle, viewState } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

let viewer: Viewer;

beforeAll(async () => {
  viewer = await startViewer();
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

beforeEach(async () => {
  await openViewer(viewer.page, viewer.baseUrl);
});

/** The curated actors no claim mentions. */
const WITHOUT_CLAIMS = ['kctv', 'news-1', 'yonhap-news'];

const KIM = 'kim-jong-un';
const XI = 'xi-jinping';

/** The sigma the page draws with, as much of it as these tests read. */
interface PageSigma {
  getNodeDisplayData(node: string): { x: number; y: number; size: number } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  getEdgeDisplayData(edge: string): { hidden?: boolean; label?: string; size: number } | undefined;
  getCamera(): { setState(state: { ratio: number }): void };
}
interface PictureWindow {
  actorgraph: {
    labels(): Array<{ key: string; label: string; x: number; y: number; width: number; height: number }>;
    data: { nodes(): string[]; getNodeAttributes(node: string): Record<string, unknown> };
    sigma: PageSigma;
    graph: {
      nodes(): string[];
      mapEdges<T>(fn: (edge: string, attributes: unknown, source: string, target: string) => T): T[];
      edges(a: string, b: string): string[];
      getEdgeAttributes(edge: string): Record<string, unknown>;
    };
    app: { view: { select(selection: { kind: 'none' }): void } };
  };
}

/** The edges between two actors, and which of them sigma draws (not hidden). */
function between(page: Page, a: string, b: string) {
  return page.evaluate(
    ([a, b]) => {
      const { sigma, graph } = (globalThis as unknown as PictureWindow).actorgraph;
      const edges = graph.edges(a!, b!);
      const drawn = edges.filter((edge) => sigma.getEdgeDisplayData(edge)?.hidden !== true);
      const bundle = graph.getEdgeAttributes(edges[0]!).bundle as { label: string } | undefined;
      return { edges, drawn, label: bundle?.label ?? null };
    },
    [a, b],
  );
}

/** Sets the camera's zoom ratio and waits for the frame. */
async function zoomTo(page: Page, ratio: number): Promise<void> {
  await page.evaluate((value) => {
    (globalThis as unknown as PictureWindow).actorgraph.sigma.getCamera().setState({ ratio: value });
  }, ratio);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

describe('the first picture of the curated graph', () => {
  it('when the page opens, then actors without claims are hidden, and the display option shows them', async () => {
    const { page } = viewer;
    const drawn = await rendered(page);
    expect(drawn.nodes.filter((node) => WITHOUT_CLAIMS.includes(node))).toEqual([]);
    await expect(page.getByTestId('isolated-count').innerText()).resolves.toBe('(3 hidden)');
    await page.getByTestId('show-isolated').check();
    await settle(page);
    expect((await viewState(page)).showIsolated).toBe(true);
    const all = await rendered(page);
    expect(all.nodes).toEqual(expect.arrayContaining(WITHOUT_CLAIMS));
    expect(all.order).toBe(drawn.order + WITHOUT_CLAIMS.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-isolated-shown.png') });
  });

  it('when the page opens, then the claims between Kim Jong-un and Xi Jinping are one edge with their count, and zooming in opens them', async () => {
    const { page } = viewer;
    const closed = await between(page, KIM, XI);
    expect(closed.edges.length).toBeGreaterThan(5);
    expect(closed.drawn).toHaveLength(1);
    expect(closed.label).toBe(`Kim Jong-un – Xi Jinping · ${closed.edges.length}`);
    await zoomTo(page, 0.3);
    expect((await between(page, KIM, XI)).drawn).toHaveLength(closed.edges.length);
    await zoomTo(page, 1);
    expect((await between(page, KIM, XI)).drawn).toHaveLength(1);
  });

  it('when the bundle is opened by its link, then the panel lists every claim between the two by year, 2018 first', async () => {
    const { page } = viewer;
    await openViewer(page, viewer.baseUrl, `between=${XI},${KIM}`);
    expect((await viewState(page)).selection).toEqual({ kind: 'between', a: KIM, b: XI });
    const panel = page.locator('.details-between');
    await panel.waitFor();
    const { edges, drawn } = await between(page, KIM, XI);
    expect(drawn).toHaveLength(edges.length);
    await expect(panel.locator('.claim-card').count()).resolves.toBe(edges.length);
    const years = await panel
      .locator('h3.claims-heading')
      .evaluateAll((heads) => heads.map((head) => head.getAttribute('data-year')));
    expect(years[0]).toBe('2018');
    await expect(panel.locator('.details-title').innerText()).resolves.toMatch(
      /Kim Jong-un\s+and\s+Xi Jinping/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-bundle-selected.png') });
  });

  it('when the page opens, then every named actor drawn has a label, inside the view, and no two labels overlap', async () => {
    const { page } = viewer;
    const { labels, named } = await page.evaluate(() => {
      const app = (globalThis as unknown as PictureWindow).actorgraph;
      const drawn = new Set((app as unknown as { graph: { nodes(): string[] } }).graph.nodes());
      return {
        labels: app.labels(),
        named: app.data
          .nodes()
          .filter((node) => drawn.has(node) && app.data.getNodeAttributes(node).unnamed !== true),
      };
    });
    const { width, height } = (await page.getByTestId('graph').boundingBox())!;
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-first-frame.png') });
    expect(named.length).toBeGreaterThan(25);
    expect(named.filter((node) => !labels.some((label) => label.key === node))).toEqual([]);
    const overlaps = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter(
          (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
        )
        .map((b) => `${a.label} / ${b.label}`),
    );
    expect(overlaps).toEqual([]);
    for (const label of labels) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(width);
      expect(label.y + label.height).toBeLessThanOrEqual(height);
    }
  });

  it('when the Kim Jong-un – Xi Jinping edge is clicked at points along it and beside it, away from other actors and edges, then each click selects it', async () => {
    const { page } = viewer;
    const box = (await page.getByTestId('graph').boundingBox())!;
    const { nodes, segments } = await page.evaluate(() => {
      const { sigma, graph } = (globalThis as unknown as PictureWindow).actorgraph;
      const at = (node: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
      return {
        nodes: graph.nodes().map((node) => ({ node, ...at(node) })),
        // Every other drawn edge (straight at the first frame), to keep the clicks off crossings.
        segments: graph
          .mapEdges((edge, _attributes, source, target) => ({ edge, source, target }))
          .filter(({ edge }) => sigma.getEdgeDisplayData(edge)?.hidden !== true)
          .map(({ source, target }) => ({ source, target, a: at(source), b: at(target) })),
      };
    });
    const at = (id: string) => nodes.find((entry) => entry.node === id)!;
    const [kim, xi] = [at(KIM), at(XI)];
    const length = Math.hypot(xi.x - kim.x, xi.y - kim.y);
    const normal = { x: -(xi.y - kim.y) / length, y: (xi.x - kim.x) / length };
    const others = segments.filter(
      (s) => !([s.source, s.target].includes(KIM) && [s.source, s.target].includes(XI)),
    );
    const distance = (
      p: { x: number; y: number },
      a: { x: number; y: number },
      b: { x: number; y: number },
    ) => {
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    // Points along the segment, on it and 5 pixels either side (beyond its drawn stroke).
    const points = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
      .flatMap((t) =>
        [0, 5, -5].map((off) => ({
          x: kim.x + (xi.x - kim.x) * t + normal.x * off,
          y: kim.y + (xi.y - kim.y) * t + normal.y * off,
        })),
      )
      .filter((point) => nodes.every((other) => Math.hypot(other.x - point.x, other.y - point.y) > 24))
      .filter((point) => others.every((other) => distance(point, other.a, other.b) > 12));
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const point of points) {
      await page.evaluate(() =>
        (globalThis as unknown as PictureWindow).actorgraph.app.view.select({ kind: 'none' }),
      );
      await settle(page);
      await page.waitForTimeout(350);
      await page.mouse.click(box.x + point.x, box.y + point.y);
      await settle(page);
      expect([point, (await viewState(page)).selection]).toEqual([point, { kind: 'between', a: KIM, b: XI }]);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-bundle-clicked.png') });
  });
});
