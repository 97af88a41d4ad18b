// One page load in headless Chromium: time from navigation to the first drawn frame, then frames per second
// while the mouse drags the graph around. The same for the viewer and for the bare Sigma page.
import type { Browser, Page } from 'playwright-core';
import { VIEWER_SETTINGS } from '../client/config';

export interface PageRun {
  /** Navigation start to the frame after the first render of a non-empty graph (performance mark). */
  firstFrameMs: number;
  /** Frames sigma rendered per second while panning (the camera moved every animation frame). */
  panFps: number;
  /** Frames sigma rendered per second while the mouse drags the graph, as a user pans. */
  dragFps: number;
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

/**
 * Drags the graph with the mouse around a circle for `seconds` (and at least 3 frames), as a user pans, and
 * counts sigma's renders. Unlike `panFps`, sigma knows the camera is being moved (its `hideEdgesOnMove` and
 * `hideLabelsOnMove` settings apply), and each mouse move makes it read the pixel under the mouse back for
 * hovering, as it does for a user.
 */
async function dragFps(page: Page, seconds: number): Promise<number> {
  const stage = (await page.evaluate(`(async () => {
    if (window.actorgraph) await window.actorgraph.idle();
    const sigma = ${SIGMA_OF_PAGE};
    const box = sigma.getContainer().getBoundingClientRect();
    window.__benchFrames = 0;
    window.__benchCount = () => { window.__benchFrames += 1; };
    sigma.on('afterRender', window.__benchCount);
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, r: Math.min(box.width, box.height) / 6 };
  })()`)) as { x: number; y: number; r: number };
  const frames = () => page.evaluate('window.__benchFrames') as Promise<number>;
  await page.mouse.move(stage.x + stage.r, stage.y);
  await page.mouse.down();
  const start = performance.now();
  let step = 0;
  for (;;) {
    const elapsed = (performance.now() - start) / 1000;
    if (elapsed >= 60 || (elapsed >= seconds && (await frames()) >= 3)) break;
    step += 1;
    const angle = step * 0.15;
    await page.mouse.move(stage.x + stage.r * Math.cos(angle), stage.y + stage.r * Math.sin(angle));
  }
  const counted = await frames();
  const elapsed = performance.now() - start;
  await page.mouse.up();
  await page.evaluate(`${SIGMA_OF_PAGE}.off('afterRender', window.__benchCount)`);
  return (counted * 1000) / elapsed;
}

/** Opens `url` in a fresh context (empty cache), measures the first frame, then panning both ways. */
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
    const drag = await dragFps(page, panSeconds);
    if (errors.length > 0) throw new Error(`${url} threw: ${errors.join('; ')}`);
    return { firstFrameMs, panFps: fps, dragFps: drag };
  } finally {
    await context.close();
  }
}
