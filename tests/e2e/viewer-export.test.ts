// Exports of the view (PNG, JSON, GEXF, GraphML) download files that parse; a snapshot and a link reopen the view.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import { readTextChunks } from '../../client/export/png-text';
import { elementsNS, parseStrictXml } from '../support/strict-xml';
import { openViewer, positions, rendered, settle, viewState, type PageWindow } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

const GEXF_NS = 'http://gexf.net/1.3';
const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

let viewer: Viewer;

beforeAll(async () => {
  viewer = await startViewer();
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

/** Clicks an export and returns the downloaded file's path and name. */
async function exportFile(page: Page, testid: string): Promise<{ file: string; name: string }> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const file = path.join(ARTIFACTS, `download-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

/** A filtered view with a selection: what the exports and the snapshot must carry. */
async function prepareView(page: Page): Promise<void> {
  await openViewer(page, viewer.baseUrl, 'actor=kim-jong-un&hideTypes=AFFILIATED_WITH&size=pagerank');
  await settle(page);
}

describe('exports of the view', () => {
  it('when PNG is chosen, then a PNG image of the view with its legend downloads', async () => {
    const { page } = viewer;
    await prepareView(page);
    const { file, name } = await exportFile(page, 'export-png');
    expect(name).toMatch(/^actorgraph-view-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const stage = (await page.getByTestId('graph').boundingBox())!;
    // Twice the graph's viewport (sigma's stage) in each dimension by default, the legend beside it.
    expect(width).toBeGreaterThanOrEqual(2 * Math.floor(stage.width) + 2 * 260);
    expect(height).toBeGreaterThanOrEqual(2 * Math.floor(stage.height));
    expect(bytes.length).toBeGreaterThan(20_000);
    // Titled by the view: the selected actor, and the relations left when some are hidden.
    const { Title } = readTextChunks(new Uint8Array(bytes));
    expect(Title).toMatch(/^Neighbourhood of Kim Jong-un, \d+ of \d+ relations$/);
    await writeFile(path.join(ARTIFACTS, 'viewer-export-2x.png'), bytes);
  });

  it('when the view is filtered by year and relation, then the PNG title says so', async () => {
    const { page } = viewer;
    const meta = (await (await fetch(`${viewer.baseUrl}api/meta`)).json()) as {
      relations: Array<{ type: string }>;
    };
    const hide = meta.relations.map((relation) => relation.type).filter((type) => type !== 'MEETS');
    await openViewer(
      page,
      viewer.baseUrl,
      `actor=kim-jong-un&time=2018-01..2018-12&hideTypes=${hide.join(',')}`,
    );
    const { file } = await exportFile(page, 'export-png');
    const { Title } = readTextChunks(new Uint8Array(await readFile(file)));
    expect(Title).toBe('Neighbourhood of Kim Jong-un, 2018, MEETS');
  });

  it('when JSON is chosen, then graphology loads the file with positions, filters and selection', async () => {
    const { page } = viewer;
    await prepareView(page);
    const { file } = await exportFile(page, 'export-json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    const graph = Graph.from(json);
    const shown = await rendered(page);
    const loaded = await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.data.order);
    expect(graph.order).toBe(loaded);
    expect(graph.filterEdges((_edge, attributes) => !attributes.hidden).length).toBe(shown.size);
    expect(typeof graph.getNodeAttribute('kim-jong-un', 'x')).toBe('number');
    expect(graph.getAttribute('view')).toMatchObject({
      state: {
        selection: { kind: 'actor', id: 'kim-jong-un' },
        filters: { hiddenTypes: ['AFFILIATED_WITH'] },
        sizeBy: 'pagerank',
      },
    });
  });

  it.each([
    ['GEXF', 'export-gexf', GEXF_NS, 'gexf'],
    ['GraphML', 'export-graphml', GRAPHML_NS, 'graphml'],
  ])(
    'when %s is chosen, then the file parses as XML with the shown actors and claims',
    async (_format, testid, ns, extension) => {
      const { page } = viewer;
      await prepareView(page);
      const { file, name } = await exportFile(page, testid);
      expect(name.endsWith(`.${extension}`)).toBe(true);
      const document = parseStrictXml(await readFile(file, 'utf8'));
      const shown = await rendered(page);
      expect(elementsNS(document, ns, 'node')).toHaveLength(shown.order);
      expect(elementsNS(document, ns, 'edge')).toHaveLength(shown.size);
    },
  );
});

describe('reopening a view', () => {
  it('when a saved snapshot is opened, then positions, filters and selection come back', async () => {
    const { page } = viewer;
    await prepareView(page);
    await page.locator('[data-testid="filter-certainty"] input[value="assessment"]').uncheck();
    await settle(page);
    const saved = {
      state: await viewState(page),
      positions: await positions(page),
      graph: await rendered(page),
    };
    const { file } = await exportFile(page, 'export-json');
    await openViewer(page, viewer.baseUrl);
    expect((await viewState(page)).selection.kind).toBe('none');
    await page.getByTestId('load-snapshot').setInputFiles(file);
    await page.waitForFunction(
      () => (globalThis as unknown as PageWindow).actorgraph.state.selection.kind === 'actor',
    );
    await settle(page);
    expect(await viewState(page)).toEqual(saved.state);
    expect(await positions(page)).toEqual(saved.positions);
    expect((await rendered(page)).edges.sort()).toEqual(saved.graph.edges.sort());
    await page.locator('.details-actor[data-actor="kim-jong-un"]').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-snapshot-restored.png') });
  });

  it('when a saved snapshot is opened by its link, then its view comes back, drawn from the file first', async () => {
    const { page } = viewer;
    await prepareView(page);
    const saved = {
      state: await viewState(page),
      positions: await positions(page),
      graph: await rendered(page),
    };
    const { name } = await exportFile(page, 'export-json');
    await page.goto('about:blank');
    await page.goto(`${viewer.baseUrl}?snapshot=/artifacts/download-${name}`);
    await page.waitForFunction(() => performance.getEntriesByName('actorgraph:first-frame').length > 0);
    await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.ready);
    await settle(page);
    expect(await viewState(page)).toEqual(saved.state);
    expect(await positions(page)).toEqual(saved.positions);
    expect((await rendered(page)).edges.sort()).toEqual(saved.graph.edges.sort());
    await page.locator('.details-actor[data-actor="kim-jong-un"]').waitFor();
  });

  it('when a snapshot link names no file, then the viewer says so', async () => {
    const { page } = viewer;
    await page.goto('about:blank');
    await page.goto(`${viewer.baseUrl}?snapshot=/artifacts/no-such-view.json`);
    await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.ready);
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').innerText()).toContain('answered 404');
  });

  it('when the link of a view is opened again, then the same view comes back, laid out the same way', async () => {
    const { page } = viewer;
    await prepareView(page);
    const first = { url: page.url(), positions: await positions(page), state: await viewState(page) };
    await page.goto('about:blank');
    await page.goto(first.url);
    await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.ready);
    await settle(page);
    expect(await viewState(page)).toEqual(first.state);
    expect(await positions(page)).toEqual(first.positions);
  });
});
