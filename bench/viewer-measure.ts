// One page load in headless Chromium: time from navigation to the first drawn frame, then frames per second
// while the mouse drags the graph around. The same for the viewer and for the bare Sigma page.
import type { Browser, Page } from 'playwright-core';
import { VIEWER_SETTINGS } from '../client/config';

export interface PageRun {
  /** Navigation start to the frame after the first render of a non-empty graph (performance mark). */
  firstFrameMs: number;
  /** Frames sigma rendered per second while panning. */
  panFps: number;
}

const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT_MS = Number(process.env.VB_TIMEOUT ?? 300_000);

/** The page's sigma (the viewer exposes it on window.actorgraph, the bare page on window.sigma). */
const SIGMA_OF_PAGE = `(window.actorgraph ? window.actorgraph.sigma : window.sigma)`;

async function firstFrame(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const mark = VIEWER_SETTINGS.firstFrameMark;
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 50,
  });
  return (await page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(mark)})[0].startTime`,
  )) as number;
}

/**
 * Pans the camera around a circle, one step per animation frame, for `seconds` (and at least 3 frames), and
 * counts sigma's renders.
 * (The camera is driven in the page: mouse moves sent from here would each make sigma read a pixel back for
 * hover picking, which under software WebGL waits for the whole previous frame to be rasterised.)
 */
function panFps(page: Page, seconds: number): Promise<number> {
  return page.evaluate(`(async () => {
    if (window.actorgraph) await window.actorgraph.idle();
    const sigma = ${SIGMA_OF_PAGE};
    const camera = sigma.getCamera();
    const home = camera.getState();
    let frames = 0;
    const count = () => { frames += 1; };
    sigma.on('afterRender', count);
    const start = performance.now();
    await new Promise((resolve) => {
      const step = () => {
        const t = (performance.now() - start) / 1000;
        const angle = t * Math.PI;
        camera.setState({ x: home.x + 0.15 * Math.cos(angle) * home.ratio, y: home.y + 0.15 * Math.sin(angle) * home.ratio });
        // At least a few frames, however slow they are (software WebGL), but never more than a minute.
        if ((t < ${seconds} || frames < 3) && t < 60) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const elapsed = performance.now() - start;
    sigma.off('afterRender', count);
    return (frames * 1000) / elapsed;
  })()`) as Promise<number>;
}

/** Opens `url` in a fresh context (empty cache), measures the first frame, then panning. */
export async function measurePage(browser: Browser, url: string, panSeconds: number): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  try {
    const firstFrameMs = await firstFrame(page, url).catch((error: unknown) => {
      throw new Error(`${url}: no first frame (${[...errors, ...logged].join('; ') || String(error)})`);
    });
    const fps = await panFps(page, panSeconds);
    if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
    return { firstFrameMs, panFps: fps };
  } finally {
    await context.close();
  }
}
