// The PNG export: sigma's layers drawn by @sigma/export-image at a chosen scale, a legend on the right, a Title.
import { drawOnCanvas } from '@sigma/export-image';
import type { ActorSigma } from '../render/sigma-view';
import type { Legend, LegendEntry } from './legend';
import { withTextChunks } from './png-text';

const LEGEND_WIDTH = 260;
const FONT = '"Inter", "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** Texts printed on the image besides the legend entries; the title also goes into the PNG's Title. */
export interface PngCaption {
  title: string;
  lines: string[];
}

/** How many image pixels per screen pixel (of a screen at pixel ratio 1) by default. */
export const DEFAULT_PNG_SCALE = 2;

/** Splits a text into lines no wider than `width` as the context measures them. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Runs `draw` while the page reports `ratio` pixels per CSS pixel, so sigma draws at that resolution. */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function drawEntries(
  ctx: CanvasRenderingContext2D,
  title: string,
  entries: LegendEntry[],
  y: number,
  shape: 'dot' | 'line',
): number {
  ctx.fillStyle = '#52606d';
  ctx.font = `600 11px ${FONT}`;
  ctx.fillText(title.toUpperCase(), 20, y);
  y += 20;
  ctx.font = `13px ${FONT}`;
  for (const entry of entries) {
    ctx.fillStyle = entry.colour;
    ctx.strokeStyle = entry.colour;
    if (shape === 'dot') {
      ctx.beginPath();
      ctx.arc(27, y - 4, 6, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(20, y - 4);
      ctx.lineTo(36, y - 4);
      ctx.stroke();
    }
    ctx.fillStyle = '#1f2933';
    ctx.fillText(entry.text, 44, y);
    ctx.fillStyle = '#7b8794';
    ctx.textAlign = 'right';
    ctx.fillText(String(entry.count), LEGEND_WIDTH - 20, y);
    ctx.textAlign = 'left';
    y += 20;
  }
  return y + 12;
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: Legend,
  caption: PngCaption,
  height: number,
): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, LEGEND_WIDTH, height);
  ctx.fillStyle = '#e4e7eb';
  ctx.fillRect(0, 0, 1, height);
  ctx.fillStyle = '#1f2933';
  ctx.font = `700 16px ${FONT}`;
  let y = 32;
  for (const line of wrap(ctx, caption.title, LEGEND_WIDTH - 40)) {
    ctx.fillText(line, 20, y);
    y += 20;
  }
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#616e7c';
  y += 2;
  for (const line of caption.lines) {
    ctx.fillText(line, 20, y, LEGEND_WIDTH - 40);
    y += 17;
  }
  y += 14;
  y = drawEntries(ctx, 'Actors', legend.nodes, y, 'dot');
  drawEntries(ctx, 'Relations', legend.edges, y, 'line');
}

/**
 * Renders the current view and its legend into one PNG blob, `scale` times the screen's size (times its pixel
 * ratio): sigma draws again at that resolution, so labels and edges are as sharp as the rest, not enlarged.
 */
export async function renderPng(
  sigma: ActorSigma,
  legend: Legend,
  caption: PngCaption,
  background: string,
  scale = DEFAULT_PNG_SCALE,
): Promise<Blob> {
  const ratio = (window.devicePixelRatio || 1) * Math.max(1, scale);
  const graphCanvas = await atPixelRatio(ratio, () => drawOnCanvas(sigma, { backgroundColor: background }));
  const rows = legend.nodes.length + legend.edges.length;
  const titleLines = Math.ceil(caption.title.length / 26);
  const legendHeight = (140 + titleLines * 20 + caption.lines.length * 17 + rows * 20) * ratio;
  const canvas = document.createElement('canvas');
  canvas.width = graphCanvas.width + LEGEND_WIDTH * ratio;
  canvas.height = Math.max(graphCanvas.height, legendHeight);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the PNG (no 2D canvas).');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graphCanvas, 0, 0);
  ctx.save();
  ctx.translate(graphCanvas.width, 0);
  ctx.scale(ratio, ratio);
  drawLegend(ctx, legend, caption, canvas.height / ratio);
  ctx.restore();
  const encoded = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    ),
  );
  const bytes = withTextChunks(new Uint8Array(await encoded.arrayBuffer()), {
    Title: caption.title,
    Software: 'actorgraph',
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
