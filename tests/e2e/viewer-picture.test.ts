// The first picture of the curated graph: what is drawn, how parallel claims are bundled, labels and edge targets.
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

beforeEach(async () => {
  await openViewer(viewer.page, viewer.baseUrl);
});

/** The curated actors no claim mentions. */
const WITHOUT_CLAIMS = ['kctv', 'news-1', 'yonhap-news'];

describe('the first picture of the curated graph', () => {
  it('when the page opens, then actors without claims are hidden, and the display option shows them', async () => {
    const { page } = viewer;
    const drawn = await rendered(page);
    expect(drawn.nodes.filter((node) => WITHOUT_CLAIMS.includes(node))).toEqual([]);
    await expect(page.getByTestId('isolated-count').innerText()).resolves.toBe('3 hidden');
    await page.getByTestId('show-isolated').check();
    await settle(page);
    expect((await viewState(page)).showIsolated).toBe(true);
    const all = await rendered(page);
    expect(all.nodes).toEqual(expect.arrayContaining(WITHOUT_CLAIMS));
    expect(all.order).toBe(drawn.order + WITHOUT_CLAIMS.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-isolated-shown.png') });
  });
});
