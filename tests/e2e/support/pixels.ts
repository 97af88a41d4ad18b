// Reading pixels of a screenshot in the page itself (a canvas decodes the PNG), to check what was really drawn.
import type { Locator, Page } from 'playwright-core';

/** How many pixels differ from the background, and how many are strongly coloured. */
export interface PixelCount {
  total: number;
  drawn: number;
  coloured: number;
}

// Runs in the page: the root tsconfig has no DOM library, so this is plain JavaScript text.
const COUNT_PIXELS = `async (base64) => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + base64;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const [r0, g0, b0] = [data[0], data[1], data[2]];
  let drawn = 0;
  let coloured = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 30) drawn += 1;
    if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
  }
  return { total: data.length / 4, drawn, coloured };
}`;

/** Screenshots `target` and counts its drawn pixels (the first pixel is taken as the background). */
export async function countPixels(page: Page, target: Locator): Promise<PixelCount> {
  const shot = await target.screenshot();
  return page.evaluate(
    `(${COUNT_PIXELS})(${JSON.stringify(shot.toString('base64'))})`,
  ) as Promise<PixelCount>;
}
