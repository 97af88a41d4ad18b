// The viewer answers an analyst's questions: what Pompeo asserts, what one source says (and only it), and which
// events two sources tell. Expectations come from the data files.
import path from 'node:path';
import type { Corpus } from '../../server/ingest/corpus';
import { readCorpus } from '../../server/ingest/read-corpus';
import { groupCorroborated } from '../../server/model/corroboration';
import { CURATED_DATA } from '../support/test-app';
import { openViewer, settle, viewState, type PageWindow } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

let viewer: Viewer;
let corpus: Corpus;

beforeAll(async () => {
  viewer = await startViewer();
  corpus = await readCorpus(CURATED_DATA);
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

const DONGA = 'donga-pompeo-memoir-kim-china';
/** Pompeo's 2018 visit to North Korea as the Donga article tells it (the Hankyoreh one tells it too). */
const dongaVisit = () =>
  corpus.claims.find(
    (claim) =>
      claim.sourceId === DONGA &&
      claim.type === 'VISITS' &&
      claim.from === 'mike-pompeo' &&
      claim.to === 'north-korea',
  )!;

async function openPompeo(): Promise<void> {
  await openViewer(viewer.page, viewer.baseUrl, 'actor=mike-pompeo');
  await viewer.page.locator('.details-actor[data-actor="mike-pompeo"]').waitFor();
  await settle(viewer.page);
}

describe('the viewer answers who says what', () => {
  it('when Pompeo is selected, then his panel lists every claim he asserts, grouped by whom it is about', async () => {
    const { page } = viewer;
    await openPompeo();
    const expected = corpus.claims.filter((claim) => claim.assertedBy === 'mike-pompeo');
    const section = page.getByTestId('asserted');
    await expect(section.getByTestId('asserted-heading').innerText()).resolves.toBe(
      `Asserts ${expected.length} claims`,
    );
    const listed = await section
      .locator('.claim-card')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-claim')).sort());
    expect(listed).toEqual(expected.map((claim) => claim.id).sort());
    const aboutKim = expected.filter(
      (claim) => claim.from === 'kim-jong-un' || (claim.from === 'mike-pompeo' && claim.to === 'kim-jong-un'),
    );
    await expect(section.locator('[data-about="kim-jong-un"] .claim-card').count()).resolves.toBe(
      aboutKim.length,
    );
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-pompeo-asserts.png') });
    expect(viewer.errors).toEqual([]);
  });

  it('when a source title is clicked, then its panel opens, and "only this source" keeps its claims alone', async () => {
    const { page } = viewer;
    await openViewer(page, viewer.baseUrl);
    await page.locator(`.details-overview .source-link[data-source="${DONGA}"]`).click();
    await page.locator(`.details-source[data-source="${DONGA}"]`).waitFor();
    await settle(page);
    expect((await viewState(page)).selection).toEqual({ kind: 'source', id: DONGA });
    const own = corpus.claims.filter((claim) => claim.sourceId === DONGA);
    await expect(page.locator('.details-source .claim-card').count()).resolves.toBe(own.length);
    await page.getByTestId('only-this-source').click();
    await settle(page);
    const others = corpus.sources.map((source) => source.id).filter((id) => id !== DONGA);
    expect((await viewState(page)).filters.hiddenSources).toEqual(others);
    const drawnSources = await page.evaluate(() => {
      const { graph, data } = (globalThis as unknown as PageWindow).actorgraph;
      return [...new Set(graph.edges().map((edge) => String(data.getEdgeAttributes(edge).sourceId)))];
    });
    expect(drawnSources).toEqual([DONGA]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-source-only.png') });
    await page.getByTestId('all-sources').click();
    await settle(page);
    expect((await viewState(page)).filters.hiddenSources).toEqual([]);
  });

  it('when a claim\'s "in text" is clicked, then the source opens at its paragraph with the quote marked', async () => {
    const { page } = viewer;
    await openPompeo();
    const visit = dongaVisit();
    await page
      .locator(`.details-actor .claim-card[data-claim="${visit.id}"]`)
      .first()
      .getByTestId('show-in-text')
      .click();
    await page.locator(`.details-source[data-source="${DONGA}"]`).waitFor();
    const focused = page.getByTestId('focused-paragraph');
    await expect(focused.getAttribute('data-paragraph')).resolves.toBe(String(visit.evidence?.paragraph));
    await expect(focused.getByTestId('quote-mark').innerText()).resolves.toBe(visit.evidence?.quote);
    await expect(focused.locator('.paragraph-mark').getAttribute('title')).resolves.toBe(
      `Paragraph ${visit.evidence?.paragraph} of the article, headline = 1`,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-evidence-in-context.png') });
  });

  it("when Pompeo's visit to North Korea is read, then it is reported by 2 sources with each one's wording, and listed among corroborated events", async () => {
    const { page } = viewer;
    await openPompeo();
    const visit = dongaVisit();
    const card = page.locator(`.details-actor .claim-card[data-claim="${visit.id}"]`).first();
    const corroboration = card.getByTestId('corroboration');
    await expect(corroboration.locator('.corroboration-title').innerText()).resolves.toBe(
      'reported by 2 sources',
    );
    const titles = await corroboration.locator('.source-link').allInnerTexts();
    expect(titles.sort()).toEqual(corpus.sources.map((source) => source.title).sort());
    await expect(corroboration.innerText()).resolves.toContain(visit.evidence!.quote!);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-corroborated-claim.png') });

    await openViewer(page, viewer.baseUrl);
    await page.getByTestId('show-corroborated').click();
    await settle(page);
    expect((await viewState(page)).selection).toEqual({ kind: 'events' });
    const event = page.locator(`[data-testid="event"]`, { has: page.locator(`[data-claim="${visit.id}"]`) });
    await expect(event.locator('.claim-card').count()).resolves.toBe(2);
    const corroborated = groupCorroborated(
      corpus.claims.map((claim) => ({ ...claim, date: claim.date ?? null })),
    );
    await expect(page.getByTestId('event').count()).resolves.toBe(
      corroborated.filter((group) => group.sourceIds.length >= 2).length,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-corroborated-events.png') });
    expect(viewer.errors).toEqual([]);
  });
});
