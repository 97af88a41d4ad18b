// The viewer in a real browser over the curated data: drawing, search and details, filters and the timeline.
import path from 'node:path';
import { dateSpan } from '../../client/graph/dates';
import { countPixels } from './support/pixels';
import {
  openViewer,
  rendered,
  renderedRelations,
  settle,
  viewState,
  type PageWindow,
} from './support/page-api';
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

describe('the viewer over the curated data', () => {
  it('when the page opens, then the canvas draws every actor and claim', async () => {
    const { page } = viewer;
    const graph = await rendered(page);
    expect(graph.order).toBeGreaterThan(20);
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.nodes).toEqual(
      expect.arrayContaining(['kim-jong-un', 'xi-jinping', 'mike-pompeo', 'donald-trump']),
    );
    const pixels = await countPixels(page, page.getByTestId('graph'));
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.02);
    expect(pixels.coloured).toBeGreaterThan(2000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-whole-graph.png') });
    expect(viewer.errors).toEqual([]);
  });

  it('when searching "Pompeo", then he is selected and the panel shows his meeting with Kim Jong-un and its source', async () => {
    const { page } = viewer;
    await page.getByTestId('search-input').fill('Pompeo');
    await page.locator('[data-testid="search-input-suggestions"] [data-id="mike-pompeo"]').click();
    await page.locator('.details-actor[data-actor="mike-pompeo"]').waitFor();
    await settle(page);
    expect((await viewState(page)).selection).toEqual({ kind: 'actor', id: 'mike-pompeo' });
    const panel = page.getByTestId('details-panel');
    await expect(panel.innerText()).resolves.toContain('Mike Pompeo');
    const meeting = panel.locator('.claim-group', { hasText: 'meets' }).filter({ hasText: 'Kim Jong-un' });
    await expect(meeting.count()).resolves.toBeGreaterThan(0);
    const card = meeting.first().locator('.claim-card').first();
    await expect(card.locator('.claim-source').innerText()).resolves.toContain('China threat');
    await expect(card.locator('.claim-date').innerText()).resolves.toMatch(/2018/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-pompeo-selected.png') });
  });

  it('when an actor outside a focused view is searched, then it is loaded, selected, and collapse removes it again', async () => {
    const { page } = viewer;
    await openViewer(page, viewer.baseUrl, 'focus=xi-jinping:1');
    const focused = await rendered(page);
    expect(focused.nodes).not.toContain('mike-pompeo');
    await page.getByTestId('search-input').fill('Pompeo');
    await page.locator('[data-testid="search-input-suggestions"] [data-id="mike-pompeo"]').click();
    await page.locator('.details-actor[data-actor="mike-pompeo"]').waitFor();
    await settle(page);
    const state = await viewState(page);
    expect(state.expansions).toEqual([{ center: 'mike-pompeo', depth: 1 }]);
    expect((await rendered(page)).nodes).toContain('mike-pompeo');
    await page.getByTestId('collapse').click();
    await settle(page);
    expect((await rendered(page)).nodes.sort()).toEqual(focused.nodes.sort());
    expect((await viewState(page)).selection).toEqual({ kind: 'none' });
  });

  it('when the link of a claim is opened, then the panel shows it, its evidence and the other claims between the two', async () => {
    const { page } = viewer;
    await openViewer(page, viewer.baseUrl, 'claim=pompeo-meets-kim-jong-un-2018-03');
    const panel = page.locator('.details-claim[data-claim="pompeo-meets-kim-jong-un-2018-03"]');
    await panel.waitFor();
    await expect(panel.locator('.details-title').innerText()).resolves.toMatch(
      /Mike Pompeo\s+meets\s+Kim Jong-un/,
    );
    await expect(panel.locator('.claim-card.selected .claim-quote').innerText()).resolves.toContain('face');
    await expect(
      panel.locator('.claim-card[data-claim="pompeo-meets-kim-jong-un-photo-2018-10"]').count(),
    ).resolves.toBe(1);
  });

  it('when the "meets" relation is unticked, then its edges leave the rendered graph but stay loaded', async () => {
    const { page } = viewer;
    expect(await renderedRelations(page)).toContain('MEETS');
    await page.locator('[data-testid="filter-types"] input[value="MEETS"]').uncheck();
    await settle(page);
    expect(await renderedRelations(page)).not.toContain('MEETS');
    expect((await viewState(page)).filters.hiddenTypes).toEqual(['MEETS']);
    const loaded = await page.evaluate(() =>
      (globalThis as unknown as PageWindow).actorgraph.data.mapEdges((_key, claim) => claim.type),
    );
    expect(loaded).toContain('MEETS');
  });

  it('when a period is brushed on the timeline, then only claims of that period (and undated ones) remain', async () => {
    const { page } = viewer;
    const before = await rendered(page);
    const chart = page.locator('[data-testid="timeline"] svg');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await settle(page);
    const { filters } = await viewState(page);
    expect(filters.time).not.toBeNull();
    const after = await rendered(page);
    expect(after.size).toBeLessThan(before.size);
    const claims = await page.evaluate(() => {
      const { graph, data } = (globalThis as unknown as PageWindow).actorgraph;
      return graph
        .edges()
        .map((edge) => data.getEdgeAttributes(edge) as { date: string | null; dateEnd: string | null });
    });
    const { from, to } = filters.time!;
    for (const claim of claims) {
      const span = dateSpan(claim.date, claim.dateEnd);
      if (span) expect([span.first <= `${to}-31`, span.last >= `${from}-01`]).toEqual([true, true]);
    }
    await page.getByTestId('include-undated').uncheck();
    await settle(page);
    const datedOnly = await rendered(page);
    expect(datedOnly.size).toBeLessThan(after.size);
    await expect(page.getByTestId('timeline-range').innerText()).resolves.toMatch(/2018/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-timeline-filtered.png') });
  });

  it('when asking how Mike Pompeo is linked to Xi Jinping, then the paths are highlighted with their claims', async () => {
    const { page } = viewer;
    await page.getByTestId('paths-from').fill('Pompeo');
    await page.locator('[data-testid="paths-from-suggestions"] [data-id="mike-pompeo"]').click();
    await page.getByTestId('paths-to').fill('Xi Jinping');
    await page.locator('[data-testid="paths-to-suggestions"] [data-id="xi-jinping"]').click();
    await page.getByTestId('paths-run').click();
    await page.getByTestId('paths-result').waitFor();
    await settle(page);
    expect((await viewState(page)).selection).toEqual({
      kind: 'paths',
      from: 'mike-pompeo',
      to: 'xi-jinping',
    });
    await expect(page.locator('.path').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.path .claim-card').count()).resolves.toBeGreaterThan(0);
  });
});
