// The viewer speaks the vocabulary: families in the legend, edges by side, arrowless symmetric claims, origins.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openViewer, rendered, settle, viewState, type PageWindow } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';
import { CURATED_DATA } from '../support/test-app';
import { vocabulary } from '../../server/services/meta-service';

/** Two events imported from ICEWS between actors of the curated data. */
const IMPORTED = `source:
  id: icews-2019-01-08
  title: ICEWS events of 2019-01-08
  publisher: ICEWS
  published: 2019-01-08
  authors: []
  origin: icews
claims:
  - id: icews-40000001
    type: CONSULTS
    from: china
    to: north-korea
    date: 2019-01-08
    certainty: fact
    summary: China consults North Korea.
    origin: icews
    provenance:
      eventId: '40000001'
      cameo: '040'
      cameoLabel: Consult, not specified below
      goldstein: 1
      place: Beijing
  - id: icews-40000002
    type: THREATENS
    from: north-korea
    to: united-states
    date: 2019-01-08
    certainty: fact
    summary: North Korea threatens the United States.
    origin: icews
    provenance:
      eventId: '40000002'
      cameo: '130'
      cameoLabel: Threaten, not specified below
      goldstein: -4.4
`;
const IMPORTED_CLAIMS = ['icews-40000001', 'icews-40000002'];

const meta = vocabulary();
const sideOf = new Map(meta.relations.map((r) => [r.type, r.event?.side]));
const symmetric = new Set(meta.relations.filter((r) => r.symmetric).map((r) => r.type));

let viewer: Viewer;

beforeAll(async () => {
  const corpus = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-vocabulary-'));
  await cp(CURATED_DATA, corpus, { recursive: true });
  await writeFile(path.join(corpus, 'sources', 'icews-2019-01-08.yaml'), IMPORTED);
  viewer = await startViewer(corpus);
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

beforeEach(async () => {
  await openViewer(viewer.page, viewer.baseUrl);
});

/** Every rendered claim: its relation type, colour, sigma program and origin. */
function renderedEdges() {
  return viewer.page.evaluate(() =>
    (globalThis as unknown as PageWindow).actorgraph.graph.mapEdges((key, attributes) => ({
      key,
      relation: String(attributes.relation),
      color: String(attributes.color),
      type: String(attributes.type),
      origin: String(attributes.origin),
    })),
  );
}

describe('the viewer and the vocabulary', () => {
  it('when the page opens, then the legend groups the relation types by family', async () => {
    const families = await viewer.page
      .locator('[data-testid="legend-families"] .family-group')
      .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-family')));
    expect(families).toEqual(['event', 'stance', 'tie', 'intent']);
    await expect(
      viewer.page.locator('.family-group[data-family="event"] input[value="MEETS"]').count(),
    ).resolves.toBe(1);
  });

  it('when edges are coloured by side, then each event takes its side colour and the picture changes', async () => {
    const { page } = viewer;
    const before = new Map((await renderedEdges()).map((edge) => [edge.key, edge.color]));
    await page.getByTestId('edge-colour-by').selectOption('side');
    await settle(page);
    expect((await viewState(page)).edgeColourBy).toBe('side');
    const after = await renderedEdges();
    const meeting = after.find((edge) => edge.relation === 'MEETS' && edge.origin === 'curated');
    const side = meta.sides.find((item) => item.side === sideOf.get('MEETS'));
    expect(meeting?.color).toBe(side?.colour);
    expect(after.filter((edge) => before.get(edge.key) !== edge.color).length).toBeGreaterThan(
      after.length / 2,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-edges-by-side.png') });
  });

  it('when a symmetric claim is drawn, then it has no arrowhead, while a directed one has', async () => {
    const edges = await renderedEdges();
    const symmetricTypes = new Set(edges.filter((edge) => symmetric.has(edge.relation)).map((e) => e.type));
    const directedTypes = new Set(edges.filter((edge) => !symmetric.has(edge.relation)).map((e) => e.type));
    expect(edges.some((edge) => edge.relation === 'MEETS')).toBe(true);
    expect([...symmetricTypes].every((type) => type === 'line' || type === 'curvedLine')).toBe(true);
    expect([...directedTypes].every((type) => type === 'arrow' || type === 'curvedArrow')).toBe(true);
  });

  it('when imported claims are hidden by origin, then they leave the graph and curated ones stay', async () => {
    const { page } = viewer;
    const shown = (await rendered(page)).edges;
    expect(shown).toEqual(expect.arrayContaining(IMPORTED_CLAIMS));
    await page.locator('[data-testid="filter-origins"] input[value="icews"]').uncheck();
    await settle(page);
    expect((await viewState(page)).filters.hiddenOrigins).toEqual(['icews']);
    const after = (await rendered(page)).edges;
    expect(after.filter((edge) => IMPORTED_CLAIMS.includes(edge))).toEqual([]);
    expect(after.length).toBe(shown.length - IMPORTED_CLAIMS.length);
  });

  it("when an imported claim is opened, then its card says it is unchecked and shows the event's provenance", async () => {
    const { page } = viewer;
    await openViewer(page, viewer.baseUrl, 'claim=icews-40000002');
    const card = page.locator('.claim-card[data-claim="icews-40000002"]').first();
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Imported from ICEWS, not checked by a person');
    expect(text).toContain('40000002');
    expect(text).toContain('130 · Threaten, not specified below');
    expect(text).toContain('-4.4');
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-imported-claim.png') });
    expect(viewer.errors).toEqual([]);
  });
});
