// The Cypher console in a real browser: every example draws its graph and table; errors and completions in place.
import path from 'node:path';
import { openViewer, rendered, settle, viewState } from './support/page-api';
import { ARTIFACTS, startViewer, type Viewer } from './support/viewer';

let viewer: Viewer;

beforeAll(async () => {
  viewer = await startViewer();
}, 180_000);

afterAll(async () => {
  await viewer?.close();
});

async function openConsole(): Promise<void> {
  const { page } = viewer;
  await openViewer(page, viewer.baseUrl);
  await page.getByTestId('console-open').click();
  await page.locator('[data-testid="cypher-editor"][data-ready="true"]').waitFor();
}

async function typeQuery(text: string): Promise<void> {
  const content = viewer.page.locator('[data-testid="cypher-editor"] .cm-content');
  await content.click();
  await viewer.page.keyboard.press('Control+A');
  await viewer.page.keyboard.press('Delete');
  await content.pressSequentially(text);
}

describe('the Cypher console', () => {
  it('when the neighbourhood example runs, then its graph is drawn and its rows are listed', async () => {
    const { page } = viewer;
    await openConsole();
    await page.getByTestId('cypher-example-neighbourhood-of-an-actor').click();
    await page.locator('[data-testid="cypher-editor"] .cm-content', { hasText: 'xi-jinping' }).waitFor();
    await page.getByTestId('cypher-run').click();
    await page.locator('[data-testid="cypher-results"][data-state="done"]').waitFor();
    await settle(page);
    expect((await viewState(page)).scope.kind).toBe('query');
    const graph = await rendered(page);
    expect(graph.nodes).toContain('xi-jinping');
    expect(graph.order).toBeGreaterThan(2);
    await expect(page.locator('.results-table tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('cypher-summary').innerText()).resolves.toMatch(/drawn: \d+ nodes/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-console-query.png') });
  });

  it('when each example runs, then it draws a graph, and its button is titled by its first comment', async () => {
    const { page } = viewer;
    await openConsole();
    const buttons = page.locator('[data-testid^="cypher-example-"]');
    const ids = await buttons.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-testid') ?? ''),
    );
    expect(ids).toHaveLength(4);
    const drawn: Record<string, number> = {};
    for (const id of ids) {
      const button = page.getByTestId(id);
      const title = await button.innerText();
      // A title of words from the file's first comment line, not its file name.
      expect(title).not.toBe(id.replace('cypher-example-', ''));
      expect(title).toMatch(/^[A-Z]\w* \w+/);
      await expect(button.getAttribute('title')).resolves.toMatch(/\w{4,}/);
      await button.click();
      await page.getByTestId('cypher-run').click();
      await page.locator('[data-testid="cypher-results"][data-state="done"]').waitFor();
      await settle(page);
      drawn[id] = (await rendered(page)).order;
      await page.screenshot({ path: path.join(ARTIFACTS, `viewer-console-${id}.png`) });
    }
    for (const id of ids) expect([id, drawn[id]! > 0]).toEqual([id, true]);
  });

  it('when a table-only query runs, then its rows are listed and the graph stays', async () => {
    const { page } = viewer;
    await openConsole();
    const before = await rendered(page);
    await typeQuery('MATCH (a:Actor)-[m:MEETS]->(b:Actor) RETURN a.name AS actor, b.name AS met');
    await page.keyboard.press('Escape');
    await page.getByTestId('cypher-run').click();
    await page.locator('[data-testid="cypher-results"][data-state="done"]').waitFor();
    await expect(page.locator('.results-table th').allInnerTexts()).resolves.toEqual(['actor', 'met']);
    expect((await rendered(page)).order).toBe(before.order);
  });

  it('when a query runs while completions are offered, then the completion popup closes', async () => {
    const { page } = viewer;
    await openConsole();
    await typeQuery('MATCH (a:Actor) RETURN a, a.na');
    const popup = page.locator('.cm-tooltip-autocomplete');
    await popup.waitFor({ timeout: 5000 });
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="cypher-results"][data-state="done"]').waitFor();
    await expect(popup.count()).resolves.toBe(0);
  });

  it('when a query has a syntax error, then the error and its line and column show in place', async () => {
    const { page } = viewer;
    await openConsole();
    await typeQuery('MATCH (a:Actor) RETRN a');
    await page.getByTestId('cypher-run').click();
    const error = page.getByTestId('cypher-error');
    await error.waitFor();
    await expect(error.innerText()).resolves.toMatch(/Syntax error/);
    await expect(error.innerText()).resolves.toMatch(/line 1, column \d+/);
  });

  it('when a query would write, then the console says it only reads', async () => {
    const { page } = viewer;
    await openConsole();
    await typeQuery("CREATE (:Actor {id: 'intruder'})");
    await page.getByTestId('cypher-run').click();
    const text = await page.getByTestId('cypher-error').innerText();
    expect(text).toMatch(/only reads/);
    expect(text.match(/Refused/g)).toHaveLength(1);
  });
});
