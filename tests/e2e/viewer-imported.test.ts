// The viewer over imported event data: the ICEWS sample imported beside the curated data, ingested, and drawn;
// the dyad of two actors from the sample shows their months, and edges coloured by side draw one colour per side.
// Meta lists only a few of its sources here, as it does past its bound with a year of events: the viewer asks
// for the titles it lacks in batches, and its Sources filter searches the others.
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Dyad, Meta, SourcePage } from '../../server/api/types';
import { icewsFormat } from '../../server/import/icews';
import { importEvents } from '../../server/import/import-events';
import { CURATED_DATA } from '../support/test-app';
import { settle, type PageWindow } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

const ICEWS = path.resolve(__dirname, '..', 'fixtures', 'event-data', 'icews-events-2018-06-01.tab');
/** Meta lists this many of the sources (the 2 curated articles and a thousand ICEWS stories). */
const META_SOURCES = 10;

let viewer: Viewer;

beforeAll(async () => {
  const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'actorgraph-viewer-imported-')), 'data');
  await cp(CURATED_DATA, dataDir, { recursive: true });
  await importEvents({
    format: icewsFormat,
    files: [ICEWS],
    dataDir,
    intoDir: path.join(dataDir, 'imported'),
    skipInvalid: false,
  });
  viewer = await startViewer(dataDir, { metaSourceLimit: META_SOURCES });
}, 300_000);

afterAll(async () => {
  await viewer?.close();
});

async function getJson<T>(address: string): Promise<T> {
  const response = await fetch(new URL(address, viewer.baseUrl));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function open(): Promise<void> {
  const { page, baseUrl } = viewer;
  await page.goto(`${baseUrl}`);
  await page.waitForFunction(() => Boolean((globalThis as unknown as PageWindow).actorgraph?.ready));
  await page.evaluate(() => (globalThis as unknown as PageWindow).actorgraph.ready);
  await settle(page);
}

/** Colour, relation type and origin of every edge drawn. */
function drawnEdges() {
  return viewer.page.evaluate(() =>
    (globalThis as unknown as PageWindow).actorgraph.graph.mapEdges((_key, attributes) => ({
      colour: String(attributes.color),
      relation: String(attributes.relation),
      origin: String(attributes.origin),
    })),
  );
}

/** The colours drawn for each side (and origin), e.g. "verbal-conflict|icews" -> {#c0392b-ish}. */
function coloursBySide(edges: Awaited<ReturnType<typeof drawnEdges>>, sideOf: Map<string, string>) {
  const colours = new Map<string, Set<string>>();
  for (const edge of edges) {
    const side = sideOf.get(edge.relation);
    if (!side) continue;
    const key = `${side}|${edge.origin}`;
    colours.set(key, (colours.get(key) ?? new Set()).add(edge.colour));
  }
  return colours;
}

describe('the viewer over imported ICEWS events', () => {
  it('when Donald Trump is compared with North Korea, then the dyad shows the month of their ICEWS events by side', async () => {
    const { page } = viewer;
    await open();
    await page.evaluate(() => {
      const app = (globalThis as unknown as { actorgraph: { app: { view: { select(s: unknown): void } } } })
        .actorgraph.app;
      app.view.select({ kind: 'actor', id: 'donald-trump' });
    });
    await settle(page);
    await page.click('[data-testid="dyad-open"]');
    await page.waitForSelector('[data-testid="dyad-view"]:not([hidden])');
    await page.fill('[data-testid="dyad-b"]', 'North Korea');
    await page.click('[data-testid="dyad-b-suggestions"] [role="option"]');
    await page.waitForSelector('[data-testid="dyad-view"][data-state="ready"]');

    const dyad = await getJson<Dyad>('/api/dyad?a=donald-trump&b=north-korea');
    const june = dyad.periods.find((period) => period.period === '2018-06');
    const imported = june?.counts.filter((count) => count.origin === 'icews') ?? [];
    expect(imported.length).toBeGreaterThan(0);
    const bar = '[data-testid="dyad-chart"] .dyad-bar[data-period="2018-06"][data-row="unchecked"]';
    expect(Number(await page.getAttribute(bar, 'data-claims'))).toBe(
      imported.reduce((sum, count) => sum + count.claims, 0),
    );
    // Each side of their June events is a segment of the bar, in that side's colour.
    const meta = await getJson<Meta>('/api/meta');
    const sideColour = new Map(meta.sides.map((side) => [side.side, side.colour]));
    const segments = await page.$$eval(`${bar} rect`, (rects) =>
      rects.map((rect) => [rect.getAttribute('data-key') ?? '', rect.getAttribute('fill') ?? '']),
    );
    const sides = new Set(imported.map((count) => count.side));
    expect(sides).toEqual(new Set(['verbal-cooperation', 'verbal-conflict']));
    expect(new Set(segments.map(([key]) => key))).toEqual(sides);
    for (const [key, fill] of segments) expect(fill).toBe(sideColour.get(key ?? ''));
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-imported-dyad.png') });
    expect(viewer.errors).toEqual([]);
  }, 150_000);

  it('when edges are coloured by side, then the imported events draw one colour per side', async () => {
    const { page } = viewer;
    await open();
    const meta = await getJson<Meta>('/api/meta');
    const sideOf = new Map(
      meta.relations.flatMap((relation) => (relation.event ? [[relation.type, relation.event.side]] : [])),
    ) as Map<string, string>;
    const byType = coloursBySide(await drawnEdges(), sideOf);
    // By type, one side of the imported events takes several colours (CONSULTS and NEGOTIATES_WITH differ).
    expect(Math.max(...[...byType.values()].map((colours) => colours.size))).toBeGreaterThan(1);

    await page.selectOption('[data-testid="edge-colour-by"]', 'side');
    await settle(page);
    const bySide = coloursBySide(await drawnEdges(), sideOf);
    const icews = [...bySide].filter(([key]) => key.endsWith('|icews'));
    expect(icews.length).toBeGreaterThan(1);
    for (const [, colours] of bySide) expect(colours.size).toBe(1);
    const distinct = new Set(icews.map(([, colours]) => [...colours][0]));
    expect(distinct.size).toBe(icews.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-imported-sides.png') });
    expect(viewer.errors).toEqual([]);
  }, 150_000);

  it('when meta lists only some sources, then claims still show their titles, asked for in batches, and the filter finds the others', async () => {
    const { page } = viewer;
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/sources') asked.push(request.url());
    });
    await open();
    const meta = await getJson<Meta>('/api/meta');
    expect(meta.sourcesTruncated).toBe(true);
    expect(meta.sources).toHaveLength(META_SOURCES);
    const listed = new Set(meta.sources.map((source) => source.id));

    // Donald Trump's claims cite ICEWS stories meta does not list: their titles come in one batch.
    await page.evaluate(() => {
      const app = (globalThis as unknown as { actorgraph: { app: { view: { select(s: unknown): void } } } })
        .actorgraph.app;
      app.view.select({ kind: 'actor', id: 'donald-trump' });
    });
    await settle(page);
    const lines = '[data-testid="details-panel"] .claim-source';
    await page.waitForSelector(lines);
    await page.waitForSelector(`${lines}:not([data-source-known="true"])`, { state: 'detached' });
    const shown = await page.$$eval(`${lines} .source-title`, (titles) =>
      titles.map((title) => [title.getAttribute('data-source') ?? '', title.textContent ?? '']),
    );
    const unlisted = shown.filter(([id]) => !listed.has(id ?? ''));
    expect(unlisted.length).toBeGreaterThan(1);
    const [sourceId = '', title] = unlisted[0] ?? [];
    const { sources } = await getJson<SourcePage>(`/api/sources?ids=${sourceId}`);
    expect(title).toBe(sources[0]?.title);
    expect(title).toMatch(/^ICEWS story \d+ \(/);
    // Asked for together (the overview's at the first draw, then the actor's), each id once.
    const idsAsked = asked
      .map((url) => new URL(url).searchParams.get('ids'))
      .filter((ids): ids is string => ids !== null)
      .map((ids) => ids.split(','));
    expect(idsAsked.length).toBeGreaterThan(0);
    expect(idsAsked.length).toBeLessThanOrEqual(2);
    const everyId = idsAsked.flat();
    expect(new Set(everyId).size).toBe(everyId.length);
    for (const [id] of unlisted) expect(everyId).toContain(id);

    // The Sources filter lists meta's few and finds that story by its number; unticked, its claims are hidden.
    await page.click('details:has([data-testid="filter-sources"]) > summary');
    await expect(page.textContent('[data-testid="filter-sources-note"]')).resolves.toContain(
      `${META_SOURCES} of ${meta.counts.sources.toLocaleString('en')} sources listed`,
    );
    expect(await page.$$('[data-testid="filter-sources"] li')).toHaveLength(META_SOURCES);
    const story = sourceId.replace('icews-story-', '');
    await page.fill('[data-testid="filter-sources-search"]', story);
    const found = `[data-testid="filter-sources-found"] input[value="${sourceId}"]`;
    await page.waitForSelector(found);
    await page.uncheck(found);
    await settle(page);
    const hidden = await page.evaluate(
      () => (globalThis as unknown as PageWindow).actorgraph.state.filters.hiddenSources,
    );
    expect(hidden).toEqual([sourceId]);
    const cited = await page.evaluate(() =>
      (globalThis as unknown as PageWindow).actorgraph.graph.mapEdges(
        (_key, attributes) => attributes.sourceId,
      ),
    );
    expect(cited).not.toContain(sourceId);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-imported-sources.png') });
    expect(viewer.errors).toEqual([]);
  }, 150_000);
});
