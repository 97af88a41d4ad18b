// The PNG export: sigma's layers drawn by @sigma/export-image, with a legend panel composed on the right.
import { drawOnCanvas } from '@sigma/export-image';
import type { ActorSigma } from '../render/sigma-view';
import type { Legend, LegendEntry } from './legend';

const LEGEND_WIDTH = 260;
const FONT = '"Inter", "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif';

/** Texts printed on the image besides the legend entries. */
export interface PngCaption {
  title: string;
  lines: string[];
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
  ctx.fillText(caption.title, 20, 32);
  ctx.font = `12px ${FONT}`;
  ctx.fillStyle = '#616e7c';
  let y = 54;
  for (const line of caption.lines) {
    ctx.fillText(line, 20, y, LEGEND_WIDTH - 40);
    y += 17;
  }
  y += 14;
  y = drawEntries(ctx, 'Actors', legend.nodes, y, 'dot');
  drawEntries(ctx, 'Relations', legend.edges, y, 'line');
}

/** Renders the current view and its legend into one PNG blob. */
export async function renderPng(
  sigma: ActorSigma,
  legend: Legend,
  caption: PngCaption,
  background: string,
): Promise<Blob> {
  const graphCanvas = await drawOnCanvas(sigma, { backgroundColor: background });
  const ratio = window.devicePixelRatio || 1;
  const rows = legend.nodes.length + legend.edges.length;
  const legendHeight = (140 + caption.lines.length * 17 + rows * 20) * ratio;
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
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
      'image/png',
    ),
  );
}
