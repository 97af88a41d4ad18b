// Dense relations in the viewer: the dyad of two actors over time, and the graph drawn aggregated above a threshold.
import path from 'node:path';
import type { ClaimPage, Dyad } from '../../server/api/types';
import { settle, type PageWindow } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

let viewer: Viewer;

beforeAll(async () => {
  viewer = await startViewer();
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

/** Opens the viewer with `query` in its address (`?aggregateAbove=…&claimsPage=…`) and waits until drawn. */
async function open(query = ''): Promise<void> {
  const { page, baseUrl } = viewer;
  await page.goto('about:blank');
  await page.goto(`${baseUrl}${query}`);
  await page.waitForFunction(() => Boolean((globalThis as unknown as PageWindow).actorgraph?.ready));
  await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.ready);
  await settle(page);
}

async function getJson<T>(address: string): Promise<T> {
  const response = await fetch(new URL(address, viewer.baseUrl));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Selects an element of the view as a click would. */
async function select(selection: { kind: 'actor' | 'claim'; id: string }): Promise<void> {
  await viewer.page.evaluate((chosen) => {
    const app = (globalThis as unknown as { actorgraph: { app: { view: { select(s: unknown): void } } } })
      .actorgraph.app;
    app.view.select(chosen);
  }, selection);
  await settle(viewer.page);
}

describe('the dyad view', () => {
  it('when Kim Jong-un is compared with Xi Jinping, then their months are drawn as the API counts them, and a month lists its claims', async () => {
    const { page } = viewer;
    await open();
    await select({ kind: 'actor', id: 'kim-jong-un' });
    await page.click('[data-testid="dyad-open"]');
    await page.waitForSelector('[data-testid="dyad-view"]:not([hidden])');
    await page.fill('[data-testid="dyad-b"]', 'Xi Jinping');
    await page.click('[data-testid="dyad-b-suggestions"] [role="option"]');
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-dyad-choosing.png') });
    await page.waitForSelector('[data-testid="dyad-view"][data-state="ready"]');

    const dyad = await getJson<Dyad>('/api/dyad?a=kim-jong-un&b=xi-jinping');
    const expected = new Map<string, number>();
    for (const period of dyad.periods)
      for (const count of period.counts) {
        const key = `${period.period}|${count.origin === 'curated' ? 'curated' : 'unchecked'}`;
        expected.set(key, (expected.get(key) ?? 0) + count.claims);
      }
    const drawn = await page.$$eval('[data-testid="dyad-chart"] .dyad-bar', (bars) =>
      bars.map((bar) => [
        `${bar.getAttribute('data-period')}|${bar.getAttribute('data-row')}`,
        Number(bar.getAttribute('data-claims')),
      ]),
    );
    expect(new Map(drawn as Array<[string, number]>)).toEqual(expected);
    expect(drawn.length).toBeGreaterThan(1);
    expect(await page.textContent('[data-testid="dyad-summary"]')).toContain(`${dyad.total} claims`);

    // The busiest month: its claims come from /api/claims, both ways, that month.
    const month = [...expected]
      .filter(([key]) => /^\d{4}-\d{2}\|/.test(key))
      .sort((a, b) => b[1] - a[1])[0]![0];
    const [period, row] = month.split('|');
    await page.click(`[data-testid="dyad-chart"] .dyad-bar[data-period="${period}"][data-row="${row}"]`);
    await page.waitForSelector('[data-testid="dyad-claims"][data-state="ready"]');
    const listed = await getJson<ClaimPage>(
      `/api/claims?source=kim-jong-un&target=xi-jinping&bothWays=true&period=${period}&limit=200`,
    );
    const ids = await page.$$eval('[data-testid="dyad-claims"] .claim-card', (cards) =>
      cards.map((card) => card.getAttribute('data-claim')),
    );
    expect(ids).toEqual(listed.claims.slice(0, 20).map((claim) => claim.id));
    expect(await page.$$eval('[data-testid="dyad-claims"] .claim-source', (items) => items.length)).toBe(
      ids.length,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-dyad.png') });
    expect(viewer.errors).toEqual([]);
  }, 150_000);
});

describe('the aggregated graph', () => {
  it('when the threshold is lowered, then the whole graph is drawn one link per pair and type, and a link pages its claims', async () => {
    const { page } = viewer;
    await open('?aggregateAbove=5&claimsPage=2');
    const served = await getJson<{ attributes: { claims: number }; edges: unknown[] }>(
      '/api/graph?aggregate=pair&limit=500',
    );
    await page.waitForSelector('[data-testid="dense-banner"]:not([hidden])');
    expect(await page.textContent('[data-testid="dense-text"]')).toContain(
      `${served.attributes.claims.toLocaleString('en')} claims shown as ${served.edges.length} aggregated links`,
    );
    const drawn = await page.evaluate(() =>
      (globalThis as unknown as PageWindow).actorgraph.graph.mapEdges((key, attributes) => ({
        key,
        claims: Number(attributes.claims),
        label: String(attributes.label),
      })),
    );
    expect(drawn.reduce((sum, edge) => sum + edge.claims, 0)).toBe(served.attributes.claims);

    const key = 'kim-jong-un|MEETS|xi-jinping';
    const edge = drawn.find((item) => item.key === key);
    expect(edge?.label).toMatch(/×\d+$/);
    await select({ kind: 'claim', id: key });
    await page.waitForSelector('[data-testid="pair-claims"][data-state="ready"]');
    const all = await getJson<ClaimPage>(
      '/api/claims?source=kim-jong-un&target=xi-jinping&types=MEETS&limit=200',
    );
    expect(all.total).toBe(edge?.claims);
    const cards = () =>
      page.$$eval('[data-testid="pair-claims"] .claim-card', (items) =>
        items.map((item) => item.getAttribute('data-claim')),
      );
    expect(await cards()).toEqual(all.claims.slice(0, 2).map((claim) => claim.id));
    while ((await cards()).length < all.total) {
      const before = (await cards()).length;
      await page.click('[data-testid="pair-claims-more"]');
      await page.locator('[data-testid="pair-claims"] .claim-card').nth(before).waitFor();
    }
    expect(await cards()).toEqual(all.claims.map((claim) => claim.id));
    expect(await page.isHidden('[data-testid="pair-claims-more"]')).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-aggregated.png') });

    // Small enough to draw claim by claim: the user may switch.
    await page.click('[data-testid="dense-switch"]');
    await settle(page);
    const counts = await page.evaluate(() => {
      const graph = (globalThis as unknown as PageWindow).actorgraph.graph;
      return {
        size: graph.size,
        aggregated: graph.mapEdges((_key, attributes) => attributes.claims !== undefined),
      };
    });
    expect(counts.size).toBe(served.attributes.claims);
    expect(counts.aggregated.some(Boolean)).toBe(false);
    expect(await page.getAttribute('[data-testid="dense-switch"]', 'data-testid')).toBe('dense-switch');
    expect(await page.textContent('[data-testid="dense-text"]')).toContain('drawn one by one');
    expect(viewer.errors).toEqual([]);
  });
});
