// Reading the viewer's state from the page (window.actorgraph) in typed helpers, and waiting on it.
import type { Page } from 'playwright-core';
import type { ViewState } from '../../../client/state/view-state';

/** The part of window.actorgraph the tests read. */
interface PageGraph {
  order: number;
  size: number;
  nodes(): string[];
  edges(): string[];
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): Record<string, unknown>;
  getEdgeAttributes(key: string): Record<string, unknown>;
  mapEdges<T>(fn: (key: string, attributes: Record<string, unknown>) => T): T[];
}

interface PageWindow {
  actorgraph: {
    ready: Promise<unknown>;
    idle(): Promise<void>;
    graph: PageGraph;
    data: PageGraph;
    state: ViewState;
    sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number } } };
  };
}

/** The page's global is read as `(globalThis as unknown as PageWindow)`: callbacks run in the page, not here. */
export type { PageWindow };

/** Opens the viewer at `hash` and waits until its first view is drawn and nothing is loading. */
export async function openViewer(page: Page, baseUrl: string, hash = ''): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${baseUrl}${hash ? `#${hash}` : ''}`);
  await page.waitForFunction(() => Boolean((globalThis as unknown as PageWindow).actorgraph?.ready));
  await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.ready);
  await settle(page);
}

/** Waits until no load, layout or export is running. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.idle());
}

/** Counts and keys of the rendered graph. */
export function rendered(page: Page) {
  return page.evaluate(() => {
    const graph = (globalThis as unknown as PageWindow).actorgraph.graph;
    return { order: graph.order, size: graph.size, nodes: graph.nodes(), edges: graph.edges() };
  });
}

/** The current view state. */
export function viewState(page: Page): Promise<ViewState> {
  return page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.state);
}

/** Relation type of every rendered edge. */
export function renderedRelations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (globalThis as unknown as PageWindow).actorgraph.graph.mapEdges((_key, attributes) =>
      String(attributes.relation),
    ),
  );
}

/** Every node's position in the rendered graph, rounded. */
export function positions(page: Page): Promise<Record<string, [number, number]>> {
  return page.evaluate(() => {
    const graph = (globalThis as unknown as PageWindow).actorgraph.graph;
    const result: Record<string, [number, number]> = {};
    for (const node of graph.nodes()) {
      const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
      result[node] = [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    }
    return result;
  });
}
