// Curating in the browser, against the real server, Neo4j and files: a Voice of America story is added, its
// candidates reviewed (accepted, edited, rejected, one added from a selection, a new actor merged into a known one)
// and saved into a temporary copy of data/; the graph, the files, a reload, a second page's stale save and a server
// with curation off are checked.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { CURATED_DATA } from '../support/test-app';
import { openViewer, settle, type PageWindow } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

const ROOT = path.resolve(__dirname, '..', '..');
const STORY = path.join(ROOT, 'tests', 'fixtures', 'voa-story', 'voa-8005899.txt');
const SOURCE_ID = 'voice-of-america-2025-03-10-rubio-in-saudi-arabia-for-us';
const SELECTED = 'Rubio’s second visit to Saudi Arabia';
/** The registry knows the crown prince under another name: the analyst merges the proposed actor into it. */
const CROWN_PRINCE = [
  '  - id: saudi-crown-prince',
  '    name: Crown Prince of Saudi Arabia',
  '    kind: person',
  '    country: SAU',
  '',
].join('\n');

let viewer: Viewer;
let dataDir: string;
let story: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-curate-e2e-'));
  await cp(CURATED_DATA, dataDir, { recursive: true });
  const actors = path.join(dataDir, 'actors.yaml');
  await import('node:fs/promises').then(async (fs) =>
    fs.writeFile(actors, `${await fs.readFile(actors, 'utf8')}${CROWN_PRINCE}`),
  );
  story = await readFile(STORY, 'utf8');
  viewer = await startViewer(dataDir, { curation: { enabled: true } });
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

/** Opens the add-article screen, pastes the story with its details and waits for the candidates. */
async function extractStory(page: Page): Promise<void> {
  await page.getByTestId('add-article').click();
  await page.getByTestId('article-text').fill(story);
  await page.getByTestId('article-title').fill(story.split('\n')[0]!);
  await page.getByTestId('article-publisher').fill('Voice of America');
  await page.getByTestId('article-published').fill('2025-03-10');
  await page
    .getByTestId('article-url')
    .fill(
      'https://www.voanews.com/a/rubio-in-saudi-arabia-for-us-ukraine-talks-hopes-to-resolve-ukraine-aid-pause/8005899.html',
    );
  await page.getByTestId('extract-run').click();
  await page.getByTestId('candidate').first().waitFor();
}

/** The candidate from one actor to another (their ids), e.g. marco-rubio -> united-states. */
const candidate = (page: Page, from: string, to: string) =>
  page.locator(
    `[data-testid="candidate"]:has(.candidate-actors [data-actor="${from}"] + .candidate-arrow + [data-actor="${to}"])`,
  );

/** Selects `phrase` in paragraph `paragraph` of the article, as a mouse would, and releases the button. */
async function selectInArticle(page: Page, paragraph: number, phrase: string): Promise<void> {
  // Written as page code (the tests' own TypeScript knows no DOM).
  const selected = await page.evaluate(`(() => {
    const root = document.querySelector('[data-paragraph="${paragraph}"] .paragraph-text');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(${JSON.stringify(phrase)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${phrase.length});
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  })()`);
  expect({ phrase, selected }).toEqual({ phrase, selected: true });
}

const readData = (file: string) => readFile(path.join(dataDir, file), 'utf8');

function ingestCheck(dir: string): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', '--check', dir], {
    cwd: ROOT,
  });
}

describe('curating an article in the browser', () => {
  it('when a VOA story is reviewed and saved, then the graph, the files and a reload hold exactly the reviewed claims, and a stale second page is refused', async () => {
    const { page } = viewer;
    await openViewer(page, viewer.baseUrl);
    await extractStory(page);

    // A second page reviews the same story from the same versions of the files.
    const second = await viewer.context.newPage();
    await openViewer(second, viewer.baseUrl);
    await extractStory(second);
    await candidate(second, 'marco-rubio', 'united-states').getByTestId('candidate-accept').click();

    // Accept two: one with its button, one with the keyboard.
    await candidate(page, 'marco-rubio', 'united-states').getByTestId('candidate-accept').click();
    await candidate(page, 'volodymyr-zelenskyy', 'ukraine').click();
    await page.keyboard.press('a');
    // Edit one: the crown prince's tie to Saudi Arabia, summarised in the analyst's words.
    await candidate(page, 'mohammed-bin-salman', 'saudi-arabia').getByTestId('candidate-edit').click();
    await page.getByTestId('claim-summary').fill('Mohammed bin Salman is the crown prince of Saudi Arabia.');
    await page.getByTestId('claim-form-done').click();
    // Reject two: one with its button, one with the keyboard.
    await candidate(page, 'mike-waltz', 'united-states').getByTestId('candidate-reject').click();
    await candidate(page, 'marco-rubio', 'canada').click();
    await page.keyboard.press('r');
    // Add a claim the extractor does not propose (the host's side of the visit), from words selected in the text.
    await selectInArticle(page, 2, SELECTED);
    await page.getByTestId('add-claim-from-selection').click();
    await page.getByTestId('claim-type').selectOption('HOSTS');
    await page.getByTestId('claim-from').selectOption('saudi-arabia');
    await page.getByTestId('claim-to').selectOption('marco-rubio');
    await page.getByTestId('claim-date').fill('2025-03-10');
    await page.getByTestId('claim-form-done').click();
    // The proposed crown prince is the registry's, under another name.
    const prince = page.locator('[data-testid="review-actor"][data-actor="mohammed-bin-salman"]');
    await prince.getByTestId('actor-merge-search').fill('Crown Prince');
    await prince.locator('.suggestion[data-id="saudi-crown-prince"]').click();
    await page.locator('[data-testid="review-actor"].merged[data-actor="mohammed-bin-salman"]').waitFor();
    await expect(page.getByTestId('review-counts').innerText()).resolves.toMatch(/^4 accepted · 2 rejected/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-curate-review.png') });

    const saved = page.waitForResponse((response) => response.url().endsWith('/api/sources'));
    await page.getByTestId('save-article').click();
    const answer = await saved;
    // The server's refusal, if any, is shown whole: it names the field.
    expect({ status: answer.status(), refusal: answer.ok() ? null : await answer.text() }).toEqual({
      status: 200,
      refusal: null,
    });
    await page.getByTestId('review-screen').waitFor({ state: 'detached' });
    await settle(page);

    // The files: exactly the four reviewed claims, curated, the merged actor's name an alias; the folder validates.
    const file = parse(await readData(`sources/${SOURCE_ID}.yaml`));
    const claims = file.claims as Array<Record<string, unknown>>;
    expect(claims.map((claim) => [claim.type, claim.from, claim.to, claim.date, claim.origin])).toEqual([
      ['AFFILIATED_WITH', 'marco-rubio', 'united-states', '2025-03-10', 'curated'],
      ['AFFILIATED_WITH', 'saudi-crown-prince', 'saudi-arabia', '2025-03-10', 'curated'],
      ['LEADS', 'volodymyr-zelenskyy', 'ukraine', '2025-03-10', 'curated'],
      ['HOSTS', 'saudi-arabia', 'marco-rubio', '2025-03-10', 'curated'],
    ]);
    expect(claims[1]?.summary).toBe('Mohammed bin Salman is the crown prince of Saudi Arabia.');
    expect(claims[3]?.evidence).toEqual({ paragraph: 2, quote: SELECTED });
    expect(file.source).toMatchObject({ publisher: 'Voice of America', published: '2025-03-10' });
    expect(await readData(`sources/${SOURCE_ID}.txt`)).toBe(story.endsWith('\n') ? story : `${story}\n`);
    const actors = parse(await readData('actors.yaml')).actors as Array<Record<string, unknown>>;
    // The proposed actor's name and the abbreviation the story introduced become the known actor's aliases.
    expect(actors.find((actor) => actor.id === 'saudi-crown-prince')?.aliases).toEqual([
      'Mohammed bin Salman',
      'MBS',
    ]);
    expect(actors.map((actor) => actor.id)).toEqual(
      expect.arrayContaining(['marco-rubio', 'saudi-arabia', 'volodymyr-zelenskyy', 'ukraine']),
    );
    expect(actors.map((actor) => actor.id)).not.toContain('mohammed-bin-salman');
    expect(actors.map((actor) => actor.id)).not.toContain('mike-waltz');
    expect((await ingestCheck(dataDir)).stdout).toMatch(/is valid/);

    // The graph draws them, curated, with their evidence; a claim's panel quotes its words.
    const ids = claims.map((claim) => claim.id as string);
    const drawn = () =>
      page.evaluate(
        (keys) =>
          keys.map((key) => {
            const { graph, data } = (globalThis as unknown as PageWindow).actorgraph;
            if (!graph.edges().includes(key)) return null;
            const { origin, quote, paragraph } = data.getEdgeAttributes(key);
            return { origin, quote, paragraph };
          }),
        ids,
      );
    const expected = claims.map((claim) => ({ origin: 'curated', ...(claim.evidence as object) }));
    await expect(drawn()).resolves.toEqual(expected);
    await openViewer(page, viewer.baseUrl, `claim=${ids[3]}`);
    await expect(page.locator('.details').innerText()).resolves.toContain(SELECTED);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-curate-saved-claim.png') });

    // A reload keeps them.
    await openViewer(page, viewer.baseUrl);
    await expect(drawn()).resolves.toEqual(expected);

    // The second page read actors.yaml before the save: its save is refused with 409 and says what changed.
    const stale = second.waitForResponse((response) => response.url().endsWith('/api/sources'));
    await second.getByTestId('save-article').click();
    expect((await stale).status()).toBe(409);
    await expect(second.getByTestId('save-error').innerText()).resolves.toMatch(
      /actors\.yaml changed since it was read: .*actor saudi-crown-prince changed/,
    );
    await second.screenshot({ path: path.join(ARTIFACTS, 'viewer-curate-conflict.png') });
    await second.close();
    expect(viewer.errors.filter((error) => !/409/.test(error))).toEqual([]);
  }, 240_000);
});

describe('correcting after the fact', () => {
  it('when a saved claim is edited and another retracted from their cards, then the file holds the new summary, no longer the retracted claim, and still validates', async () => {
    const { page } = viewer;
    page.on('dialog', (dialog) => void dialog.accept());
    const file = () => readData(`sources/${SOURCE_ID}.yaml`);
    const ids = (parse(await file()).claims as Array<{ id: string }>).map((claim) => claim.id);
    await openViewer(page, viewer.baseUrl, `claim=${ids[0]}`);
    await page.locator(`.details [data-claim="${ids[0]}"] [data-testid="claim-edit"]`).first().click();
    await page.getByTestId('claim-summary').fill('Marco Rubio is the US Secretary of State.');
    await page.getByTestId('claim-form-done').click();
    await page.getByTestId('claim-edit-dialog').waitFor({ state: 'detached' });
    await settle(page);
    expect(parse(await file()).claims[0].summary).toBe('Marco Rubio is the US Secretary of State.');

    await openViewer(page, viewer.baseUrl, `claim=${ids[2]}`);
    const retracted = page.waitForResponse((response) => response.request().method() === 'DELETE');
    await page.locator(`.details [data-claim="${ids[2]}"] [data-testid="claim-retract"]`).first().click();
    expect((await retracted).status()).toBe(200);
    await settle(page);
    expect((parse(await file()).claims as Array<{ id: string }>).map((claim) => claim.id)).toEqual(
      ids.filter((id) => id !== ids[2]),
    );
    expect((await ingestCheck(dataDir)).stdout).toMatch(/is valid/);
  }, 120_000);
});

describe('a viewer whose server does not curate', () => {
  let readOnly: Viewer;

  beforeAll(async () => {
    readOnly = await startViewer(dataDir, { curation: { enabled: false } });
  }, 180_000);

  afterAll(async () => {
    await readOnly?.close();
  });

  it('when curation is off, then the review screen is hidden and every write from the page is refused', async () => {
    const { page } = readOnly;
    await openViewer(page, readOnly.baseUrl);
    await expect(page.getByTestId('add-article').count()).resolves.toBe(0);
    const statuses = await page.evaluate(async () => {
      const send = (method: string, url: string, body: unknown) =>
        fetch(url, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then(async (response) => [
          response.status,
          ((await response.json()) as { error: { code: string } }).error.code,
        ]);
      return Promise.all([
        send('POST', '/api/extract', { text: 'Kim met Xi in Beijing on Monday, officials said.' }),
        send('POST', '/api/sources', { source: { id: 'x' }, text: 'x', claims: [] }),
        send('PATCH', '/api/claims/kim-jong-un-visits-china-2018-05-second', { claim: { summary: 'x' } }),
        send('DELETE', '/api/claims/kim-jong-un-visits-china-2018-05-second', {}),
        send('POST', '/api/actors/xi-jinping/merge', { into: 'kim-jong-un' }),
      ]);
    });
    expect(statuses).toEqual(Array(5).fill([403, 'curation_off']));
  });
});
