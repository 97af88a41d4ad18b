// The viewer in a real browser over the curated data: drawing, search and details, filters and the timeline.
import path from 'node:path';
import Graph from 'graphology';
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

  it('when the brush excludes a year, then claims dated only by that year leave; when it overlaps, they stay', async () => {
    const { page } = viewer;
    const yearDated = await page.evaluate(() =>
      (globalThis as unknown as PageWindow).actorgraph.data
        .edges()
        .filter(
          (edge) =>
            (globalThis as unknown as PageWindow).actorgraph.data.getEdgeAttributes(edge).date === '2018',
        ),
    );
    expect(yearDated.length).toBeGreaterThan(0);
    const shownOf = async () => {
      const edges = new Set((await rendered(page)).edges);
      return yearDated.filter((edge) => edges.has(edge)).length;
    };
    expect(await shownOf()).toBe(yearDated.length);

    // February to June 2018 overlaps the year 2018: its claims stay, and the timeline draws them as shown,
    // spread over the twelve months (January's bar too), not greyed.
    await openViewer(page, viewer.baseUrl, 'time=2018-02..2018-06');
    expect(await shownOf()).toBe(yearDated.length);
    const january = page.locator('[data-testid="timeline"] rect.bar-total[data-bin="2018-01"]');
    await expect(january.count()).resolves.toBe(1);
    await expect(january.locator('title').textContent()).resolves.toMatch(/covering it, spread/);
    await expect(
      page.locator('[data-testid="timeline"] rect.bar-spread').count(),
    ).resolves.toBeGreaterThanOrEqual(12);
    await expect(
      page.locator('[data-testid="timeline"] .axis-year-label').allTextContents(),
    ).resolves.toEqual(expect.arrayContaining(['2018', '2019']));
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-timeline-year-overlap.png') });

    // 2019 alone excludes 2018: its year-dated claims leave the graph and the bars draw none of them as shown.
    await openViewer(page, viewer.baseUrl, 'time=2019-01..2019-12');
    expect(await shownOf()).toBe(0);
    const timeline = page.getByTestId('timeline');
    await expect(timeline.locator('rect.bar-spread[data-bin^="2018-"]').count()).resolves.toBe(0);
    await expect(timeline.locator('rect.bar-out[data-bin^="2018-"]').count()).resolves.toBeGreaterThan(0);

    // Brushing 2019's bars with the mouse gives the same: the brush and the filter follow one rule.
    await openViewer(page, viewer.baseUrl);
    const chart = page.locator('[data-testid="timeline"] svg');
    const box = (await chart.boundingBox())!;
    const bins = await page.locator('[data-testid="timeline"] rect.bar-total').count();
    const first2019 = await page
      .locator('[data-testid="timeline"] rect.bar-total')
      .evaluateAll((bars) =>
        bars.findIndex((bar) => (bar.getAttribute('data-bin') ?? '').startsWith('2019')),
      );
    const x = (index: number) => box.x + ((index + 0.5) / bins) * box.width;
    await page.mouse.move(x(first2019), box.y + box.height / 3);
    await page.mouse.down();
    await page.mouse.move(x(bins - 1), box.y + box.height / 3, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    expect((await viewState(page)).filters.time?.from).toBe('2019-01');
    expect(await shownOf()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-timeline-2019.png') });
  }, 150_000);

  it('when two actors are 5 steps apart, then 4 steps finds no path and says so, and 6 finds them', async () => {
    const { page } = viewer;
    const served = (await (await fetch(`${viewer.baseUrl}api/graph`)).json()) as Parameters<
      typeof Graph.from
    >[0];
    const graph = Graph.from(served);
    // The first pair 5 claims apart (claims taken both ways), by a breadth-first search from each actor.
    let pair: [string, string] | null = null;
    for (const start of graph.nodes().sort()) {
      const depth = new Map([[start, 0]]);
      const queue = [start];
      while (queue.length > 0) {
        const actor = queue.shift()!;
        for (const next of graph.neighbors(actor))
          if (!depth.has(next)) {
            depth.set(next, depth.get(actor)! + 1);
            queue.push(next);
          }
      }
      const far = [...depth].find(([, steps]) => steps === 5);
      if (far) {
        pair = [start, far[0]];
        break;
      }
    }
    expect(pair).not.toBeNull();
    const [from, to] = pair!;
    const check = (await (
      await fetch(`${viewer.baseUrl}api/paths?from=${from}&to=${to}&maxDepth=6`)
    ).json()) as { attributes?: { length: number | null } };
    expect([from, to, check.attributes?.length ?? check]).toEqual([from, to, 5]);

    const choose = async (testid: string, id: string) => {
      const name = String(graph.getNodeAttribute(id, 'label'));
      await page.getByTestId(testid).fill(name);
      await page.locator(`[data-testid="${testid}-suggestions"] [data-id="${id}"]`).click();
    };
    await choose('paths-from', from);
    await choose('paths-to', to);
    await expect(page.getByTestId('paths-depth').inputValue()).resolves.toBe('4');
    await page.getByTestId('paths-run').click();
    await page.getByTestId('paths-none').waitFor();
    await expect(page.getByTestId('paths-none').innerText()).resolves.toMatch(/within 4 steps.*up to 6/);

    await page.getByTestId('paths-depth').selectOption('6');
    await page.getByTestId('paths-run').click();
    await page.getByTestId('paths-summary').waitFor();
    await settle(page);
    await expect(page.getByTestId('paths-summary').innerText()).resolves.toMatch(
      /of 5 steps, searched within 6/,
    );
    await expect(page.locator('.path').count()).resolves.toBeGreaterThan(0);
    expect((await viewState(page)).selection).toEqual({ kind: 'paths', from, to, maxDepth: 6 });
    // The depth travels with the link: reopening it finds the same paths.
    await openViewer(page, viewer.baseUrl, `paths=${from},${to},6`);
    await page.getByTestId('paths-summary').waitFor();
    await expect(page.locator('.path').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-paths-depth-6.png') });
  }, 150_000);
});
